package io.edubureau.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import io.edubureau.platform.Actor;
import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitView;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.IdNumberCheck.Sex;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports staff from a sheet, keyed by identity number: a known person is updated through
 * {@link StaffManagement#update}, a new one checked and built as
 * {@link StaffManagement#create} does ({@link StaffManagement#prepareNew}) and written
 * with its hire event and audit entry in bulk ({@link StaffManagement#createAll}: COPY on
 * PostgreSQL), so every check and audit entry is the form's own. All rows are written in
 * one transaction, in batches that are flushed and cleared; any error, or a dry run,
 * rolls the whole file back.
 */
@Component
class StaffImport {

	private static final int BATCH = 1000;

	/** The source of the life events and title entries a sheet carries. */
	static final String SOURCE = "import";

	private static final ImportSummary SUMMARY = ImportSummary.createdUpdatedUnchanged("staff.import.summary");

	private final StaffManagement management;

	private final StaffRepository staff;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	private final EntityManager entityManager;

	StaffImport(StaffManagement management, StaffRepository staff, OrgManagement org, RulesManagement rules,
			AuditManagement audit, TransactionTemplate tx, EntityManager entityManager) {
		this.management = management;
		this.staff = staff;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.tx = tx;
		this.entityManager = entityManager;
	}

	/** The import as the user with that scope runs it. */
	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/**
	 * A row read from the file.
	 *
	 * @param form the person as the row gives it
	 * @param present the columns the file has (one shared set per file); an absent column
	 * keeps an existing person's value
	 * @param statusDate the day a person retired, left or died
	 */
	record Line(StaffForm form, Set<String> present, LocalDate statusDate) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		private Set<String> present;

		// Units by code, looked up once per file rather than once per row.
		private final Map<String, Optional<UnitView>> units = new HashMap<>();

		Run(DataScope scope) {
			this.scope = scope;
		}

		private Optional<UnitView> unit(String code) {
			return units.computeIfAbsent(code, c -> org.findByCode(scope, c));
		}

		@Override
		public SheetLayout layout() {
			return StaffSheet.LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			if (present == null) {
				Set<String> keys = new HashSet<>();
				StaffSheet.LAYOUT.keys().stream().filter(row::has).forEach(keys::add);
				present = Set.copyOf(keys);
			}
			StaffForm form = StaffForm.builder()
				.idNumber(row.text("id_number"))
				.name(row.text("name"))
				.sex(row.choice("sex", Sex.class))
				.birthDate(row.date("birth_date"))
				.politicalStatus(row.choice("political_status", PoliticalStatus.class))
				.partyJoinDate(row.date("party_join_date"))
				.workStartDate(row.date("work_start_date"))
				.phone(row.text("phone"))
				.unitCode(row.text("unit_code"))
				.employmentType(row.choice("employment_type", EmploymentType.class))
				.postCategory(row.choice("post_category", PostCategory.class))
				.fullTimeTeacher(row.bool("full_time_teacher"))
				.stage(row.choice("stage", Stage.class))
				.subject(row.text("subject"))
				.backbone(null)
				.hireDate(row.date("hire_date"))
				.hireChannel(row.choice("hire_channel", HireChannel.class))
				.highestEducation(row.choice("highest_education", Education.class))
				.graduateSchoolTier(row.choice("graduate_school_tier", SchoolTier.class))
				.titleLevel(row.choice("title_level", TitleLevel.class))
				.titleDate(row.date("title_date"))
				.originalRetirementAge(row.integer("original_retirement_age"))
				.status(row.choice("status", StaffStatus.class))
				.build();
			return new Line(form, present, row.date("status_date"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			if (present != null && present.contains("backbone")) {
				context.note("staff.import.backbone.ignored");
			}
			// Identity numbers as stored (upper-case X), and the first row of each.
			String[] keys = new String[entries.size()];
			FirstRows<String> firstRows = new FirstRows<>(context, "staff.import.idNumber.duplicateInFile");
			for (int i = 0; i < entries.size(); i++) {
				SheetEntry<Line> e = entries.get(i);
				String id = e.value().form().idNumber();
				if (id == null) {
					continue;
				}
				IdNumberCheck check = rules.checkIdNumber(id);
				keys[i] = check.valid() ? check.normalized() : id.strip().toUpperCase();
				firstRows.admit(e.row(), keys[i], "id_number", keys[i]);
			}
			// Another running import of the same people is named now, not met at commit.
			if (!context.claim("staff.idNumber", firstRows.keys())) {
				return 0;
			}
			int[] counts = new int[3];
			try {
				context.writeAllOrNothing(tx, SUMMARY, counts, () -> {
					// Queries inside create and update would otherwise flush (and
					// dirty-check
					// the
					// whole batch) before every row; rows are flushed per batch instead,
					// and
					// duplicates within the file are refused above.
					entityManager.setFlushMode(FlushModeType.COMMIT);
					for (int from = 0; from < entries.size(); from += BATCH) {
						int to = Math.min(entries.size(), from + BATCH);
						apply(entries.subList(from, to), keys, from, context, counts);
						// Keeps the persistence context to one batch however long the
						// file.
						entityManager.flush();
						entityManager.clear();
						context.progress(to, entries.size());
					}
				}, audit.importEntry(StaffManagement.ENTITY));
			}
			catch (RuntimeException ex) {
				if (!duplicateKey(ex)) {
					throw ex;
				}
				// The unique index refused a person another node's import or a form
				// created
				// meanwhile; the transaction rolled back whole.
				context.conflict("sheet.import.conflict.concurrent");
				return 0;
			}
			return counts[0] + counts[1] + counts[2];
		}

		private void apply(List<SheetEntry<Line>> batch, String[] keys, int offset, ImportContext context,
				int[] counts) {
			Set<String> ids = new LinkedHashSet<>();
			for (int i = 0; i < batch.size(); i++) {
				if (keys[offset + i] != null) {
					ids.add(keys[offset + i]);
				}
			}
			Map<String, StaffView> existing = new HashMap<>();
			Set<String> outOfScope = new HashSet<>();
			// One query finds whoever is known at all; only then is the scope asked.
			Set<String> known = ids.isEmpty() ? Set.of()
					: staff.findByIdNumberIn(ids)
						.stream()
						.map(StaffMember::getIdNumber)
						.collect(Collectors.toCollection(HashSet::new));
			if (!known.isEmpty()) {
				List<StaffMember> visible = staff.findAll(
						management.scope(scope).specification().and((root, q, cb) -> root.get("idNumber").in(known)));
				Map<Long, UnitView> units = org.byIds(visible.stream().map(StaffMember::getUnitId).distinct().toList());
				visible
					.forEach(m -> existing.put(m.getIdNumber(), StaffManagement.toView(m, units.get(m.getUnitId()))));
				known.stream().filter(id -> !existing.containsKey(id)).forEach(outOfScope::add);
			}
			List<StaffManagement.NewPerson> created = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				SheetEntry<Line> e = batch.get(i);
				String key = keys[offset + i];
				if (context.hasErrors(e.row())) {
					continue;
				}
				if (key != null && outOfScope.contains(key)) {
					context.error(e.row(), "id_number", "staff.import.idNumber.outOfScope", key);
					continue;
				}
				StaffView current = key == null ? null : existing.get(key);
				if (!statusAccepted(e, current, context)) {
					continue;
				}
				write(e, current, context, counts, created);
			}
			// Once any row is refused nothing will be committed: the rest is only
			// checked.
			if (!context.hasErrors()) {
				management.createAll(created);
			}
		}

		// Every status is accepted with the day it began (status_date, required unless
		// ACTIVE); an existing person may go from ACTIVE to an ended status, never back.
		private boolean statusAccepted(SheetEntry<Line> e, StaffView current, ImportContext context) {
			StaffStatus given = e.value().form().status();
			LocalDate on = e.value().statusDate();
			if (given == StaffStatus.MERGED && (current == null || current.status() != StaffStatus.MERGED)) {
				context.error(e.row(), "status", "staff.import.status.merged");
				return false;
			}
			boolean ended = given != null && given != StaffStatus.ACTIVE && given != StaffStatus.MERGED;
			if (ended && on == null) {
				context.error(e.row(), "status_date", "staff.import.statusDate.required");
				return false;
			}
			if (!ended && given != StaffStatus.MERGED && on != null) {
				context.error(e.row(), "status_date", "staff.import.statusDate.notEnded");
				return false;
			}
			if (ended) {
				LocalDate hired = e.value().present().contains("hire_date") || current == null
						? e.value().form().hireDate() : current.hireDate();
				LocalDate earliest = hired != null ? hired : current != null ? current.birthDate() : null;
				if (on.isAfter(LocalDate.now()) || (earliest != null && on.isBefore(earliest))) {
					context.error(e.row(), "status_date", "staff.import.statusDate.range", on.toString());
					return false;
				}
			}
			if (current == null || given == null || given == current.status()) {
				if (current != null && ended && !on.equals(current.statusDate())) {
					context.error(e.row(), "status_date", "staff.import.status.unchangeable");
					return false;
				}
				return true;
			}
			if (current.status() != StaffStatus.ACTIVE || !ended) {
				context.error(e.row(), "status", "staff.import.status.unchangeable");
				return false;
			}
			return true;
		}

		private void write(SheetEntry<Line> e, StaffView current, ImportContext context, int[] counts,
				List<StaffManagement.NewPerson> created) {
			StaffStatus given = e.value().form().status();
			boolean ends = given != null && given != StaffStatus.ACTIVE && given != StaffStatus.MERGED
					&& (current == null || current.status() == StaffStatus.ACTIVE);
			context.writeRow(e.row(), () -> {
				if (current == null) {
					StaffManagement.NewPerson person = management.prepareNew(scope, e.value().form(), this::unit);
					if (ends) {
						person.member().end(given, e.value().statusDate(), Actor.current(), null, SOURCE);
					}
					created.add(person);
					counts[0]++;
					return;
				}
				StaffForm merged = merge(e.value(), current);
				boolean unchanged = normalized(merged, current).equals(formOf(current));
				if (!unchanged) {
					management.update(scope, current.id(), merged, this::unit);
				}
				if (ends) {
					management.endFromImport(scope, current.id(), given, e.value().statusDate());
				}
				if (carriesTitle(e.value()) && management.titleFromImport(scope, current.id())) {
					unchanged = false;
				}
				counts[unchanged && !ends ? 2 : 1]++;
			}, StaffImport::column, "id_number", "staff.import.idNumber.outOfScope", e.value().form().idNumber());
		}

	}

	/**
	 * Whether a write failed on a unique index (SQLState class 23 on PostgreSQL and
	 * MariaDB), however the driver's exception was wrapped.
	 */
	static boolean duplicateKey(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DuplicateKeyException) {
				return true;
			}
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith("23")) {
				return true;
			}
		}
		return false;
	}

	// A row that gives a title with its date: the title history gets that entry.
	private static boolean carriesTitle(Line line) {
		return line.present().contains("title_level") && line.present().contains("title_date")
				&& line.form().titleLevel() != null && line.form().titleLevel() != TitleLevel.NONE
				&& line.form().titleDate() != null;
	}

	/** The person's values as a form, as the edit page fills it. */
	static StaffForm formOf(StaffView p) {
		return StaffForm.of(p);
	}

	// Columns the file leaves out, and fields the sheet does not carry, keep the person's
	// values; blank cells clear them.
	private static StaffForm merge(Line line, StaffView p) {
		StaffForm f = line.form();
		Set<String> has = line.present();
		return StaffForm.builder()
			.idNumber(f.idNumber())
			.name(f.name())
			.formerNames(p.formerNames())
			.sex(has.contains("sex") ? f.sex() : p.sex())
			.birthDate(has.contains("birth_date") ? f.birthDate() : p.birthDate())
			.ethnicity(p.ethnicity())
			.nativePlace(p.nativePlace())
			.politicalStatus(has.contains("political_status") ? f.politicalStatus() : p.politicalStatus())
			.partyJoinDate(has.contains("party_join_date") ? f.partyJoinDate() : p.partyJoinDate())
			.workStartDate(has.contains("work_start_date") ? f.workStartDate() : p.workStartDate())
			.phone(has.contains("phone") ? f.phone() : p.phone())
			.unitCode(f.unitCode())
			.employmentType(f.employmentType())
			.postCategory(f.postCategory())
			.fullTimeTeacher(has.contains("full_time_teacher") ? f.fullTimeTeacher() : p.fullTimeTeacher())
			.stage(has.contains("stage") ? f.stage() : p.stage())
			.subject(has.contains("subject") ? f.subject() : p.subject())
			.backbone(p.backbone())
			.academicLeader(p.academicLeader())
			.hireDate(has.contains("hire_date") ? f.hireDate() : p.hireDate())
			.hireChannel(has.contains("hire_channel") ? f.hireChannel() : p.hireChannel())
			.highestEducation(has.contains("highest_education") ? f.highestEducation() : p.highestEducation())
			.graduateSchoolTier(has.contains("graduate_school_tier") ? f.graduateSchoolTier() : p.graduateSchoolTier())
			.titleLevel(has.contains("title_level") ? f.titleLevel() : p.titleLevel())
			.titleDate(has.contains("title_date") ? f.titleDate() : p.titleDate())
			.originalRetirementAge(
					has.contains("original_retirement_age") ? f.originalRetirementAge() : p.originalRetirementAge())
			.status(p.status())
			.build();
	}

	// The form with the defaults the record would apply, so "unchanged" compares like
	// with like.
	private static StaffForm normalized(StaffForm f, StaffView p) {
		Sex sex = f.sex() == null ? p.sex() : f.sex();
		PostCategory post = f.postCategory();
		return StaffForm.builder()
			.idNumber(f.idNumber() == null ? null : f.idNumber().toUpperCase())
			.name(f.name())
			.formerNames(f.formerNames())
			.sex(sex)
			.birthDate(f.birthDate() == null ? p.birthDate() : f.birthDate())
			.ethnicity(f.ethnicity())
			.nativePlace(f.nativePlace())
			.politicalStatus(f.politicalStatus() == null ? PoliticalStatus.NONE : f.politicalStatus())
			.partyJoinDate(f.partyJoinDate())
			.workStartDate(f.workStartDate())
			.phone(f.phone())
			.unitCode(f.unitCode())
			.employmentType(f.employmentType())
			.postCategory(post)
			.fullTimeTeacher(Boolean.TRUE.equals(f.fullTimeTeacher()))
			.stage(f.stage())
			.subject(f.subject())
			.backbone(Boolean.TRUE.equals(f.backbone()))
			.academicLeader(Boolean.TRUE.equals(f.academicLeader()))
			.hireDate(f.hireDate())
			.hireChannel(f.hireChannel())
			.highestEducation(f.highestEducation())
			.graduateSchoolTier(f.graduateSchoolTier())
			.titleLevel(f.titleLevel() == null ? TitleLevel.NONE : f.titleLevel())
			.titleDate(f.titleDate())
			.originalRetirementAge(f.originalRetirementAge() != null ? f.originalRetirementAge()
					: post == null ? null : StaffMember.defaultRetirementAge(sex, post))
			.status(f.status())
			.build();
	}

	/** The sheet column of a form field: {@code unitCode} → {@code unit_code}. */
	static String column(String field) {
		return field == null || field.isEmpty() ? null : field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
	}

}
