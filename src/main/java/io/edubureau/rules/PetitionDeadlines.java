package io.edubureau.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines of a petition (信访事项).
 *
 * @param received the day the petition was received
 * @param accepted the day it was accepted, or {@code null} when not yet
 * @param acceptanceDue the last day to tell the petitioner whether it is accepted
 * @param handlingDue the last day to conclude it, or {@code null} without acceptance
 * @param latestExtendedDue the last day with the longest extension, or {@code null}
 * @param reasons how each date was reached
 */
public record PetitionDeadlines(LocalDate received, LocalDate accepted, LocalDate acceptanceDue, LocalDate handlingDue,
		LocalDate latestExtendedDue, List<Reason> reasons) {
}
