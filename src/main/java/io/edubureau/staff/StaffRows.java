package io.edubureau.staff;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import io.edubureau.platform.JdbcRows;

import org.springframework.stereotype.Component;

/**
 * Writes new people and their first events in bulk in the current transaction, for the
 * import: the member and event objects are built by the entities' own code
 * ({@link StaffMember#apply}, {@link StaffMember#record}) and never persisted as
 * entities, so nothing is dirty-checked or kept in the persistence context.
 */
@Component
class StaffRows {

	private static final String[] MEMBER_COLUMNS = { "id", "id_number", "name", "former_names", "sex", "birth_date",
			"ethnicity", "native_place", "political_status", "party_join_date", "work_start_date", "phone", "unit_id",
			"unit_path", "employment_type", "post_category", "full_time_teacher", "stage", "subject", "backbone",
			"academic_leader", "hire_date", "hire_channel", "highest_education", "graduate_school_tier", "title_level",
			"title_date", "original_retirement_age", "status", "status_date", "merged_into_id", "created_at",
			"updated_at", "version" };

	private static final String[] EVENT_COLUMNS = { "id", "member_id", "kind", "occurred_on", "from_unit_id",
			"to_unit_id", "note", "ends_on", "related_staff_id", "recorded_by", "recorded_at", "source" };

	private static final String[] TITLE_COLUMNS = { "id", "staff_id", "level", "obtained_on", "appointed_on",
			"archived", "updated_by", "updated_at", "version", "source" };

	private final EntityManager entityManager;

	StaffRows(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Inserts the members, then their events.
	 * @return the members' ids, in order
	 */
	long[] insert(List<StaffMember> members) {
		long[] ids = JdbcRows.ids(entityManager, StaffMember.class, "staff_member_seq", members.size());
		JdbcRows.insert(entityManager, "staff_member", MEMBER_COLUMNS, members.size(), i -> {
			StaffMember m = members.get(i);
			return new Object[] { ids[i], m.getIdNumber(), m.getName(), m.getFormerNames(), m.getSex(),
					m.getBirthDate(), m.getEthnicity(), m.getNativePlace(), m.getPoliticalStatus(),
					m.getPartyJoinDate(), m.getWorkStartDate(), m.getPhone(), m.getUnitId(), m.getUnitPath(),
					m.getEmploymentType(), m.getPostCategory(), m.isFullTimeTeacher(), m.getStage(), m.getSubject(),
					m.isBackbone(), m.isAcademicLeader(), m.getHireDate(), m.getHireChannel(), m.getHighestEducation(),
					m.getGraduateSchoolTier(), m.getTitleLevel(), m.getTitleDate(), m.getOriginalRetirementAge(),
					m.getStatus(), m.getStatusDate(), m.getMergedIntoId(), m.getCreatedAt(), m.getUpdatedAt(),
					m.getVersion() };
		});
		List<Long> owners = new ArrayList<>();
		List<StaffEvent> events = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			for (StaffEvent e : members.get(i).getEvents()) {
				owners.add(ids[i]);
				events.add(e);
			}
		}
		long[] eventIds = JdbcRows.ids(entityManager, StaffEvent.class, "staff_event_seq", events.size());
		JdbcRows.insert(entityManager, "staff_event", EVENT_COLUMNS, events.size(), i -> {
			StaffEvent e = events.get(i);
			return new Object[] { eventIds[i], owners.get(i), e.getKind(), e.getOccurredOn(), e.getFromUnitId(),
					e.getToUnitId(), e.getNote(), e.getEndsOn(), e.getRelatedStaffId(), e.getRecordedBy(),
					e.getRecordedAt(), e.getSource() };
		});
		return ids;
	}

	/**
	 * Inserts a title entry per person (the level and date on their record).
	 * @return the entries' ids, in order
	 */
	long[] insertTitles(List<Long> owners, List<StaffMember> members, String by, String source) {
		long[] ids = JdbcRows.ids(entityManager, TitleEntry.class, "staff_file_entry_seq", members.size());
		java.time.Instant now = java.time.Instant.now();
		JdbcRows.insert(entityManager, "staff_title", TITLE_COLUMNS, members.size(), i -> {
			StaffMember m = members.get(i);
			return new Object[] { ids[i], owners.get(i), m.getTitleLevel(), m.getTitleDate(), null, false, by, now, 0L,
					source };
		});
		return ids;
	}

}
