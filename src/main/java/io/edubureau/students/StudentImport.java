package io.edubureau.students;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetCell;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports students from the export of the national student register (全国中小学生学籍信息管理系统),
 * under the column names that export uses: school, grade (一年级…九年级, 高一…高三 or the MIS grade
 * codes), class, name, sex, birth date, identity number (checked; left empty the student
 * gets a flagged temporary number, as on the form), the national student number (学籍号,
 * checked against the identity number, not kept), entry month, household type,
 * left-behind and migrant flags, health and disability, boarding, guardian (家庭成员1) and
 * phone. Set-based: every row is checked first as {@link StudentsManagement#register}
 * checks it ({@link StudentsManagement#checkNew}), the file's identity numbers looked up
 * on the register in one read per thousand; then the students and their enrolment events
 * are written in JDBC batches ({@link StudentRows}). All rows in one transaction, any
 * error or a dry run writes nothing; one audit entry per import names the count and the
 * batch id, which each enrolment event carries. After a committed import the schools'
 * enrolment in org is set from the register
 * ({@link StudentsManagement#enrolmentFromRegister}).
 */
@Component
class StudentImport {

	static final SheetLayout LAYOUT = new SheetLayout("students",
			SheetColumn.optional("school_code", "学校标识码", "School code", "S001", "学校代码", "单位代码"),
			SheetColumn.optional("school_name", "学校名称", "School name", "城关第一小学", "学校", "就读学校"),
			SheetColumn.required("grade", "年级", "Grade", "三年级", "年级名称"),
			SheetColumn.optional("class_name", "班级", "Class", "3班", "班级名称"),
			SheetColumn.required("name", "姓名", "Name", "李小明", "学生姓名"), SheetColumn.optional("sex", "性别", "Sex", "男"),
			SheetColumn.optional("birth_date", "出生日期", "Birth date", "2017-03-01", "出生年月日"),
			SheetColumn.optional("id_number", "身份证件号", "Identity number", "", "身份证号", "身份证件号码", "公民身份号码"),
			SheetColumn.optional("student_number", "学籍号", "National student number", "", "全国学籍号", "学籍辅号"),
			SheetColumn.required("entry_month", "入学年月", "Entry month", "2023-09", "入学时间", "入学日期"),
			SheetColumn.required("household", "户口性质", "Household registration", "农业户口", "户籍性质"),
			SheetColumn.optional("left_behind", "是否留守儿童", "Left-behind child", "否", "留守儿童"),
			SheetColumn.optional("migrant", "是否进城务工人员随迁子女", "Migrant worker's child", "否", "随迁子女"),
			SheetColumn.optional("health", "健康状况", "Health", "健康"),
			SheetColumn.optional("disability", "残疾类型", "Disability", "无残疾", "残疾类别"),
			SheetColumn.optional("boarding", "就读方式", "Boarding", "走读", "是否住校"),
			SheetColumn.optional("guardian_name", "监护人姓名", "Guardian", "李大明", "成员1姓名", "家庭成员1姓名"), SheetColumn.optional(
					"guardian_phone", "监护人联系电话", "Guardian's phone", "13800000000", "成员1联系电话", "家庭成员1联系电话", "联系电话"));

	private static final ImportSummary SUMMARY = new ImportSummary("students.import.summary",
			List.of("students", "temporary"));

	private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.年])?\\s*(\\d{1,2})(?:\\s*月)?(?:.*)?");

	private static final List<String> CHINESE_NUMBERS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九");

	private final StudentsManagement students;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	private final StudentRows studentRows;

	StudentImport(StudentsManagement students, OrgManagement org, RulesManagement rules, AuditManagement audit,
			TransactionTemplate tx, StudentRows studentRows) {
		this.students = students;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.tx = tx;
		this.studentRows = studentRows;
	}

	// Rows built and written per round of JDBC batches; the progress bar moves per round.
	static final int BATCH = 5000;

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	record Line(String schoolCode, String schoolName, Integer grade, Boolean vocational, String className,
			StudentForm form) {
	}

	/**
	 * The grade as the register counts it (1–12) from the export's wording: 一年级…九年级,
	 * 初一…初三, 高一…高三 (also 初中/高中一年级), the MIS codes 11–16, 21–23, 31–33, or 1–12;
	 * vocational (中职一年级) as 1–3; null when none of these.
	 */
	static int[] grade(String text) {
		String t = text.replace(" ", "").replace("　", "");
		boolean vocational = t.startsWith("中职") || t.startsWith("职高");
		if (vocational) {
			t = t.substring(2);
		}
		int offset = 0;
		if (t.startsWith("初中") || t.startsWith("高中")) {
			offset = t.startsWith("初中") ? 6 : 9;
			t = t.substring(2);
		}
		else if ((t.startsWith("初") || t.startsWith("高")) && t.length() >= 2) {
			offset = t.startsWith("初") ? 6 : 9;
			t = t.substring(1);
		}
		t = t.replace("年级", "");
		int n = CHINESE_NUMBERS.indexOf(t) + 1;
		if (n == 0 && t.matches("\\d{1,2}")) {
			int v = Integer.parseInt(t);
			if (offset == 0 && !vocational && v >= 11 && v <= 33) {
				int band = v / 10;
				int year = v % 10;
				int[] bands = { 0, 6, 3, 3 };
				if (year < 1 || year > bands[band]) {
					return null;
				}
				return new int[] { band == 1 ? year : band == 2 ? 6 + year : 9 + year, 0 };
			}
			n = v;
		}
		if (n < 1) {
			return null;
		}
		if (vocational) {
			return n <= 3 ? new int[] { n, 1 } : null;
		}
		int grade = offset + n;
		if ((offset > 0 && n > 3) || grade > 12) {
			return null;
		}
		return new int[] { grade, 0 };
	}

	/**
	 * The stage a school teaches a grade in: by the grade, or special education (1–9).
	 */
	static Stage stage(int grade, boolean vocational, Set<Stage> taught) {
		if (vocational) {
			return Stage.VOCATIONAL;
		}
		Stage byGrade = grade <= 6 ? Stage.PRIMARY : grade <= 9 ? Stage.JUNIOR : Stage.SENIOR;
		if (!taught.contains(byGrade) && grade <= 9 && taught.contains(Stage.SPECIAL)) {
			return Stage.SPECIAL;
		}
		return byGrade;
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
			String code = row.text("school_code");
			String school = row.text("school_name");
			if (code == null && school == null) {
				row.error("school_code", "students.import.school.required");
			}
			String gradeText = row.text("grade");
			int[] grade = gradeText == null ? null : grade(gradeText);
			if (gradeText != null && grade == null) {
				row.error("grade", "students.import.grade", gradeText);
			}
			String sexText = row.text("sex");
			String sex = null;
			if (sexText != null) {
				sex = switch (sexText) {
					case "男", "1", "男性", "MALE" -> "MALE";
					case "女", "2", "女性", "FEMALE" -> "FEMALE";
					default -> {
						row.error("sex", "students.import.sex", sexText);
						yield null;
					}
				};
			}
			LocalDate birth = row.date("birth_date");
			String id = row.text("id_number");
			String number = row.text("student_number");
			if (id != null && number != null && number.length() > 1 && number.charAt(0) == 'G') {
				IdNumberCheck check = rules.checkIdNumber(id);
				if (check.valid() && !number.substring(1).equalsIgnoreCase(check.normalized())) {
					row.error("student_number", "students.import.studentNumber");
				}
			}
			LocalDate entry = month(row, "entry_month");
			Household household = null;
			String h = row.text("household");
			if (h != null) {
				if (h.contains("非农") || h.contains("城镇") || h.contains("城市") || "URBAN".equalsIgnoreCase(h)) {
					household = Household.URBAN;
				}
				else if (h.contains("农业") || h.contains("农村") || "RURAL".equalsIgnoreCase(h)) {
					household = Household.RURAL;
				}
				else {
					row.error("household", "students.import.household", h);
				}
			}
			Boolean leftBehind = flag(row, "left_behind", "留守");
			Boolean migrant = flag(row, "migrant", "随迁");
			String disability = row.text("disability");
			if (disability != null && (disability.startsWith("无") || "否".equals(disability))) {
				disability = null;
			}
			String health = row.text("health");
			if (disability == null && health != null && health.contains("残疾")) {
				disability = health;
			}
			String boarding = row.text("boarding");
			Boolean boarder = boarding == null ? null
					: boarding.contains("住") || "是".equals(boarding) ? Boolean.TRUE : Boolean.FALSE;
			StudentForm form = new StudentForm(id, row.text("name"), sex, birth, household, leftBehind, migrant,
					boarder, disability, row.text("guardian_name"), row.text("guardian_phone"), null, null,
					grade == null ? null : grade[0], row.text("class_name"), entry);
			return new Line(code, school, grade == null ? null : grade[0], grade != null && grade[1] == 1,
					row.text("class_name"), form);
		}

		/** 是/否, or the export's wording (非留守儿童, 单亲留守儿童 …): a word with 非 or 否 is no. */
		private Boolean flag(SheetRow row, String key, String word) {
			String t = row.text(key);
			if (t == null) {
				return Boolean.FALSE;
			}
			if (t.startsWith("非") || t.startsWith("否") || t.startsWith("不")) {
				return Boolean.FALSE;
			}
			if (t.startsWith("是") || t.contains(word)) {
				return Boolean.TRUE;
			}
			Boolean b = row.bool(key);
			return b == null ? Boolean.FALSE : b;
		}

		/** The first day of a month given as 2023-09, 202309, 2023年9月 or a date. */
		private LocalDate month(SheetRow row, String key) {
			SheetCell cell = row.cell(key);
			if (cell.date() != null) {
				return cell.date().withDayOfMonth(1);
			}
			String t = row.text(key);
			if (t == null) {
				return null;
			}
			Matcher m = MONTH.matcher(t);
			if (m.matches()) {
				int month = Integer.parseInt(m.group(2));
				if (month >= 1 && month <= 12) {
					return YearMonth.of(Integer.parseInt(m.group(1)), month).atDay(1);
				}
			}
			row.error(key, "students.import.month", t);
			return null;
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			Map<String, UnitView> byName = new HashMap<>();
			Map<String, UnitView> byCode = new HashMap<>();
			for (UnitView u : students.schools(scope)) {
				byName.putIfAbsent(u.name(), u);
				byCode.putIfAbsent(u.code(), u);
			}
			// Every row is checked in memory before anything is written; the register is
			// read once for the file's identity numbers, not once per row.
			FirstRows<String> firstRows = new FirstRows<>(context, "students.import.samePerson");
			List<Candidate> candidates = new ArrayList<>();
			Set<String> numbers = new HashSet<>();
			for (SheetEntry<Line> e : entries) {
				if (context.hasErrors(e.row())) {
					continue;
				}
				Line l = e.value();
				String id = l.form().idNumber();
				if (id != null && !firstRows.admit(e.row(), id.strip().toUpperCase(Locale.ROOT), "id_number")) {
					continue;
				}
				UnitView unit = l.schoolCode() != null ? byCode.computeIfAbsent(l.schoolCode(), this::otherUnit)
						: byName.get(l.schoolName());
				if (unit == null) {
					context.error(e.row(), l.schoolCode() != null ? "school_code" : "school_name",
							"students.import.school", l.schoolCode() != null ? l.schoolCode() : l.schoolName());
					continue;
				}
				if (id != null) {
					IdNumberCheck check = rules.checkIdNumber(id.strip());
					if (check.valid()) {
						numbers.add(check.normalized());
					}
				}
				candidates.add(new Candidate(e.row(), l, unit));
			}
			// Another running import of the same students is named now, not met at
			// commit.
			if (!context.claim("students.idNumber", numbers)) {
				return 0;
			}
			int[] counts = new int[2];
			String batch = UUID.randomUUID().toString();
			context.writeAllOrNothing(tx, SUMMARY, counts, () -> {
				Set<String> taken = students.onRegister(numbers);
				List<StudentForm> forms = new ArrayList<>(candidates.size());
				List<UnitView> units = new ArrayList<>(candidates.size());
				for (Candidate c : candidates) {
					StudentForm f = c.line().form();
					Stage stage = stage(c.line().grade(), c.line().vocational(), c.unit().stages());
					List<Problem> problems = new ArrayList<>();
					if (!StudentsManagement.registersStudents(c.unit())) {
						problems.add(new Problem("unitId", "students.unit.notSchool", c.unit().name()));
					}
					StudentForm checked = students.checkNew(c.unit(),
							new StudentForm(f.idNumber(), f.name(), f.sex(), f.birthDate(), f.household(),
									f.leftBehind(), f.migrant(), f.boarder(), f.disability(), f.guardianName(),
									f.guardianPhone(), c.unit().id(), stage, c.line().grade(), f.className(),
									f.entryDate()),
							problems, taken::contains);
					if (!problems.isEmpty()) {
						context.reject(c.row(), new Rejection(problems), StudentImport::column);
						continue;
					}
					forms.add(checked);
					units.add(c.unit());
				}
				if (context.hasErrors()) {
					return;
				}
				long temporary = forms.stream().filter(f -> f.idNumber().isEmpty()).count();
				counts[0] = forms.size();
				counts[1] = (int) temporary;
				if (context.dryRun()) {
					return;
				}
				Iterator<String> temporaryNumbers = students.temporaryNumbers((int) temporary).iterator();
				String by = Actor.current();
				Instant at = Instant.now();
				Set<Long> schools = new LinkedHashSet<>();
				for (int from = 0; from < forms.size(); from += BATCH) {
					int to = Math.min(forms.size(), from + BATCH);
					List<Student> rows = new ArrayList<>(to - from);
					for (int i = from; i < to; i++) {
						StudentForm f = forms.get(i);
						UnitView unit = units.get(i);
						boolean flagged = f.idNumber().isEmpty();
						rows.add(new Student(flagged ? temporaryNumbers.next() : f.idNumber(), flagged, f, f.sex(),
								unit.id(), unit.path(), by));
						schools.add(unit.id());
					}
					studentRows.insert(rows, batch, by, at);
					context.progress(to, forms.size());
				}
				students.enrolmentFromRegister(scope, schools);
			}, (summary, fields) -> {
				fields.put("batch", batch);
				audit.importEntry(StudentsManagement.STUDENT).record(summary + " (" + batch + ")", fields);
			});
			return context.hasErrors() ? 0 : counts[0];
		}

		/**
		 * A unit of the scope by its code that is not a school students are registered
		 * at.
		 */
		private UnitView otherUnit(String code) {
			return org.findByCode(scope, code).orElse(null);
		}

	}

	/** A row whose school was found, to be checked against the register. */
	private record Candidate(int row, Line line, UnitView unit) {
	}

	/** The sheet column of a field the register's rules name. */
	private static String column(String field) {
		return switch (field == null ? "" : field) {
			case "idNumber" -> "id_number";
			case "name" -> "name";
			case "sex" -> "sex";
			case "birthDate" -> "birth_date";
			case "household" -> "household";
			case "disability" -> "disability";
			case "guardianName" -> "guardian_name";
			case "guardianPhone" -> "guardian_phone";
			case "className" -> "class_name";
			case "entryDate" -> "entry_month";
			case "grade", "stage" -> "grade";
			default -> "school_code";
		};
	}

}
