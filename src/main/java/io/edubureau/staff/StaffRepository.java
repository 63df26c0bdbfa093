package io.edubureau.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffRepository extends JpaRepository<StaffMember, Long>, JpaSpecificationExecutor<StaffMember> {

	Optional<StaffMember> findByIdNumber(String idNumber);

	List<StaffMember> findByIdNumberIn(Collection<String> idNumbers);

	// Follows a unit that moved in the tree: every copied path below the old prefix gets
	// the new one.
	@Modifying
	@Query("update StaffMember s set s.unitPath = concat(:newPrefix, substring(s.unitPath, length(:oldPrefix) + 1))"
			+ " where s.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

}
