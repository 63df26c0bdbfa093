package io.edubureau.students;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import io.edubureau.platform.JdbcRows;

import org.springframework.stereotype.Component;

/**
 * Writes new students and their enrolment events in JDBC batches in the current
 * transaction, for the import: the students are built by the entity's own constructor and
 * never persisted as entities, so nothing is dirty-checked or kept in the persistence
 * context. Each enrolment event names the import batch.
 */
@Component
class StudentRows {

	private static final String[] STUDENT_COLUMNS = { "id", "id_number", "temporary_number", "name", "sex",
			"birth_date", "household", "left_behind", "migrant", "boarder", "disability", "guardian_name",
			"guardian_phone", "unit_id", "unit_path", "stage", "grade", "class_name", "entry_date", "status",
			"status_since", "updated_by", "updated_at", "version" };

	private static final String[] EVENT_COLUMNS = { "id", "student_id", "kind", "occurred_on", "from_status",
			"to_status", "unit_id", "other_unit_id", "grade", "note", "actor", "recorded_at", "import_batch" };

	private final EntityManager entityManager;

	StudentRows(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Inserts the students, then an enrolment event of each naming {@code batch}.
	 * @return the students' ids, in order
	 */
	long[] insert(List<Student> students, String batch, String by, Instant at) {
		long[] ids = JdbcRows.ids(entityManager, Student.class, "students_seq", students.size());
		JdbcRows.insertBatched(entityManager, "students_student", STUDENT_COLUMNS, students.size(), i -> {
			Student s = students.get(i);
			return new Object[] { ids[i], s.getIdNumber(), s.isTemporaryNumber(), s.getName(), s.getSex(),
					s.getBirthDate(), s.getHousehold(), s.isLeftBehind(), s.isMigrant(), s.isBoarder(),
					s.getDisability(), s.getGuardianName(), s.getGuardianPhone(), s.getUnitId(), s.getUnitPath(),
					s.getStage(), s.getGrade(), s.getClassName(), s.getEntryDate(), s.getStatus(), s.getStatusSince(),
					by, at, 0L };
		});
		long[] eventIds = JdbcRows.ids(entityManager, StudentEvent.class, "students_seq", students.size());
		JdbcRows.insertBatched(entityManager, "students_event", EVENT_COLUMNS, students.size(), i -> {
			Student s = students.get(i);
			return new Object[] { eventIds[i], ids[i], EventKind.ENROLMENT, s.getEntryDate(), null,
					StudentStatus.ENROLLED, s.getUnitId(), null, s.getGrade(), null, by, at, batch };
		});
		return ids;
	}

}
