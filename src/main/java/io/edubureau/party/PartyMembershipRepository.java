package io.edubureau.party;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartyMembershipRepository
		extends JpaRepository<PartyMembership, Long>, JpaSpecificationExecutor<PartyMembership> {

	List<PartyMembership> findByStaffIdOrderByFromDate(long staffId);

	List<PartyMembership> findByStaffIdIsNullAndPersonNameAndBirthDateOrderByFromDate(String personName,
			java.time.LocalDate birthDate);

	@Modifying
	@Query("update PartyMembership x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}
