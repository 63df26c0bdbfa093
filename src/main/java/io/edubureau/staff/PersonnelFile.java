package io.edubureau.staff;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.ScannedDocument;
import io.edubureau.platform.Rejection.Problem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The categories of a personnel file (its digitised materials, sanctions and special
 * audit are the {@code personnelfile} module's). Callers have already found the person in
 * their data scope.
 */
@Component
class PersonnelFile {

	private final EntityManager em;

	private final AuditManagement audit;

	private final JsonMapper json;

	// The first working age: no appraisal for a year before it.
	private static final int MIN_WORK_AGE = 16;

	PersonnelFile(EntityManager em, AuditManagement audit, JsonMapper json) {
		this.em = em;
		this.audit = audit;
		this.json = json;
	}

	// ---- reading

	PersonnelFileView view(StaffMember m) {
		Map<FileCategory, List<FileEntryView>> entries = new EnumMap<>(FileCategory.class);
		for (FileCategory c : FileCategory.values()) {
			entries.put(c, list(m, c));
		}
		return new PersonnelFileView(entries);
	}

	List<FileEntryView> list(StaffMember m, FileCategory c) {
		return entries(m.getId(), c).stream().map(e -> e.toView(c)).toList();
	}

	private List<FileEntry<?>> entries(Long staffId, FileCategory c) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		@SuppressWarnings("unchecked")
		Class<FileEntry<?>> type = (Class<FileEntry<?>>) c.entryType();
		CriteriaQuery<FileEntry<?>> q = cb.createQuery(type);
		Root<FileEntry<?>> root = q.from(type);
		q.where(cb.equal(root.get("staffId"), staffId)).orderBy(cb.asc(root.get("id")));
		return em.createQuery(q).getResultList();
	}

	/** Current appraisals of many people, by person, oldest year first. */
	Map<Long, List<AppraisalRecord>> appraisals(java.util.Collection<Long> staffIds) {
		Map<Long, List<AppraisalRecord>> found = new LinkedHashMap<>();
		staffIds.forEach(id -> found.put(id, new ArrayList<>()));
		for (FileEntry<?> e : current(staffIds, FileCategory.APPRAISALS)) {
			AppraisalForm f = (AppraisalForm) e.data();
			if (f.year() != null) {
				found.get(e.getStaffId()).add(new AppraisalRecord(f.year(), f.result(), f.ethics()));
			}
		}
		found.values().forEach(l -> l.sort(Comparator.comparingInt(AppraisalRecord::year)));
		return found;
	}

	/** Current certificates of many people, by person, in the order entered. */
	Map<Long, List<CertificateRecord>> certificates(java.util.Collection<Long> staffIds) {
		Map<Long, List<CertificateRecord>> found = new LinkedHashMap<>();
		staffIds.forEach(id -> found.put(id, new ArrayList<>()));
		for (FileEntry<?> e : current(staffIds, FileCategory.CERTIFICATES)) {
			CertificateForm f = (CertificateForm) e.data();
			CertificateState s = ((CertificateEntry) e).state();
			found.get(e.getStaffId())
				.add(new CertificateRecord(e.getId(), f.type(), f.subject(), f.number(), f.issuedOn(), f.authority(),
						s.status(), s.on(), s.note()));
		}
		return found;
	}

	// Unarchived entries of many people in one query per 500 ids (IN-list limits).
	private List<FileEntry<?>> current(java.util.Collection<Long> staffIds, FileCategory c) {
		List<Long> ids = List.copyOf(new LinkedHashSet<>(staffIds));
		List<FileEntry<?>> found = new ArrayList<>();
		CriteriaBuilder cb = em.getCriteriaBuilder();
		@SuppressWarnings("unchecked")
		Class<FileEntry<?>> type = (Class<FileEntry<?>>) c.entryType();
		for (int i = 0; i < ids.size(); i += 500) {
			CriteriaQuery<FileEntry<?>> q = cb.createQuery(type);
			Root<FileEntry<?>> root = q.from(type);
			q.where(root.get("staffId").in(ids.subList(i, Math.min(ids.size(), i + 500))),
					cb.isFalse(root.get("archived")))
				.orderBy(cb.asc(root.get("id")));
			found.addAll(em.createQuery(q).getResultList());
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private <F extends FileForm> List<F> current(Long staffId, FileCategory c) {
		return entries(staffId, c).stream().filter(e -> !e.isArchived()).map(e -> (F) e.data()).toList();
	}

	// ---- changing entries

	FileEntryView add(StaffMember m, FileCategory c, Map<String, ?> values, LocalDate today) {
		requirePermission(c.writePermission());
		FileForm form = read(c, values);
		check(m, c, form, null, today);
		FileEntry<?> entry = newEntry(m.getId(), form);
		em.persist(entry);
		em.flush();
		audit.record(AuditAction.CREATE, entity(c), entry.getId(), m.getName(), Change.created(values(form)));
		return entry.toView(c);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	FileEntryView update(StaffMember m, FileCategory c, long entryId, Map<String, ?> values, LocalDate today) {
		requirePermission(c.writePermission());
		FileEntry entry = entry(m, c, entryId);
		if (entry.isArchived()) {
			throw new Rejection(null, "staffFile.archived");
		}
		FileForm form = read(c, values);
		check(m, c, form, entry.getId(), today);
		Map<String, Object> before = values(entry.data());
		entry.update(form, Actor.current());
		List<Change> changes = Change.between(before, values(form));
		if (!changes.isEmpty()) {
			audit.record(AuditAction.UPDATE, entity(c), entry.getId(), m.getName(), changes);
		}
		return entry.toView(c);
	}

	/**
	 * Writes the title entry of an appointment made through a title round; the caller's
	 * titles permission has been checked there, not staff:file:update.
	 */
	FileEntryView appointTitle(StaffMember m, TitleForm form, LocalDate today) {
		check(m, FileCategory.TITLES, form, null, today);
		FileEntry<?> entry = newEntry(m.getId(), form);
		em.persist(entry);
		em.flush();
		audit.record(AuditAction.CREATE, entity(FileCategory.TITLES), entry.getId(), m.getName(),
				Change.created(values(form)));
		return entry.toView(FileCategory.TITLES);
	}

	/**
	 * The title an imported row carries with its date, as a title entry with source
	 * "import", unless the file already has that level obtained that day (so a re-import
	 * adds nothing).
	 * @return whether an entry was written
	 */
	boolean importTitle(StaffMember m, TitleLevel level, LocalDate obtainedOn) {
		if (level == null || level == TitleLevel.NONE || obtainedOn == null) {
			return false;
		}
		boolean known = this.<TitleForm>current(m.getId(), FileCategory.TITLES)
			.stream()
			.anyMatch(t -> t.level() == level && obtainedOn.equals(t.obtainedOn()));
		if (known) {
			return false;
		}
		TitleForm form = new TitleForm(level, obtainedOn, null);
		TitleEntry entry = new TitleEntry(m.getId(), form, Actor.current(), StaffImport.SOURCE);
		em.persist(entry);
		Map<String, Object> created = new LinkedHashMap<>(values(form));
		created.put("source", StaffImport.SOURCE);
		audit.record(AuditAction.CREATE, entity(FileCategory.TITLES), entry.getId(), m.getName(),
				Change.created(created));
		return true;
	}

	/** The current (unarchived) title entries, earliest obtained first. */
	List<TitleForm> titles(StaffMember m) {
		return this.<TitleForm>current(m.getId(), FileCategory.TITLES)
			.stream()
			.sorted(Comparator.comparing(TitleForm::obtainedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * Records that a certificate is revoked (撤销) or lost (丧失), or valid again; date and
	 * note required, the date not before the issue date nor in the future.
	 */
	FileEntryView certificateStatus(StaffMember m, long entryId, CertificateStatus status, LocalDate on, String note,
			LocalDate today) {
		CertificateEntry entry = (CertificateEntry) entry(m, FileCategory.CERTIFICATES, entryId);
		if (entry.isArchived()) {
			throw new Rejection(null, "staffFile.archived");
		}
		List<Problem> problems = new ArrayList<>();
		if (status == null) {
			problems.add(new Problem("status", "staffFile.required"));
		}
		if (on == null) {
			problems.add(new Problem("on", "staffFile.required"));
		}
		else if (on.isAfter(today)) {
			problems.add(new Problem("on", "staff.date.future", on));
		}
		else if (entry.data().issuedOn() != null && on.isBefore(entry.data().issuedOn())) {
			problems.add(new Problem("on", "certificate.status.beforeIssue", on.toString(),
					entry.data().issuedOn().toString()));
		}
		if (note == null || note.isBlank()) {
			problems.add(new Problem("note", "staffFile.required"));
		}
		else if (note.strip().length() > 500) {
			problems.add(new Problem("note", "fileAudit.text.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		CertificateStatus before = entry.getStatus();
		LocalDate beforeOn = entry.getStatusOn();
		entry.changeStatus(status, on, note.strip(), Actor.current());
		em.flush();
		audit.record(AuditAction.UPDATE, entity(FileCategory.CERTIFICATES), entry.getId(), m.getName(),
				List.of(new Change("status", before.name(), status.name()),
						new Change("statusOn", beforeOn == null ? null : beforeOn.toString(), on.toString()),
						new Change("statusNote", null, note.strip())));
		return entry.toView(FileCategory.CERTIFICATES);
	}

	FileEntryView archive(StaffMember m, FileCategory c, long entryId) {
		requirePermission(c.writePermission());
		FileEntry<?> entry = entry(m, c, entryId);
		if (!entry.isArchived()) {
			entry.archive(Actor.current());
			audit.record(AuditAction.ARCHIVE, entity(c), entry.getId(), m.getName(),
					List.of(new Change("archived", "false", "true")));
		}
		return entry.toView(c);
	}

	private FileEntry<?> entry(StaffMember m, FileCategory c, long entryId) {
		FileEntry<?> entry = em.find(c.entryType(), entryId);
		if (entry == null || !entry.getStaffId().equals(m.getId())) {
			throw new NotFound(c.path() + " " + entryId);
		}
		return entry;
	}

	private static FileEntry<?> newEntry(Long staffId, FileForm form) {
		String by = Actor.current();
		if (form instanceof EducationForm f) {
			return new EducationEntry(staffId, f, by);
		}
		if (form instanceof WorkForm f) {
			return new WorkEntry(staffId, f, by);
		}
		if (form instanceof PostForm f) {
			return new PostEntry(staffId, f, by);
		}
		if (form instanceof TitleForm f) {
			return new TitleEntry(staffId, f, by);
		}
		if (form instanceof AppraisalForm f) {
			return new AppraisalEntry(staffId, f, by);
		}
		if (form instanceof CertificateForm f) {
			return new CertificateEntry(staffId, f, by);
		}
		return new HonourEntry(staffId, (HonourForm) form, by);
	}

	/**
	 * Reads submitted values into the category's form; a value of the wrong kind is a 422
	 * on its field.
	 */
	FileForm read(FileCategory c, Map<String, ?> values) {
		Map<String, Object> clean = new LinkedHashMap<>();
		Set<String> known = java.util.Arrays.stream(c.formType().getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toSet());
		if (values != null) {
			values.forEach((k, v) -> {
				if (known.contains(k) && v != null && !(v instanceof String s && s.isBlank())) {
					clean.put(k, v instanceof String s ? s.strip() : v);
				}
			});
		}
		try {
			return json.convertValue(clean, c.formType());
		}
		catch (DatabindException ex) {
			String field = ex.getPath().isEmpty() ? null : ex.getPath().get(0).getPropertyName();
			throw new Rejection(field, "staffFile.value.invalid",
					field == null ? "" : String.valueOf(clean.get(field)));
		}
		catch (JacksonException ex) {
			throw new Rejection(null, "staffFile.value.invalid", "");
		}
	}

	// ---- validation

	private void check(StaffMember m, FileCategory c, FileForm form, Long self, LocalDate today) {
		Checks k = new Checks(m.getBirthDate(), today);
		if (form instanceof EducationForm f) {
			k.required("level", f.level());
			k.text("school", f.school(), 100, true);
			k.text("major", f.major(), 100, false);
			k.required("fullTime", f.fullTime());
			k.period(f.startDate(), f.endDate());
		}
		else if (form instanceof WorkForm f) {
			k.text("unit", f.unit(), 100, true);
			k.text("position", f.position(), 100, false);
			k.period(f.startDate(), f.endDate());
		}
		else if (form instanceof PostForm f) {
			k.required("category", f.category());
			k.text("grade", f.grade(), 30, false);
			k.period(f.startDate(), f.endDate());
		}
		else if (form instanceof TitleForm f) {
			k.required("level", f.level());
			if (f.level() == TitleLevel.NONE) {
				k.problems.add(new Problem("level", "staffFile.title.none"));
			}
			k.date("obtainedOn", f.obtainedOn(), true);
			k.date("appointedOn", f.appointedOn(), false);
			if (f.obtainedOn() != null && f.appointedOn() != null && f.appointedOn().isBefore(f.obtainedOn())) {
				k.problems.add(new Problem("appointedOn", "staffFile.title.appointedBeforeObtained", f.appointedOn(),
						f.obtainedOn()));
			}
		}
		else if (form instanceof AppraisalForm f) {
			k.problems.addAll(checkAppraisal(m, f, today));
			if (f.year() != null && k.problems.stream().noneMatch(p -> "year".equals(p.field()))
					&& entries(m.getId(), c).stream()
						.anyMatch(e -> !e.isArchived() && !e.getId().equals(self)
								&& f.year().equals(((AppraisalForm) e.data()).year()))) {
				k.problems.add(new Problem("year", "staffFile.appraisal.duplicate", String.valueOf(f.year())));
			}
		}
		else if (form instanceof CertificateForm f) {
			k.required("type", f.type());
			k.text("subject", f.subject(), 30, false);
			k.text("number", f.number(), 40, true);
			k.date("issuedOn", f.issuedOn(), true);
			k.text("authority", f.authority(), 100, false);
		}
		else if (form instanceof HonourForm f) {
			k.text("title", f.title(), 100, true);
			k.required("level", f.level());
			k.date("awardedOn", f.awardedOn(), true);
			k.text("awardedBy", f.awardedBy(), 100, false);
		}
		if (!k.problems.isEmpty()) {
			throw new Rejection(k.problems);
		}
	}

	/**
	 * The checks of one appraisal apart from the one-per-year rule, shared by the file's
	 * form and the import: the year from the first working age to this year, a result, a
	 * failed ethics assessment only with 不合格, and the lengths of the texts.
	 */
	static List<Problem> checkAppraisal(StaffMember m, AppraisalForm f, LocalDate today) {
		Checks k = new Checks(m.getBirthDate(), today);
		int first = m.getBirthDate().getYear() + MIN_WORK_AGE;
		if (f.year() == null) {
			k.problems.add(new Problem("year", "staffFile.required"));
		}
		// Years as text: a number argument would print as 2,021.
		else if (f.year() < first || f.year() > today.getYear()) {
			k.problems.add(new Problem("year", "staffFile.appraisal.yearRange", String.valueOf(f.year()),
					String.valueOf(first), String.valueOf(today.getYear())));
		}
		k.required("result", f.result());
		// Policy §7: a failed ethics assessment makes that year's appraisal 不合格.
		if (f.ethics() == EthicsResult.FAILED && f.result() != null && f.result() != AppraisalResult.INCOMPETENT) {
			k.problems.add(new Problem("ethics", "staffFile.appraisal.ethicsFailed"));
		}
		k.text("appraisedBy", f.appraisedBy(), 100, false);
		k.text("note", f.note(), 200, false);
		return k.problems;
	}

	/**
	 * The current (unarchived) appraisal entries of many people by person and year, for
	 * the import to update in place.
	 */
	Map<Long, Map<Integer, AppraisalEntry>> appraisalEntries(java.util.Collection<Long> staffIds) {
		Map<Long, Map<Integer, AppraisalEntry>> found = new LinkedHashMap<>();
		for (FileEntry<?> e : current(staffIds, FileCategory.APPRAISALS)) {
			AppraisalEntry a = (AppraisalEntry) e;
			if (a.data().year() != null) {
				found.computeIfAbsent(a.getStaffId(), k -> new LinkedHashMap<>()).put(a.data().year(), a);
			}
		}
		return found;
	}

	/**
	 * One batch of an appraisal import (personnelfile's sheet) for the people found: each
	 * row checked against the name and the file form's rules, then the year's current
	 * entry updated or one created, unless {@code writing} says a row already failed;
	 * created, updated and unchanged counted.
	 */
	int[] importAppraisals(Map<String, StaffMember> people, List<StaffManagement.AppraisalRow> batch, LocalDate today,
			StaffManagement.RowRefusal refuse, java.util.function.BooleanSupplier writing) {
		int[] counts = new int[3];
		Map<Long, Map<Integer, AppraisalEntry>> existing = appraisalEntries(
				people.values().stream().map(StaffMember::getId).toList());
		for (StaffManagement.AppraisalRow line : batch) {
			// Another unit's person reads as unknown: the importer may not learn of them.
			StaffMember m = line.idNumber() == null ? null : people.get(line.idNumber());
			if (m == null) {
				refuse.refuse(line.row(), "id_number", "staff.appraisalImport.person.unknown",
						new Object[] { line.idNumber() });
				continue;
			}
			if (!m.getName().equals(line.name())) {
				refuse.refuse(line.row(), "name", "staff.appraisalImport.name.mismatch",
						new Object[] { line.name(), line.idNumber() });
				continue;
			}
			List<Problem> problems = new ArrayList<>(checkAppraisal(m, line.form(), today));
			Integer year = line.form().year();
			if (year != null && year > today.getYear()) {
				problems.removeIf(p -> "year".equals(p.field()));
				problems.add(new Problem("year", "staff.appraisalImport.year.future", String.valueOf(year),
						String.valueOf(today.getYear())));
			}
			else if (year != null && m.getHireDate() != null && year < m.getHireDate().getYear()) {
				problems.removeIf(p -> "year".equals(p.field()));
				problems.add(new Problem("year", "staff.appraisalImport.year.beforeHire", String.valueOf(year),
						m.getHireDate().toString()));
			}
			if (!problems.isEmpty()) {
				problems.forEach(p -> refuse.refuse(line.row(), p.field(), p.messageKey(), p.args()));
				continue;
			}
			if (!writing.getAsBoolean()) {
				// Once a row failed nothing will be written: only check the rest.
				continue;
			}
			AppraisalEntry current = existing.getOrDefault(m.getId(), Map.of()).get(year);
			if (!importAppraisal(m, current, line.form())) {
				counts[2]++;
			}
			else {
				counts[current == null ? 0 : 1]++;
			}
		}
		// Keeps the persistence context to one batch however long the file.
		em.flush();
		em.clear();
		return counts;
	}

	/**
	 * Writes an imported appraisal, checked by the caller: a new entry, or the year's
	 * entry updated with the old and new values in the audit trail.
	 * @return whether anything changed
	 */
	boolean importAppraisal(StaffMember m, AppraisalEntry existing, AppraisalForm form) {
		String entity = entity(FileCategory.APPRAISALS);
		if (existing == null) {
			AppraisalEntry entry = new AppraisalEntry(m.getId(), form, Actor.current());
			em.persist(entry);
			audit.record(AuditAction.CREATE, entity, entry.getId(), m.getName(), Change.created(values(form)));
			return true;
		}
		List<Change> changes = Change.between(values(existing.data()), values(form));
		if (changes.isEmpty()) {
			return false;
		}
		existing.update(form, Actor.current());
		audit.record(AuditAction.UPDATE, entity, existing.getId(), m.getName(), changes);
		return true;
	}

	/** The checks every entry's values go through, collecting one problem per field. */
	private static final class Checks {

		final List<Problem> problems = new ArrayList<>();

		final LocalDate birth;

		final LocalDate today;

		Checks(LocalDate birth, LocalDate today) {
			this.birth = birth;
			this.today = today;
		}

		void required(String field, Object value) {
			if (value == null) {
				problems.add(new Problem(field, "staffFile.required"));
			}
		}

		void text(String field, String value, int max, boolean required) {
			if (value == null || value.isBlank()) {
				if (required) {
					problems.add(new Problem(field, "staffFile.required"));
				}
			}
			else if (value.length() > max) {
				problems.add(new Problem(field, "fileAudit.text.tooLong", max));
			}
		}

		void date(String field, LocalDate date, boolean required) {
			if (date == null) {
				if (required) {
					problems.add(new Problem(field, "staffFile.required"));
				}
			}
			else if (date.isAfter(today)) {
				problems.add(new Problem(field, "staff.date.future", date));
			}
			else if (date.isBefore(birth)) {
				problems.add(new Problem(field, "staff.date.beforeBirth", date, birth));
			}
		}

		void period(LocalDate start, LocalDate end) {
			date("startDate", start, true);
			date("endDate", end, false);
			if (start != null && end != null && end.isBefore(start)) {
				problems.add(new Problem("endDate", "staffFile.period.endBeforeStart", end, start));
			}
		}

	}

	// ---- shared

	static Map<String, Object> values(FileForm form) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (RecordComponent rc : form.getClass().getRecordComponents()) {
			try {
				values.put(rc.getName(), rc.getAccessor().invoke(form));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

	private static String entity(FileCategory c) {
		return "staff.file." + c.path();
	}

	// The controllers' @PreAuthorize admits either file permission; the category decides
	// which one.
	private static void requirePermission(String code) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth.getAuthorities().stream().noneMatch(a -> code.equals(a.getAuthority()))) {
			throw new AccessDeniedException(code);
		}
	}

}
