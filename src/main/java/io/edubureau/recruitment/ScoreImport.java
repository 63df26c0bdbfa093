package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.util.List;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a round's written and interview scores (成绩): one row per application, found by
 * its number (报名序号) or the applicant's identity number, entered by the same rules as
 * scores entered by hand (0–100 within the round's decimal places, an eligible
 * application of the round in the importer's scope). All rows are checked and written in
 * one transaction; any error, or a dry run, writes nothing.
 */
@Component
class ScoreImport {

	static final SheetLayout LAYOUT = new SheetLayout("recruitment-scores",
			SheetColumn.optional("application_no", "报名序号", "Application number", "1024", "报名号", "序号"),
			SheetColumn.optional("id_number", "身份证号", "Identity number", "110101199001011234", "公民身份号码", "身份证件号"),
			SheetColumn.optional("name", "姓名", "Name", "张三", "考生姓名"),
			SheetColumn.required("written", "笔试成绩", "Written score", "78.5", "笔试"),
			SheetColumn.required("interview", "面试成绩", "Interview score", "81.2", "面试"));

	private static final ImportSummary SUMMARY = new ImportSummary("recruitment.scoreImport.summary",
			List.of("scores"));

	private final RecruitmentManagement recruitment;

	private final RecruitmentApplicationRepository applications;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	ScoreImport(RecruitmentManagement recruitment, RecruitmentApplicationRepository applications, RulesManagement rules,
			AuditManagement audit, TransactionTemplate tx) {
		this.recruitment = recruitment;
		this.applications = applications;
		this.rules = rules;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forRound(DataScope scope, long roundId) {
		return new Run(scope, roundId);
	}

	record Line(Long applicationNo, String idNumber, String name, BigDecimal written, BigDecimal interview) {
	}

	/** A decimal score cell, or null with the row's error. */
	static BigDecimal score(SheetRow row, String column) {
		String raw = row.text(column);
		if (raw == null) {
			return null;
		}
		try {
			BigDecimal s = new BigDecimal(raw.strip());
			if (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(100)) > 0) {
				row.error(column, "recruitment.scoreImport.range");
				return null;
			}
			return s;
		}
		catch (NumberFormatException ex) {
			row.error(column, "recruitment.scoreImport.number", raw);
			return null;
		}
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		private final long roundId;

		Run(DataScope scope, long roundId) {
			this.scope = scope;
			this.roundId = roundId;
		}

		@Override
		public SheetLayout layout() {
			return LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			Long no = null;
			String rawNo = row.text("application_no");
			if (rawNo != null) {
				try {
					no = Long.valueOf(rawNo.strip());
				}
				catch (NumberFormatException ex) {
					row.error("application_no", "recruitment.scoreImport.number", rawNo);
				}
			}
			String id = null;
			String rawId = row.text("id_number");
			if (rawId != null) {
				IdNumberCheck check = rules.checkIdNumber(rawId);
				if (check.valid()) {
					id = check.normalized();
				}
				else {
					row.error("id_number", "recruitment.idNumber.invalid", rawId);
				}
			}
			if (rawNo == null && rawId == null) {
				row.error("application_no", "recruitment.scoreImport.who");
			}
			String name = row.text("name");
			return new Line(no, id, name == null ? null : name.strip(), score(row, "written"), score(row, "interview"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				FirstRows<Long> firstRows = new FirstRows<>(context, "recruitment.scoreImport.twice");
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					RecruitmentApplication a = find(l);
					if (a == null) {
						context.error(e.row(), l.applicationNo() != null ? "application_no" : "id_number",
								"recruitment.scoreImport.unknown");
						continue;
					}
					if (!firstRows.admit(e.row(), a.getId(), "application_no")) {
						continue;
					}
					try {
						recruitment.scores(scope, roundId,
								List.of(new Forms.ScoreForm(a.getId(), l.written(), l.interview())));
						// Named only once the scope check above let the application
						// through.
						if (l.name() != null && !l.name().equals(a.getName())) {
							context.error(e.row(), "name", "recruitment.scoreImport.name", a.getName());
							continue;
						}
						count[0]++;
					}
					catch (Rejection ex) {
						for (Problem p : ex.problems()) {
							if ("status".equals(p.field())) {
								// The round is not open for scores: said once, for the
								// file.
								context.error(0, null, p.messageKey(), p.args());
								return;
							}
							context.error(e.row(), column(p.messageKey()), p.messageKey(), p.args());
						}
					}
					catch (NotFound ex) {
						context.error(0, null, "recruitment.scoreImport.round");
						return;
					}
				}
			}, audit.importEntry(RecruitmentManagement.APPLICATION));
			return context.hasErrors() ? 0 : count[0];
		}

		/** The application of this round the row names, by number or identity number. */
		private RecruitmentApplication find(Line l) {
			RecruitmentApplication a = l.applicationNo() != null
					? applications.findById(l.applicationNo()).filter(x -> x.getRoundId() == roundId).orElse(null)
					: applications.findByRoundIdAndIdNumber(roundId, l.idNumber()).orElse(null);
			if (a != null && l.applicationNo() != null && l.idNumber() != null
					&& !l.idNumber().equals(a.getIdNumber())) {
				return null;
			}
			return a;
		}

	}

	/** The sheet column of a refusal the hand-entry rules give. */
	private static String column(String messageKey) {
		return "recruitment.score.range".equals(messageKey) ? "written" : "application_no";
	}

}
