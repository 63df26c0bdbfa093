package io.edubureau.training;

/** A training certificate's scan for download. */
public record CertificateFile(String fileName, String contentType, byte[] content) {

}
