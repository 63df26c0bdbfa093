package io.edubureau.staff;

/** Tier of the university a person graduated from. */
public enum SchoolTier {

	PROJECT_985, PROJECT_211, OTHER

}
