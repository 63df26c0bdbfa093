package io.edubureau.petitions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionStepRepository extends JpaRepository<PetitionStep, Long> {

	List<PetitionStep> findByPetitionIdOrderByIdAsc(long petitionId);

}
