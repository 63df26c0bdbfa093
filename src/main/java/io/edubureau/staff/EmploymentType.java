package io.edubureau.staff;

/** Employment type (用工形式). */
public enum EmploymentType {

	IN_ESTABLISHMENT, CONTRACT, SUBSTITUTE, AGENCY, RETIREE_LECTURER

}
