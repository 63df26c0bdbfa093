package io.edubureau.org;

/**
 * Students and classes of one stage in one school year (2025 = school year 2025–2026).
 */
public record EnrolmentView(int schoolYear, Stage stage, int students, int classes) {
}
