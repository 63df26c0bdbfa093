package io.edubureau.staff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a file a teacher edits themselves, as the national teacher system allows:
 * basic information, education and contact.
 */
public record SelfServiceForm(String formerNames, String ethnicity, String nativePlace, PoliticalStatus politicalStatus,
		LocalDate partyJoinDate, LocalDate workStartDate, String phone, Education highestEducation,
		SchoolTier graduateSchoolTier) {

	public SelfServiceForm {
		formerNames = blankToNull(formerNames);
		ethnicity = blankToNull(ethnicity);
		nativePlace = blankToNull(nativePlace);
		phone = blankToNull(phone);
	}

	static SelfServiceForm of(StaffMember m) {
		return new SelfServiceForm(m.getFormerNames(), m.getEthnicity(), m.getNativePlace(), m.getPoliticalStatus(),
				m.getPartyJoinDate(), m.getWorkStartDate(), m.getPhone(), m.getHighestEducation(),
				m.getGraduateSchoolTier());
	}

	/** The values a person's file holds now, for the form and the reviewer's diff. */
	public static SelfServiceForm of(StaffView v) {
		return new SelfServiceForm(v.formerNames(), v.ethnicity(), v.nativePlace(), v.politicalStatus(),
				v.partyJoinDate(), v.workStartDate(), v.phone(), v.highestEducation(), v.graduateSchoolTier());
	}

	/** Field by field, for the diff the reviewer sees and the audit trail. */
	public Map<String, Object> values() {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("formerNames", formerNames);
		v.put("ethnicity", ethnicity);
		v.put("nativePlace", nativePlace);
		v.put("politicalStatus", politicalStatus);
		v.put("partyJoinDate", partyJoinDate);
		v.put("workStartDate", workStartDate);
		v.put("phone", phone);
		v.put("highestEducation", highestEducation);
		v.put("graduateSchoolTier", graduateSchoolTier);
		return v;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
