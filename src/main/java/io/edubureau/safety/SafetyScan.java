package io.edubureau.safety;

/** An uploaded scan (evidence, signed letter) for download. */
record SafetyScan(String fileName, String contentType, byte[] content) {
}
