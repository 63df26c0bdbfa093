package io.edubureau.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The annual appraisal (年度考核) of one year; one per person and year, with the year's
 * ethics assessment if one was made ({@code null} = not assessed), who appraised (the
 * school's appraisal group, the bureau...) and a note.
 */
@Embeddable
public record AppraisalForm(@Column(name = "appraisal_year") Integer year,
		@Enumerated(EnumType.STRING) @Column(length = 20) AppraisalResult result,
		@Enumerated(EnumType.STRING) @Column(name = "ethics_result", length = 10) EthicsResult ethics,
		@Column(name = "appraised_by", length = 100) String appraisedBy,
		@Column(length = 200) String note) implements FileForm {

	/** A year's result and ethics assessment, without appraiser or note. */
	public AppraisalForm(Integer year, AppraisalResult result, EthicsResult ethics) {
		this(year, result, ethics, null, null);
	}

}
