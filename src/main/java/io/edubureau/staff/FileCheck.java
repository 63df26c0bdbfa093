package io.edubureau.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic checks of the personnel-file special audit (三龄两历一身份) on the dates a
 * record holds; each discrepancy names the values in conflict.
 */
enum FileCheck {

	WORK_START_BEFORE_16, PARTY_JOIN_BEFORE_18, HIRE_BEFORE_WORK_START, TITLE_BEFORE_WORK_START,
	PARTY_JOIN_BEFORE_BIRTH_OR_FUTURE,

	// Checks on the file's category entries (PersonnelFile).
	EDUCATION_OVERLAP, EDUCATION_ORDER, WORK_OVERLAP, WORK_GAP, TITLE_BEFORE_CERTIFICATE;

	static final int MIN_WORK_AGE = 16;

	static final int MIN_PARTY_AGE = 18;

	static List<Discrepancy> run(StaffMember m, LocalDate today) {
		List<Discrepancy> found = new ArrayList<>();
		LocalDate birth = m.getBirthDate();
		LocalDate work = m.getWorkStartDate();
		if (work != null && work.isBefore(birth.plusYears(MIN_WORK_AGE))) {
			found.add(new Discrepancy(WORK_START_BEFORE_16, "workStartDate", work.toString(), birth.toString(),
					MIN_WORK_AGE));
		}
		LocalDate party = m.getPartyJoinDate();
		if (party != null && (party.isBefore(birth) || party.isAfter(today))) {
			found.add(new Discrepancy(PARTY_JOIN_BEFORE_BIRTH_OR_FUTURE, "partyJoinDate", party.toString(),
					birth.toString(), 0));
		}
		else if (party != null && party.isBefore(birth.plusYears(MIN_PARTY_AGE))) {
			found.add(new Discrepancy(PARTY_JOIN_BEFORE_18, "partyJoinDate", party.toString(), birth.toString(),
					MIN_PARTY_AGE));
		}
		if (work != null && m.getHireDate() != null && m.getHireDate().isBefore(work)) {
			found.add(new Discrepancy(HIRE_BEFORE_WORK_START, "hireDate", m.getHireDate().toString(), work.toString(),
					0));
		}
		if (work != null && m.getTitleDate() != null && m.getTitleDate().isBefore(work)) {
			found.add(new Discrepancy(TITLE_BEFORE_WORK_START, "titleDate", m.getTitleDate().toString(),
					work.toString(), 0));
		}
		return found;
	}

}
