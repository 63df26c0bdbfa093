package io.edubureau.personnelfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.staff.PersonnelFileView;
import io.edubureau.staff.StaffView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The personnel file's special audit (档案专项审核, 三龄两历一身份): the automatic checks on a
 * person's record and file entries, and the auditors' signed conclusions, kept as
 * history. Callers have already found the person in their data scope.
 */
@Component
class FileAudits {

	private final FileAuditRepository conclusions;

	private final AuditManagement audit;

	private final int workGapMonths;

	FileAudits(FileAuditRepository conclusions, AuditManagement audit,
			@Value("${edubureau.staff.work-gap-months:6}") int workGapMonths) {
		this.conclusions = conclusions;
		this.audit = audit;
		this.workGapMonths = workGapMonths;
	}

	List<Discrepancy> checks(StaffView person, PersonnelFileView file, LocalDate today) {
		List<Discrepancy> found = new ArrayList<>(FileCheck.run(person, today));
		found.addAll(FileCheck.entries(file, workGapMonths));
		return found;
	}

	List<FileAuditView> of(long staffId) {
		return conclusions.findByStaffIdOrderBySignedAtDesc(staffId).stream().map(FileAuditConclusion::toView).toList();
	}

	FileAuditView conclude(StaffView person, FileAuditForm form, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (form.confirmedBirthDate() == null) {
			problems.add(new Problem("confirmedBirthDate", "fileAudit.birthDate.required"));
		}
		else if (form.confirmedBirthDate().isAfter(today)) {
			problems.add(new Problem("confirmedBirthDate", "staff.date.future", form.confirmedBirthDate()));
		}
		LocalDate birth = form.confirmedBirthDate() == null ? person.birthDate() : form.confirmedBirthDate();
		checkDate(problems, "confirmedWorkStartDate", form.confirmedWorkStartDate(), birth, today);
		checkDate(problems, "confirmedPartyJoinDate", form.confirmedPartyJoinDate(), birth, today);
		if (form.evidence() == null) {
			problems.add(new Problem("evidence", "fileAudit.evidence.required"));
		}
		for (String[] text : new String[][] { { "education", form.education(), "500" },
				{ "identity", form.identity(), "500" }, { "evidence", form.evidence(), "1000" } }) {
			if (text[1] != null && text[1].length() > Integer.parseInt(text[2])) {
				problems.add(new Problem(text[0], "fileAudit.text.tooLong", Integer.parseInt(text[2])));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		FileAuditConclusion c = conclusions.save(new FileAuditConclusion(person.id(), form, Actor.current()));
		Map<String, Object> signed = new LinkedHashMap<>();
		signed.put("confirmedBirthDate", form.confirmedBirthDate());
		signed.put("confirmedWorkStartDate", form.confirmedWorkStartDate());
		signed.put("confirmedPartyJoinDate", form.confirmedPartyJoinDate());
		signed.put("education", form.education());
		signed.put("identity", form.identity());
		signed.put("evidence", form.evidence());
		audit.record(AuditAction.CREATE, "staff.fileAudit", c.toView().id(), person.name(), Change.created(signed));
		return c.toView();
	}

	// As staff checks the dates of a record: not in the future, not before birth.
	private static void checkDate(List<Problem> problems, String field, LocalDate date, LocalDate birth,
			LocalDate today) {
		if (date == null) {
			return;
		}
		if (date.isAfter(today)) {
			problems.add(new Problem(field, "staff.date.future", date));
		}
		else if (birth != null && date.isBefore(birth)) {
			problems.add(new Problem(field, "staff.date.beforeBirth", date, birth));
		}
	}

}
