package io.edubureau.exchange;

import java.util.List;

import io.edubureau.rules.Reason;

/** Whether a person is to be exchanged on a day, with the reasons. */
public record Eligibility(boolean eligible, List<Reason> reasons) {
}
