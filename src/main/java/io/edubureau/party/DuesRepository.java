package io.edubureau.party;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DuesRepository extends JpaRepository<PartyDues, Long>, JpaSpecificationExecutor<PartyDues> {

	Optional<PartyDues> findByStaffIdAndMonth(long staffId, int month);

	List<PartyDues> findByStaffIdOrderByMonthDesc(long staffId);

	@Query("select d.staffId, d.month from PartyDues d where d.staffId in :staffIds and d.month between :from and :to")
	List<Object[]> paidMonths(Collection<Long> staffIds, int from, int to);

	@Query("select distinct d.unitId from PartyDues d where d.month between :from and :to")
	List<Long> unitsPaying(int from, int to);

	@Modifying
	@Query("update PartyDues x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}
