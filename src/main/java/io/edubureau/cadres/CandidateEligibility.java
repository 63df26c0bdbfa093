package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.rules.Reason;

/**
 * Whether a person may stand as a candidate on a day, with a reason for each condition.
 */
record CandidateEligibility(String staffName, LocalDate on, boolean eligible, List<Reason> reasons) {
}
