package io.edubureau.personnelfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.edubureau.staff.CertificateForm;
import io.edubureau.staff.EducationForm;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.PersonnelFileView;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleForm;
import io.edubureau.staff.TitleLevel;
import io.edubureau.staff.WorkForm;

/**
 * The automatic checks of the personnel-file special audit (三龄两历一身份) on the dates a
 * record holds; each discrepancy names the values in conflict.
 */
enum FileCheck {

	WORK_START_BEFORE_16, PARTY_JOIN_BEFORE_18, HIRE_BEFORE_WORK_START, TITLE_BEFORE_WORK_START,
	PARTY_JOIN_BEFORE_BIRTH_OR_FUTURE,

	// Checks on the file's category entries (read through StaffManagement.personnelFile).
	EDUCATION_OVERLAP, EDUCATION_ORDER, WORK_OVERLAP, WORK_GAP, TITLE_BEFORE_CERTIFICATE;

	static final int MIN_WORK_AGE = 16;

	static final int MIN_PARTY_AGE = 18;

	static List<Discrepancy> run(StaffView m, LocalDate today) {
		List<Discrepancy> found = new ArrayList<>();
		LocalDate birth = m.birthDate();
		LocalDate work = m.workStartDate();
		if (work != null && work.isBefore(birth.plusYears(MIN_WORK_AGE))) {
			found.add(new Discrepancy(WORK_START_BEFORE_16, "workStartDate", work.toString(), birth.toString(),
					MIN_WORK_AGE));
		}
		LocalDate party = m.partyJoinDate();
		if (party != null && (party.isBefore(birth) || party.isAfter(today))) {
			found.add(new Discrepancy(PARTY_JOIN_BEFORE_BIRTH_OR_FUTURE, "partyJoinDate", party.toString(),
					birth.toString(), 0));
		}
		else if (party != null && party.isBefore(birth.plusYears(MIN_PARTY_AGE))) {
			found.add(new Discrepancy(PARTY_JOIN_BEFORE_18, "partyJoinDate", party.toString(), birth.toString(),
					MIN_PARTY_AGE));
		}
		if (work != null && m.hireDate() != null && m.hireDate().isBefore(work)) {
			found.add(new Discrepancy(HIRE_BEFORE_WORK_START, "hireDate", m.hireDate().toString(), work.toString(), 0));
		}
		if (work != null && m.titleDate() != null && m.titleDate().isBefore(work)) {
			found.add(new Discrepancy(TITLE_BEFORE_WORK_START, "titleDate", m.titleDate().toString(), work.toString(),
					0));
		}
		return found;
	}

	/**
	 * The checks on the file's current (unarchived) entries: full-time study overlapping,
	 * a higher level begun before a lower one, work periods overlapping or apart by more
	 * than {@code workGapMonths}, a title obtained before the first certificate.
	 */
	static List<Discrepancy> entries(PersonnelFileView file, int workGapMonths) {
		List<Discrepancy> found = new ArrayList<>();
		List<EducationForm> education = current(file, FileCategory.EDUCATION);
		List<EducationForm> fullTime = education.stream()
			.filter(e -> Boolean.TRUE.equals(e.fullTime()) && e.startDate() != null)
			.sorted(Comparator.comparing(EducationForm::startDate))
			.toList();
		for (int i = 0; i < fullTime.size(); i++) {
			for (int j = i + 1; j < fullTime.size(); j++) {
				EducationForm a = fullTime.get(i);
				EducationForm b = fullTime.get(j);
				if (a.endDate() == null || !b.startDate().isAfter(a.endDate())) {
					found.add(new Discrepancy(EDUCATION_OVERLAP, "education", describe(b), describe(a), 0));
				}
			}
		}
		for (EducationForm lower : education) {
			for (EducationForm higher : education) {
				if (lower.level() != null && higher.level() != null && lower.startDate() != null
						&& higher.startDate() != null && higher.level().ordinal() < lower.level().ordinal()
						&& higher.startDate().isBefore(lower.startDate())) {
					found.add(new Discrepancy(EDUCATION_ORDER, "education", describe(higher), describe(lower), 0));
				}
			}
		}
		List<WorkForm> work = FileCheck.<WorkForm>current(file, FileCategory.WORK_HISTORY)
			.stream()
			.filter(w -> w.startDate() != null)
			.sorted(Comparator.comparing(WorkForm::startDate))
			.toList();
		// Compare each period with the one that, so far, reaches furthest.
		WorkForm reach = null;
		for (WorkForm w : work) {
			if (reach != null) {
				if (reach.endDate() == null || !w.startDate().isAfter(reach.endDate())) {
					found.add(new Discrepancy(WORK_OVERLAP, "workHistory", describe(w), describe(reach), 0));
				}
				else if (w.startDate().isAfter(reach.endDate().plusMonths(workGapMonths))) {
					found.add(new Discrepancy(WORK_GAP, "workHistory", describe(w), describe(reach), workGapMonths));
				}
			}
			if (reach == null
					|| (reach.endDate() != null && (w.endDate() == null || w.endDate().isAfter(reach.endDate())))) {
				reach = w;
			}
		}
		LocalDate firstCertificate = FileCheck.<CertificateForm>current(file, FileCategory.CERTIFICATES)
			.stream()
			.map(CertificateForm::issuedOn)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		if (firstCertificate != null) {
			for (TitleForm t : FileCheck.<TitleForm>current(file, FileCategory.TITLES)) {
				if (t.level() != null && t.level() != TitleLevel.NONE && t.obtainedOn() != null
						&& t.obtainedOn().isBefore(firstCertificate)) {
					found.add(new Discrepancy(TITLE_BEFORE_CERTIFICATE, "titles", t.obtainedOn().toString(),
							firstCertificate.toString(), 0));
				}
			}
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private static <F> List<F> current(PersonnelFileView file, FileCategory c) {
		return file.entries()
			.getOrDefault(c, List.of())
			.stream()
			.filter(e -> !e.archived())
			.map(e -> (F) e.data())
			.toList();
	}

	private static String describe(EducationForm e) {
		return e.school() + " " + e.startDate() + "~" + (e.endDate() == null ? "" : e.endDate());
	}

	private static String describe(WorkForm w) {
		return w.unit() + " " + w.startDate() + "~" + (w.endDate() == null ? "" : w.endDate());
	}

}
