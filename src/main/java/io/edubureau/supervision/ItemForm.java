package io.edubureau.supervision;

import java.time.LocalDate;

/**
 * A finding of a visit to be put right: the indicator (optional), what was found, who
 * answers for it, and by when (when omitted, the rectification period counted from the
 * visit day).
 */
record ItemForm(String indicator, String finding, String responsiblePerson, LocalDate deadline) {
}
