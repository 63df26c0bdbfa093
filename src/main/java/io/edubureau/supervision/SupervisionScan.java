package io.edubureau.supervision;

/** An uploaded evidence scan for download. */
record SupervisionScan(String fileName, String contentType, byte[] content) {
}
