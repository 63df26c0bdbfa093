package io.edubureau.reports;

/**
 * An exported summary.
 *
 * @param fileName the download's file name
 * @param contentType its media type
 * @param content the bytes
 */
record SummaryFile(String fileName, String contentType, byte[] content) {
}
