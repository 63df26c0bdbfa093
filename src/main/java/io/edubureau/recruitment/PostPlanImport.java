package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
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
 * Imports post plans (岗位设置方案): one row per unit, date and grade; the rows of one unit and
 * date form one plan, checked against the structure ratio like a plan entered by hand.
 * All rows are checked and written in one transaction; any error, or a dry run, writes
 * nothing.
 */
@Component
class PostPlanImport {

	static final SheetLayout LAYOUT = new SheetLayout("post-plans",
			SheetColumn.required("unit_code", "单位代码", "Unit code", "S001", "单位编码", "代码"),
			SheetColumn.required("effective_from", "执行日期", "Effective from", "2026-09-01", "生效日期", "起始日期"),
			SheetColumn.required("document", "核准文件", "Approving document", "县人社局〔2026〕12号", "文件", "依据文件"),
			SheetColumn.choice("grade", "岗位等级", "Post grade", "专业技术九级", PostGrade.class, true, "等级"),
			SheetColumn.required("posts", "岗位数", "Posts", "6", "核定岗位数", "数量"));

	private static final ImportSummary SUMMARY = new ImportSummary("recruitment.import.summary", List.of("plans"));

	private final PostSetting posts;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	PostPlanImport(PostSetting posts, OrgManagement org, AuditManagement audit, TransactionTemplate tx) {
		this.posts = posts;
		this.org = org;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	record Line(String unitCode, LocalDate effectiveFrom, String document, PostGrade grade, Integer posts) {
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
			String unit = row.text("unit_code");
			LocalDate from = row.date("effective_from");
			String document = row.text("document");
			if (document != null && document.strip().length() > 100) {
				row.error("document", "recruitment.document.size");
			}
			PostGrade grade = row.choice("grade", PostGrade.class);
			Integer n = row.integer("posts");
			if (n != null && (n < 0 || n > 10000)) {
				row.error("posts", "recruitment.posts.range");
			}
			return new Line(unit == null ? null : unit.strip(), from, document == null ? null : document.strip(), grade,
					n);
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				Map<String, Map<PostGrade, Integer>> plans = new LinkedHashMap<>();
				Map<String, Integer> firstRow = new HashMap<>();
				Map<String, Line> head = new HashMap<>();
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					String key = l.unitCode() + "|" + l.effectiveFrom();
					Line first = head.putIfAbsent(key, l);
					if (first != null && !first.document().equals(l.document())) {
						context.error(e.row(), "document", "recruitment.import.document", firstRow.get(key));
						continue;
					}
					firstRow.putIfAbsent(key, e.row());
					Integer earlier = plans.computeIfAbsent(key, k -> new EnumMap<>(PostGrade.class))
						.putIfAbsent(l.grade(), l.posts());
					if (earlier != null) {
						context.error(e.row(), "grade", "recruitment.import.duplicate", firstRow.get(key));
					}
				}
				if (context.hasErrors()) {
					return;
				}
				for (var plan : plans.entrySet()) {
					Line l = head.get(plan.getKey());
					int row = firstRow.get(plan.getKey());
					UnitView unit = org.findByCode(scope, l.unitCode()).orElse(null);
					if (unit == null || !org.isWithin(scope, unit.id())) {
						context.error(row, "unit_code", "recruitment.import.unit", l.unitCode());
						continue;
					}
					if (context.writeRow(row,
							() -> posts.setPlan(scope,
									new PostForms.PlanForm(unit.id(), l.effectiveFrom(), l.document(),
											plan.getValue())),
							field -> "posts".equals(field) ? "posts" : "effective_from", "unit_code",
							"recruitment.import.unit", l.unitCode())) {
						count[0]++;
					}
				}
			}, audit.importEntry(PostSetting.PLAN));
			return context.hasErrors() ? 0 : count[0];
		}

	}

}
