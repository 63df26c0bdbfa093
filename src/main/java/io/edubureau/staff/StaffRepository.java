package io.edubureau.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffRepository extends JpaRepository<StaffMember, Long>, JpaSpecificationExecutor<StaffMember> {

	Optional<StaffMember> findByIdNumber(String idNumber);

	List<StaffMember> findByIdNumberIn(Collection<String> idNumbers);

	@Query("select s.unitId, s.postCategory, count(s) from StaffMember s where s.status = io.edubureau.staff.StaffStatus.ACTIVE"
			+ " and s.employmentType = io.edubureau.staff.EmploymentType.IN_ESTABLISHMENT"
			+ " and s.unitPath like concat(:prefix, '%') group by s.unitId, s.postCategory")
	List<Object[]> inEstablishmentByUnitAndPost(@Param("prefix") String prefix);

	@Query("select s.unitId, s.subject, count(s) from StaffMember s where s.status = io.edubureau.staff.StaffStatus.ACTIVE"
			+ " and s.employmentType = io.edubureau.staff.EmploymentType.IN_ESTABLISHMENT and s.fullTimeTeacher = true"
			+ " and s.unitPath like concat(:prefix, '%') group by s.unitId, s.subject")
	List<Object[]> teachersByUnitAndSubject(@Param("prefix") String prefix);

	@Query("select s.unitId, s.titleLevel, count(s) from StaffMember s where s.status = io.edubureau.staff.StaffStatus.ACTIVE"
			+ " and s.unitPath like concat(:prefix, '%') group by s.unitId, s.titleLevel")
	List<Object[]> titleHoldersByUnit(@Param("prefix") String prefix);

	// Follows a unit that moved in the tree: every copied path below the old prefix gets
	// the new one.
	@Modifying
	@Query("update StaffMember s set s.unitPath = concat(:newPrefix, substring(s.unitPath, length(:oldPrefix) + 1))"
			+ " where s.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

	// Possible duplicates in one query: records in the subtree sharing name and birth
	// date
	// with another record there, merged ones left out.
	@Query("select s from StaffMember s where s.status <> io.edubureau.staff.StaffStatus.MERGED"
			+ " and s.unitPath like concat(:prefix, '%') and exists (select o.id from StaffMember o"
			+ " where o.id <> s.id and o.name = s.name and o.birthDate = s.birthDate"
			+ " and o.status <> io.edubureau.staff.StaffStatus.MERGED and o.unitPath like concat(:prefix, '%'))"
			+ " order by s.birthDate, s.name, s.id")
	List<StaffMember> possibleDuplicates(@Param("prefix") String prefix);

	// One page of the groups of possible duplicates, each group named by its first record
	// (lowest id) in the subtree; the count is of the groups.
	@Query("select s from StaffMember s where s.status <> io.edubureau.staff.StaffStatus.MERGED"
			+ " and s.unitPath like concat(:prefix, '%') and s.id = (select min(o.id) from StaffMember o"
			+ " where o.name = s.name and o.birthDate = s.birthDate"
			+ " and o.status <> io.edubureau.staff.StaffStatus.MERGED and o.unitPath like concat(:prefix, '%'))"
			+ " and exists (select o.id from StaffMember o where o.id <> s.id and o.name = s.name"
			+ " and o.birthDate = s.birthDate and o.status <> io.edubureau.staff.StaffStatus.MERGED"
			+ " and o.unitPath like concat(:prefix, '%')) order by s.birthDate, s.name, s.id")
	Page<StaffMember> duplicateGroups(@Param("prefix") String prefix, Pageable pageable);

	// The unmerged records in the subtree with these names and birth dates (the members
	// of
	// one page of groups; pairs are matched in Java).
	@Query("select s from StaffMember s where s.status <> io.edubureau.staff.StaffStatus.MERGED"
			+ " and s.unitPath like concat(:prefix, '%') and s.name in :names and s.birthDate in :births"
			+ " order by s.birthDate, s.name, s.id")
	List<StaffMember> sameNameAndBirth(@Param("prefix") String prefix,
			@Param("names") java.util.Collection<String> names,
			@Param("births") java.util.Collection<java.time.LocalDate> births);

}
