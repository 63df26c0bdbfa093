package io.edubureau.staff;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SanctionRepository extends JpaRepository<StaffSanction, Long> {

	List<StaffSanction> findByStaffIdOrderByDecidedOnAscIdAsc(Long staffId);

	List<StaffSanction> findByStaffIdInOrderByDecidedOnAscIdAsc(Collection<Long> staffIds);

}
