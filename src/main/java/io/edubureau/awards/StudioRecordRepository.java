package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudioRecordRepository extends JpaRepository<StudioRecord, Long> {

	List<StudioRecord> findByStudioIdOrderByYearDescActivityAscOnDayDescIdDesc(Long studioId);

}
