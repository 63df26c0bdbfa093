package io.edubureau.safety;

/** An uploaded scan (evidence, signed letter) for download. */
public record SafetyScan(String fileName, String contentType, byte[] content) {
}
