package io.edubureau.party;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalStepRepository extends JpaRepository<AppraisalStep, Long> {

}
