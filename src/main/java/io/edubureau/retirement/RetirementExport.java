package io.edubureau.retirement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.UpcomingRetirement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the upcoming retirements a user sees, headers in their language, identity
 * numbers masked unless they may see them; every export is audited.
 */
@Component
class RetirementExport {

	static final List<String> COLUMNS = List.of("rules.retirement.statutory", "staff.field.name",
			"staff.field.idNumber", "staff.field.unit", "staff.field.birthDate", "staff.field.originalRetirementAge",
			"rules.retirement.statutoryAge", "retirement.export.earliest", "retirement.export.latest",
			"retirement.export.proposal");

	// Exports are audited as reads of the staff register, as before the retirement
	// module.
	private static final String EXPORTED = "staff.member";

	private final StaffManagement staff;

	private final RetirementManagement retirements;

	private final SheetManagement sheets;

	private final AuditManagement audit;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	RetirementExport(StaffManagement staff, RetirementManagement retirements, SheetManagement sheets,
			AuditManagement audit, MessageSource messages, TransactionTemplate tx) {
		this.staff = staff;
		this.retirements = retirements;
		this.sheets = sheets;
		this.audit = audit;
		this.messages = messages;
		this.tx = tx;
	}

	/**
	 * The list of upcoming retirements was read on a page: who, how far ahead, which ids.
	 */
	void recordRead(List<UpcomingRetirement> upcoming, int months, boolean reveal) {
		tx.executeWithoutResult(status -> audit.recordRead(EXPORTED, null,
				upcoming.size() + " upcoming retirements within " + months + " months",
				List.of(new Change("masked", null, String.valueOf(!reveal)),
						new Change("ids", null,
								upcoming.stream()
									.map(u -> String.valueOf(u.person().id()))
									.collect(java.util.stream.Collectors.joining(","))))));
	}

	void write(OutputStream out, DataScope scope, int months, SheetFormat format, Locale language, boolean reveal)
			throws IOException {
		List<UpcomingRetirement> upcoming = staff.upcomingRetirements(scope, months);
		Map<Long, RetirementRequestView> proposals = retirements.currentRetirements(scope,
				upcoming.stream().map(u -> u.person().id()).toList());
		tx.executeWithoutResult(status -> {
			Map<String, Object> criteria = new LinkedHashMap<>();
			criteria.put("format", format.extension());
			criteria.put("months", months);
			criteria.put("masked", !reveal);
			criteria.put("rows", upcoming.size());
			audit.record(AuditAction.EXPORT, EXPORTED, null,
					upcoming.size() + " upcoming retirements (" + format.extension() + ")", Change.created(criteria));
		});
		List<String> headers = COLUMNS.stream().map(k -> messages.getMessage(k, null, k, language)).toList();
		sheets.write(out, format, messages.getMessage("staff.retirements.title", null, "retirements", language),
				headers, writer -> {
					for (UpcomingRetirement u : upcoming) {
						StaffView p = reveal ? u.person() : u.person().masked();
						RetirementRequestView r = proposals.get(p.id());
						List<Object> row = new ArrayList<>();
						row.add(u.decision().statutoryRetirement().toString());
						row.add(p.name());
						row.add(p.idNumber());
						row.add(p.unitName());
						row.add(p.birthShown());
						row.add(p.originalRetirementAge());
						row.add(messages.getMessage("rules.retirement.ageValue",
								new Object[] { u.decision().statutoryAgeYears(), u.decision().statutoryAgeMonths() },
								language));
						row.add(u.decision().earliestFlexible().toString());
						row.add(u.decision().latestFlexible().toString());
						row.add(r == null ? null : sheets.label(r.status(), language) + " " + r.retireOn());
						writer.row(row);
					}
				});
	}

}
