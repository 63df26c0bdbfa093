package io.edubureau.titles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRepository extends JpaRepository<TitleRound, Long> {

	Optional<TitleRound> findByOwnerUnitIdAndYear(Long ownerUnitId, int year);

	List<TitleRound> findAllByOrderByYearDesc();

	List<TitleRound> findByYear(int year);

}
