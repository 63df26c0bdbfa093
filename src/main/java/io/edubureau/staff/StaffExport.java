package io.edubureau.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.sheet.SheetWriter;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the staff a user sees, with the list's filters, streamed page by page; and one
 * school's staff in the national teacher MIS layout. Identity numbers and phones are
 * masked unless the caller may see them; every export is audited.
 */
@Component
class StaffExport {

	private static final int PAGE = 1000;

	/** The MIS basic-information sheet's columns, in its order. */
	static final List<String> MIS_HEADERS = List.of("姓名", "曾用名", "性别", "公民身份号码", "出生日期", "民族", "籍贯", "政治面貌", "入党时间",
			"参加工作时间", "进本校时间", "教职工来源", "用人形式", "岗位类别", "是否专任教师", "任教学段", "任教学科", "最高学历", "毕业院校类别", "专业技术职务", "取得时间",
			"是否骨干教师", "联系电话");

	private final StaffManagement management;

	private final StaffRepository staff;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final SheetManagement sheets;

	private final TransactionTemplate tx;

	StaffExport(StaffManagement management, StaffRepository staff, OrgManagement org, AuditManagement audit,
			SheetManagement sheets, TransactionTemplate tx) {
		this.management = management;
		this.staff = staff;
		this.org = org;
		this.audit = audit;
		this.sheets = sheets;
		this.tx = tx;
	}

	/**
	 * Writes the filtered list; with a language, headers and choices in it, without,
	 * canonical keys and codes for tools.
	 */
	void write(OutputStream out, DataScope scope, StaffFilter filter, SheetFormat format, Locale language,
			boolean reveal) throws IOException {
		Specification<StaffMember> where = management.scope(scope).specification().and(management.matching(filter));
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("format", format.extension());
		criteria.put("name", filter.name());
		criteria.put("idNumber", filter.idNumber() == null ? null : "(given)");
		criteria.put("under", filter.under());
		criteria.put("stage", filter.stage());
		criteria.put("subject", filter.subject());
		criteria.put("titleLevel", filter.titleLevel());
		criteria.put("employmentType", filter.employmentType());
		criteria.put("status", filter.status());
		criteria.put("ageFrom", filter.ageFrom());
		criteria.put("ageTo", filter.ageTo());
		criteria.put("masked", !reveal);
		record(where, criteria, format);
		List<String> headers = language == null ? StaffSheet.LAYOUT.keys() : StaffSheet.LAYOUT.headers(language);
		sheets.write(out, format, StaffSheet.LAYOUT.name(), headers,
				writer -> stream(where, reveal, writer, (v, m) -> StaffSheet.row(v, sheets, language)));
	}

	/** The active unit in the caller's scope a MIS export is for. */
	UnitView misUnit(DataScope scope, String unitCode) {
		return org.findByCode(scope, unitCode == null ? "" : unitCode.strip())
			.filter(u -> u.status() == UnitStatus.ACTIVE)
			.orElseThrow(() -> new Rejection("unit", "staff.unitCode.unknown", String.valueOf(unitCode)));
	}

	/** One unit's (and its teaching points') active staff in the MIS layout. */
	void writeMis(OutputStream out, DataScope scope, UnitView unit, SheetFormat format, boolean reveal)
			throws IOException {
		StaffFilter filter = new StaffFilter(null, null, unit.id(), null, null, null, null, StaffStatus.ACTIVE, null,
				null);
		Specification<StaffMember> where = management.scope(scope).specification().and(management.matching(filter));
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("format", format.extension());
		criteria.put("layout", "mis");
		criteria.put("unit", unit.code());
		criteria.put("masked", !reveal);
		record(where, criteria, format);
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		sheets.write(out, format, "教职工基本信息", MIS_HEADERS, writer -> stream(where, reveal, writer, (p, m) -> {
			List<Object> row = new ArrayList<>();
			row.add(p.name());
			row.add(p.formerNames());
			row.add(sheets.label(p.sex(), zh));
			row.add(p.idNumber());
			row.add(p.birthShown());
			row.add(p.ethnicity());
			row.add(p.nativePlace());
			row.add(sheets.label(p.politicalStatus(), zh));
			row.add(p.partyJoinDate());
			row.add(p.workStartDate());
			row.add(joinedUnit(m));
			row.add(sheets.label(p.hireChannel(), zh));
			row.add(sheets.label(p.employmentType(), zh));
			row.add(sheets.label(p.postCategory(), zh));
			row.add(sheets.yesNo(p.fullTimeTeacher(), zh));
			row.add(sheets.label(p.stage(), zh));
			row.add(p.subject());
			row.add(sheets.label(p.highestEducation(), zh));
			row.add(sheets.label(p.graduateSchoolTier(), zh));
			row.add(sheets.label(p.titleLevel(), zh));
			row.add(p.titleDate());
			row.add(sheets.yesNo(p.backbone(), zh));
			row.add(p.phone());
			return row;
		}));
	}

	// 进本校时间: the latest hire or transfer into the person's current unit.
	private static LocalDate joinedUnit(StaffMember m) {
		LocalDate joined = null;
		for (StaffEvent e : m.getEvents()) {
			StaffEventView v = e.toView();
			if (m.getUnitId().equals(v.toUnitId())
					&& (v.kind() == StaffEventKind.HIRE || v.kind() == StaffEventKind.TRANSFER)
					&& (joined == null || v.occurredOn().isAfter(joined))) {
				joined = v.occurredOn();
			}
		}
		return joined != null ? joined : m.getHireDate();
	}

	private void record(Specification<StaffMember> where, Map<String, Object> criteria, SheetFormat format) {
		tx.executeWithoutResult(status -> {
			long rows = staff.count(where);
			criteria.put("rows", rows);
			audit.record(AuditAction.EXPORT, StaffManagement.ENTITY, null, rows + " staff (" + format.extension() + ")",
					Change.created(criteria));
		});
	}

	// Pages by id so a long list is never held at once.
	private void stream(Specification<StaffMember> where, boolean reveal, SheetWriter writer, RowMaker rows)
			throws IOException {
		long after = 0;
		while (true) {
			long last = after;
			Chunk chunk = tx.execute(status -> {
				List<StaffMember> members = staff
					.findAll(where.and((root, q, cb) -> cb.greaterThan(root.get("id"), last)),
							PageRequest.of(0, PAGE, Sort.by("id")))
					.getContent();
				Map<Long, UnitView> units = org.byIds(members.stream().map(StaffMember::getUnitId).distinct().toList());
				List<List<Object>> made = new ArrayList<>();
				for (StaffMember m : members) {
					StaffView v = StaffManagement.toView(m, units.get(m.getUnitId()));
					made.add(rows.row(reveal ? v : v.masked(), m));
				}
				return new Chunk(made, members.isEmpty() ? last : members.get(members.size() - 1).getId());
			});
			for (List<Object> row : chunk.rows()) {
				writer.row(row);
			}
			if (chunk.rows().size() < PAGE) {
				return;
			}
			after = chunk.lastId();
		}
	}

	private record Chunk(List<List<Object>> rows, long lastId) {
	}

	@FunctionalInterface
	private interface RowMaker {

		List<Object> row(StaffView view, StaffMember member);

	}

}
