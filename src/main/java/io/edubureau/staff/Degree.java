package io.edubureau.staff;

/** Academic degree (学位) earned in one stage of education. */
public enum Degree {

	NONE, BACHELOR, MASTER, DOCTORATE

}
