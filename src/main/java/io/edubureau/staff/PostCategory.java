package io.edubureau.staff;

/** Post category (岗位类别): professional-technical, management, support. */
public enum PostCategory {

	PROFESSIONAL, MANAGEMENT, SUPPORT

}
