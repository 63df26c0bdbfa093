package io.edubureau.personnelfile;

/** A material's scan for download. */
public record MaterialFile(String fileName, String contentType, byte[] content) {

}
