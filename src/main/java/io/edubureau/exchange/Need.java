package io.edubureau.exchange;

import io.edubureau.org.Stage;

/**
 * What a receiving school needs: teachers of a subject and stage ({@code null}: any).
 *
 * @param unitId the receiving school
 * @param subject the subject, or {@code null} for any
 * @param stage the stage, or {@code null} for any
 * @param count how many teachers
 */
record Need(Long unitId, String subject, Stage stage, Integer count) {
}
