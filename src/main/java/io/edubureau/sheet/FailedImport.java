package io.edubureau.sheet;

import java.time.Instant;

/**
 * A refused import of the signed-in user, kept for the retention time.
 *
 * @param filename the uploaded file's name
 * @param dryRun whether it was only a check
 * @param errors how many errors it reported
 * @param page the import page showing its errors, or {@code null} when it was not started
 * from one
 * @param finishedAt when it finished
 */
public record FailedImport(String filename, boolean dryRun, int errors, String page, Instant finishedAt) {
}
