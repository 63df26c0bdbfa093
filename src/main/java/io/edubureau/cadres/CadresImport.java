package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.cadres.Forms.AppointmentForm;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.Forms.TallyForm;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.CadreLine;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.sheet.SheetRow;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the cadre roster (one appointment per row) and a round's evaluation tallies
 * (one cadre per row). Each row goes through the same {@link CadresManagement} methods as
 * the forms, so the same rules and outcomes apply; any error, or a dry run, writes
 * nothing.
 */
@Component
class CadresImport {

	/** The roster: who holds which post of which unit since when, by which document. */
	static final SheetLayout ROSTER = new SheetLayout("cadres-roster",
			SheetColumn.required("id_number", "公民身份号码", "Identity number", "360721198503150018", "身份证号", "身份证号码",
					"身份号码"),
			SheetColumn.required("unit_code", "单位代码", "Unit code", "3607210001", "单位编码", "学校代码"),
			SheetColumn.choice("post_kind", "职务类别", "Post kind", "校长", PostKind.class, true, "职务", "岗位类别"),
			SheetColumn.optional("post_title", "职务名称", "Post title", "校长", "岗位名称"),
			SheetColumn.required("start_date", "任职日期", "Start date", "2024-09-01", "任职时间", "任命日期"),
			SheetColumn.required("document_no", "任职文号", "Document number", "示教任〔2024〕12号", "文号", "任命文号"));

	/**
	 * A round's counted tallies: one cadre per row, the four counts from the paper
	 * ballots.
	 */
	static final SheetLayout TALLIES = new SheetLayout("cadres-tallies",
			SheetColumn.required("id_number", "公民身份号码", "Identity number", "360721198503150018", "身份证号", "身份证号码",
					"身份号码"),
			SheetColumn.optional("unit_code", "单位代码", "Unit code", "3607210001", "单位编码", "学校代码"),
			SheetColumn.choice("post_kind", "职务类别", "Post kind", "校长", PostKind.class, false, "职务", "岗位类别"),
			SheetColumn.required("excellent", "优秀票数", "Excellent", "30", "优秀"),
			SheetColumn.required("competent", "称职票数", "Competent", "15", "称职"),
			SheetColumn.required("basically_competent", "基本称职票数", "Basically competent", "4", "基本称职"),
			SheetColumn.required("incompetent", "不称职票数", "Incompetent", "1", "不称职"));

	private static final ImportSummary ROSTER_SUMMARY = new ImportSummary("cadres.import.roster.summary",
			List.of("appointments", "posts"));

	private static final ImportSummary TALLY_SUMMARY = new ImportSummary("cadres.import.tallies.summary",
			List.of("tallies", "admonish", "remove"));

	private final CadresManagement cadres;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final SheetManagement sheets;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	CadresImport(CadresManagement cadres, OrgManagement org, StaffManagement staff, SheetManagement sheets,
			AuditManagement audit, TransactionTemplate tx) {
		this.cadres = cadres;
		this.org = org;
		this.staff = staff;
		this.sheets = sheets;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<RosterLine> roster(DataScope scope) {
		return new Roster(scope);
	}

	SheetImport<TallyLine> tallies(DataScope scope, long roundId) {
		// Refuses an unknown round before the file is read.
		cadres.round(roundId);
		return new Tallies(scope, roundId);
	}

	/** A roster row. */
	record RosterLine(String idNumber, String unitCode, PostKind kind, String postTitle, LocalDate startDate,
			String documentNo) {
	}

	/** A tally row. */
	record TallyLine(String idNumber, String unitCode, PostKind kind, Integer excellent, Integer competent,
			Integer basicallyCompetent, Integer incompetent) {
	}

	private static String id(String text) {
		return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "staffId" -> "id_number";
			case "unitId" -> "unit_code";
			case "postId", "kind" -> "post_kind";
			case "title" -> "post_title";
			case "startDate" -> "start_date";
			case "documentNo" -> "document_no";
			case "appointmentId" -> "id_number";
			case "basicallyCompetent" -> "basically_competent";
			case "excellent", "competent", "incompetent" -> field;
			default -> null;
		};
	}

	private final class Roster implements SheetImport<RosterLine> {

		private final DataScope scope;

		Roster(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return ROSTER;
		}

		@Override
		public RosterLine read(SheetRow row) {
			return new RosterLine(id(row.text("id_number")), row.text("unit_code"),
					row.choice("post_kind", PostKind.class), row.text("post_title"), row.date("start_date"),
					row.text("document_no"));
		}

		@Override
		public int write(List<SheetEntry<RosterLine>> entries, ImportContext context) {
			int[] count = new int[2];
			context.writeAllOrNothing(tx, ROSTER_SUMMARY, count, () -> {
				for (SheetEntry<RosterLine> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					RosterLine l = e.value();
					Optional<UnitView> unit = org.findByCode(scope, l.unitCode().strip());
					if (unit.isEmpty()) {
						context.error(e.row(), "unit_code", "cadres.import.unit.unknown", l.unitCode().strip());
						continue;
					}
					Optional<StaffView> person = staff.byIdNumber(scope, l.idNumber());
					if (person.isEmpty()) {
						context.error(e.row(), "id_number", "cadres.import.person.unknown", l.idNumber());
						continue;
					}
					if (context.writeRow(e.row(), () -> {
						PostView post = post(unit.get(), l, count);
						cadres.appoint(scope,
								new AppointmentForm(post.id(), person.get().id(), l.startDate(), l.documentNo()));
					}, CadresImport::column, "unit_code", "cadres.import.unit.unknown", l.unitCode().strip())) {
						count[0]++;
					}
				}
			}, audit.importEntry(CadresManagement.APPOINTMENT));
			return context.hasErrors() ? 0 : count[0];
		}

		// The unit's active post of the kind (and title, when given); created like the
		// form
		// would when the unit has none yet.
		private PostView post(UnitView unit, RosterLine l, int[] count) {
			String title = l.postTitle() == null ? null : l.postTitle().strip();
			List<PostView> found = cadres.posts(scope, unit.id())
				.stream()
				.filter(p -> p.active() && p.kind() == l.kind() && (title == null || p.title().equals(title)))
				.toList();
			if (found.size() > 1) {
				throw new Rejection("title", "cadres.import.post.ambiguous", unit.name(),
						sheets.label(l.kind(), Locale.SIMPLIFIED_CHINESE));
			}
			if (found.size() == 1) {
				return found.get(0);
			}
			count[1]++;
			return cadres.createPost(scope, new PostForm(unit.id(), l.kind(),
					title != null ? title : sheets.label(l.kind(), Locale.SIMPLIFIED_CHINESE)));
		}

	}

	private final class Tallies implements SheetImport<TallyLine> {

		private final DataScope scope;

		private final long roundId;

		Tallies(DataScope scope, long roundId) {
			this.scope = scope;
			this.roundId = roundId;
		}

		@Override
		public SheetLayout layout() {
			return TALLIES;
		}

		@Override
		public TallyLine read(SheetRow row) {
			return new TallyLine(id(row.text("id_number")), row.text("unit_code"),
					row.choice("post_kind", PostKind.class), row.integer("excellent"), row.integer("competent"),
					row.integer("basically_competent"), row.integer("incompetent"));
		}

		@Override
		public int write(List<SheetEntry<TallyLine>> entries, ImportContext context) {
			int[] count = new int[3];
			context.writeAllOrNothing(tx, TALLY_SUMMARY, count, () -> {
				List<CadreLine> lines = cadres.cadresOf(scope, roundId);
				FirstRows<Long> firstRows = new FirstRows<>(context, "cadres.import.duplicateInFile");
				for (SheetEntry<TallyLine> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					TallyLine l = e.value();
					Optional<StaffView> person = staff.byIdNumber(scope, l.idNumber());
					if (person.isEmpty()) {
						context.error(e.row(), "id_number", "cadres.import.person.unknown", l.idNumber());
						continue;
					}
					String unitCode = l.unitCode() == null ? null : l.unitCode().strip();
					Long unitId = null;
					if (unitCode != null) {
						Optional<UnitView> unit = org.findByCode(scope, unitCode);
						if (unit.isEmpty()) {
							context.error(e.row(), "unit_code", "cadres.import.unit.unknown", unitCode);
							continue;
						}
						unitId = unit.get().id();
					}
					Long inUnit = unitId;
					List<AppointmentView> held = lines.stream()
						.map(CadreLine::appointment)
						.filter(a -> a.staffId() == person.get().id())
						.filter(a -> inUnit == null || a.unitId() == inUnit)
						.filter(a -> l.kind() == null || a.kind() == l.kind())
						.toList();
					if (held.isEmpty()) {
						context.error(e.row(), "id_number", "cadres.import.tally.notInRound", person.get().name());
						continue;
					}
					if (held.size() > 1) {
						context.error(e.row(), "post_kind", "cadres.import.tally.ambiguous", person.get().name());
						continue;
					}
					AppointmentView a = held.get(0);
					if (!firstRows.admit(e.row(), a.id(), "id_number")) {
						continue;
					}
					context.writeRow(e.row(), () -> {
						Views.TallyView t = cadres.enterTally(scope, roundId, new TallyForm(a.id(), l.excellent(),
								l.competent(), l.basicallyCompetent(), l.incompetent()));
						count[0]++;
						switch (t.outcome()) {
							case ADMONISH -> count[1]++;
							case REMOVE -> count[2]++;
							default -> {
							}
						}
					}, CadresImport::column);
				}
			}, audit.importEntry(CadresManagement.TALLY));
			return context.hasErrors() ? 0 : count[0];
		}

	}

}
