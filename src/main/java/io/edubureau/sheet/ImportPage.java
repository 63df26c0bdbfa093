package io.edubureau.sheet;

/**
 * What the shared import page ({@code templates/sheet/import.html}) needs to know of a
 * module.
 *
 * @param base the import path, e.g. {@code /org/units/import} (the upload, templates and
 * jobs live below it)
 * @param messagePrefix the module's import messages, e.g. {@code org.import}
 * ({@code .title}, {@code .upload}, {@code .help}, {@code .rule.<column>})
 * @param backUrl the list the breadcrumb leads back to
 * @param backLabelKey the message naming that list
 */
public record ImportPage(String base, String messagePrefix, String backUrl, String backLabelKey) {
}
