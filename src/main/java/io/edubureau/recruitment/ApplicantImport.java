package io.edubureau.recruitment;

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
import io.edubureau.staff.Education;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports applicants from the provincial exam platform's sheet (报名信息): one row per
 * applicant, registered through the same method as the form (identity number checked, one
 * position per applicant and round, eligibility with reasons); the same applicant twice
 * in the file is refused in the later row. All rows are checked and written in one
 * transaction; any error, or a dry run, writes nothing.
 */
@Component
class ApplicantImport {

	static final SheetLayout LAYOUT = new SheetLayout("recruitment-applicants",
			SheetColumn.required("position_no", "岗位编号", "Position number", "12", "报考岗位编号", "岗位代码", "报考岗位代码"),
			SheetColumn.required("id_number", "身份证号", "Identity number", "110101199001011234", "公民身份号码", "身份证件号"),
			SheetColumn.required("name", "姓名", "Name", "张三", "考生姓名"),
			SheetColumn.choice("education", "学历", "Education", "本科", Education.class, true, "最高学历"),
			SheetColumn.optional("has_certificate", "是否具有教师资格证", "Teacher certificate", "是", "教师资格证"),
			SheetColumn.optional("household", "户籍", "Household registration", "", "户籍所在地"),
			SheetColumn.optional("first_job", "是否初次就业", "First job", "是", "初次就业"));

	private static final ImportSummary SUMMARY = new ImportSummary("recruitment.applicantImport.summary",
			List.of("applicants"));

	private final RecruitmentManagement recruitment;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	ApplicantImport(RecruitmentManagement recruitment, RulesManagement rules, AuditManagement audit,
			TransactionTemplate tx) {
		this.recruitment = recruitment;
		this.rules = rules;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Forms.ApplicationForm> forRound(DataScope scope, long roundId) {
		return new Run(scope, roundId);
	}

	private final class Run implements SheetImport<Forms.ApplicationForm> {

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
		public Forms.ApplicationForm read(SheetRow row) {
			Integer position = row.integer("position_no");
			String raw = row.text("id_number");
			String id = null;
			if (raw != null) {
				IdNumberCheck check = rules.checkIdNumber(raw);
				if (check.valid()) {
					id = check.normalized();
				}
				else {
					row.error("id_number", "recruitment.idNumber.invalid", raw);
				}
			}
			String name = row.text("name");
			if (name != null && name.strip().length() > 50) {
				row.error("name", "recruitment.name.size");
			}
			String household = row.text("household");
			if (household != null && household.strip().length() > 50) {
				row.error("household", "recruitment.household.size");
			}
			return new Forms.ApplicationForm(position == null ? null : position.longValue(), id, name,
					row.choice("education", Education.class), Boolean.TRUE.equals(row.bool("has_certificate")),
					household, !Boolean.FALSE.equals(row.bool("first_job")));
		}

		@Override
		public int write(List<SheetEntry<Forms.ApplicationForm>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				FirstRows<String> firstRows = new FirstRows<>(context, "recruitment.applicantImport.twice");
				for (SheetEntry<Forms.ApplicationForm> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					if (!firstRows.admit(e.row(), e.value().idNumber(), "id_number")) {
						continue;
					}
					try {
						recruitment.apply(scope, roundId, e.value());
						count[0]++;
					}
					catch (Rejection ex) {
						for (Problem p : ex.problems()) {
							if ("status".equals(p.field())) {
								// The round takes no applications: said once, for the
								// file.
								context.error(0, null, p.messageKey(), p.args());
								return;
							}
							context.error(e.row(), column(p.field()), p.messageKey(), p.args());
						}
					}
					catch (NotFound ex) {
						context.error(e.row(), "position_no", "recruitment.applicantImport.position",
								e.value().positionId());
					}
				}
			}, audit.importEntry(RecruitmentManagement.APPLICATION));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	/** The sheet column of a field the form's rules name. */
	private static String column(String field) {
		return switch (field == null ? "" : field) {
			case "positionId" -> "position_no";
			case "name" -> "name";
			case "education" -> "education";
			case "household" -> "household";
			default -> "id_number";
		};
	}

}
