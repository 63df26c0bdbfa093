package io.edubureau.rules;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, Long> {

	List<Holiday> findByYearAndActiveTrueOrderByDate(int year);

	List<Holiday> findByYearBetweenAndActiveTrue(int fromYear, int toYear);

	List<Holiday> findByYearInAndActiveTrue(Collection<Integer> years);

}
