package io.edubureau.facilities;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.org.Stage;

/**
 * A school's public operating funds (公用经费) of a year: per stage its pupils times the
 * per-pupil standard, the total allocated, what was paid out and the balance, in fen;
 * with the reasons (the count per stage) in the request's language.
 */
record FundAllocation(long unitId, String unitName, int year, int schoolYear, List<Line> lines, long allocatedFen,
		long disbursedFen, long balanceFen, List<String> reasons) {

	/** One stage: pupils, the standard per pupil and the amount, in fen. */
	@Schema(name = "FundAllocationLine")
	record Line(Stage stage, int pupils, long standardFen, long amountFen) {
	}

}
