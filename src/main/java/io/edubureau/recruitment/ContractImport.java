package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
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
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports employment contracts (聘用合同): one row per person, found by identity number in
 * the importer's scope, signed by the same rules as a contract entered by hand
 * (in-establishment and active, no current or overlapping contract, a fixed term ending
 * after it starts, the probation of 第十三条 within 0–12 months and within the term). All
 * rows are checked and written in one transaction; any error, or a dry run, writes
 * nothing.
 */
@Component
class ContractImport {

	/** The contract kinds under the names the drop-down shows (enum.ContractKind.*). */
	enum ContractKind {

		FIXED_TERM, TO_RETIREMENT

	}

	static final SheetLayout LAYOUT = new SheetLayout("contracts",
			SheetColumn.required("id_number", "身份证号", "Identity number", "110101199001011234", "公民身份号码", "身份证件号"),
			SheetColumn.required("name", "姓名", "Name", "张三", "受聘人员"),
			SheetColumn.choice("kind", "合同类型", "Contract kind", "固定期限", ContractKind.class, true, "合同期限类型"),
			SheetColumn.required("starts_on", "起始日期", "Starts on", "2026-09-01", "合同起始日期", "开始日期"),
			SheetColumn.optional("ends_on", "终止日期", "Ends on", "2029-08-31", "合同终止日期", "结束日期"),
			SheetColumn.choice("post_grade", "岗位等级", "Post grade", "专业技术十二级", PostGrade.class, false, "聘用岗位"),
			SheetColumn.optional("first_job", "是否初次就业", "First job", "是", "初次就业"),
			SheetColumn.optional("probation_months", "约定试用期（月）", "Agreed probation (months)", "", "试用期（月）", "试用期"));

	private static final ImportSummary SUMMARY = new ImportSummary("recruitment.contractImport.summary",
			List.of("contracts"));

	private final Contracts contracts;

	private final StaffManagement staff;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	ContractImport(Contracts contracts, StaffManagement staff, RulesManagement rules, AuditManagement audit,
			TransactionTemplate tx) {
		this.contracts = contracts;
		this.staff = staff;
		this.rules = rules;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	record Line(String idNumber, String name, EmploymentContract.Kind kind, LocalDate startsOn, LocalDate endsOn,
			PostGrade postGrade, Boolean firstJob, Integer probationMonths) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
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
			ContractKind kind = row.choice("kind", ContractKind.class);
			LocalDate startsOn = row.date("starts_on");
			LocalDate endsOn = row.date("ends_on");
			if (kind == ContractKind.FIXED_TERM && endsOn == null && !row.hasErrors()) {
				row.error("ends_on", "recruitment.required");
			}
			PostGrade grade = row.choice("post_grade", PostGrade.class);
			Boolean firstJob = row.bool("first_job");
			Integer months = row.integer("probation_months");
			if (months != null && (months < 0 || months > 12)) {
				row.error("probation_months", "recruitment.probation.range");
			}
			return new Line(id, name == null ? null : name.strip(),
					kind == null ? null : EmploymentContract.Kind.valueOf(kind.name()), startsOn, endsOn, grade,
					firstJob, months);
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				FirstRows<String> firstRows = new FirstRows<>(context, "recruitment.contractImport.samePerson");
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					if (!firstRows.admit(e.row(), l.idNumber(), "id_number")) {
						continue;
					}
					StaffView person = staff.byIdNumber(scope, l.idNumber()).orElse(null);
					if (person == null) {
						context.error(e.row(), "id_number", "recruitment.contractImport.person");
						continue;
					}
					if (!person.name().equals(l.name())) {
						context.error(e.row(), "name", "recruitment.contractImport.name", person.name());
						continue;
					}
					if (context.writeRow(e.row(),
							() -> contracts.sign(scope,
									new PostForms.ContractForm(person.id(), l.kind(), l.startsOn(), l.endsOn(),
											l.postGrade(), l.firstJob(), l.probationMonths())),
							ContractImport::column, "id_number", "recruitment.contractImport.person")) {
						count[0]++;
					}
				}
			}, audit.importEntry(Contracts.CONTRACT));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	/** The sheet column of a field the hand-entry rules name. */
	private static String column(String field) {
		return switch (field == null ? "" : field) {
			case "kind" -> "kind";
			case "startsOn" -> "starts_on";
			case "endsOn" -> "ends_on";
			case "postGrade" -> "post_grade";
			case "probationMonths" -> "probation_months";
			default -> "id_number";
		};
	}

}
