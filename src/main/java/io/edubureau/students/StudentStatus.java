package io.edubureau.students;

/** A student's standing in the register: 在校, 转出, 休学, 辍学, 毕业, 死亡. */
public enum StudentStatus {

	ENROLLED, TRANSFERRED_OUT, SUSPENDED, DROPPED_OUT, GRADUATED, DECEASED;

	/** Whether the student still counts at a school. */
	public boolean active() {
		return this == ENROLLED || this == SUSPENDED;
	}

}
