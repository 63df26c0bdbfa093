package io.edubureau.ethics;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.rules.Reason;

/**
 * The one-vote veto's answer: blocked or not on the day, until when ({@code null}: for
 * good when blocked), and the reasons.
 */
public record VetoDecision(boolean blocked, LocalDate until, List<Reason> reasons) {
}
