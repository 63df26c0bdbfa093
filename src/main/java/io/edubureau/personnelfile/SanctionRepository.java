package io.edubureau.personnelfile;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SanctionRepository extends JpaRepository<StaffSanction, Long> {

	List<StaffSanction> findByStaffIdOrderByDecidedOnAscIdAsc(Long staffId);

	List<StaffSanction> findByStaffIdInOrderByDecidedOnAscIdAsc(Collection<Long> staffIds);

	@Modifying
	@Query("update StaffSanction s set s.staffId = :to where s.staffId = :from")
	int moveAll(@Param("from") long from, @Param("to") long to);

}
