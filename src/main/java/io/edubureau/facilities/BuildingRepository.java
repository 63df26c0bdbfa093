package io.edubureau.facilities;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BuildingRepository extends JpaRepository<Building, Long>, JpaSpecificationExecutor<Building> {

	@Modifying
	@Query("update Building x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

	// In the order the entries were written: an appraisal may be dated before the record.
	@Query("select s from BuildingStep s where s.buildingId = :buildingId order by s.id")
	List<BuildingStep> history(long buildingId);

	// The appraisals of some buildings up to a day, oldest first: the last one of each is
	// its grade on that day.
	@Query("select s from BuildingStep s where s.buildingId in :ids and s.event = :event and s.onDay <= :day"
			+ " order by s.onDay, s.id")
	List<BuildingStep> stepsUpTo(Collection<Long> ids, BuildingStep.Event event, java.time.LocalDate day);

}
