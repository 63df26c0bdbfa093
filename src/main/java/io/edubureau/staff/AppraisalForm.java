package io.edubureau.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The annual appraisal (年度考核) of one year; one per person and year, with the year's
 * ethics assessment if one was made ({@code null} = not assessed).
 */
@Embeddable
public record AppraisalForm(@Column(name = "appraisal_year") Integer year,
		@Enumerated(EnumType.STRING) @Column(length = 20) AppraisalResult result,
		@Enumerated(EnumType.STRING) @Column(name = "ethics_result", length = 10) EthicsResult ethics)
		implements
			FileForm {

}
