package io.edubureau.rules;

import java.util.List;

/**
 * What the count decides.
 *
 * @param valid whether enough voters cast a ballot
 * @param elected the candidates elected, most votes first
 * @param runoff the candidates of a run-off for the seats left, most votes first
 * @param reasons how it was decided, with the values and thresholds used
 */
public record ElectionOutcome(boolean valid, List<String> elected, List<String> runoff, List<Reason> reasons) {
}
