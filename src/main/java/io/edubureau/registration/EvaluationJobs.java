package io.edubureau.registration;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.sheet.ActionJob;
import io.edubureau.sheet.ActionOutcome;
import io.edubureau.sheet.SheetManagement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Evaluating a cycle as a background job (a county's teachers take minutes): the page and
 * the API start it here and poll it through the sheet module's job registry, as imports
 * are polled. An unknown or closed cycle is refused before the job starts.
 */
@Component
class EvaluationJobs {

	private final RegistrationManagement registration;

	private final SheetManagement sheets;

	private final MessageSource messages;

	EvaluationJobs(RegistrationManagement registration, SheetManagement sheets, MessageSource messages) {
		this.registration = registration;
		this.sheets = sheets;
		this.messages = messages;
	}

	ActionJob start(DataScope scope, long cycleId, Locale locale) {
		CycleView cycle = registration.checkEvaluable(scope, cycleId);
		String label = messages.getMessage("registration.job.evaluate", new Object[] { cycle.name() }, locale);
		return sheets.startAction(label, progress -> {
			List<EvaluationView> evaluated = registration.evaluate(scope, cycleId, progress);
			Map<RegistrationOutcome, Integer> byOutcome = new EnumMap<>(RegistrationOutcome.class);
			for (RegistrationOutcome o : RegistrationOutcome.values()) {
				byOutcome.put(o, 0);
			}
			evaluated.forEach(e -> {
				if (e.outcome() != null) {
					byOutcome.merge(e.outcome(), 1, Integer::sum);
				}
			});
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("cycleId", cycleId);
			result.put("cycle", "/api/v1/registration/cycles/" + cycleId);
			result.put("evaluations", evaluated.size());
			byOutcome.forEach((o, n) -> result.put(o.name(), n));
			Object[] args = { evaluated.size(), byOutcome.getOrDefault(RegistrationOutcome.PASSED, 0),
					byOutcome.getOrDefault(RegistrationOutcome.POSTPONED, 0),
					byOutcome.getOrDefault(RegistrationOutcome.FAILED, 0) };
			return new ActionOutcome(messages.getMessage("registration.job.evaluated", args, locale), result);
		});
	}

	/** The caller's own job; another user's or an unknown one is not found. */
	ActionJob get(String jobId) {
		return sheets.ownAction(jobId);
	}

}
