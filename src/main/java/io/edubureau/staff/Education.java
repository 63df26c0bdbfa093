package io.edubureau.staff;

/** Highest education (最高学历), from the highest down. */
public enum Education {

	DOCTORATE, MASTER, BACHELOR, ASSOCIATE, SECONDARY_NORMAL, HIGH_SCHOOL_OR_BELOW

}
