package io.edubureau.sheet;

/**
 * An upload larger than {@code edubureau.sheet.max-file-bytes}: answered with 413 by the
 * API and a message on pages, like an upload the servlet container refuses.
 */
class SheetTooLarge extends RuntimeException {

	private final long maxBytes;

	SheetTooLarge(long maxBytes) {
		super("upload larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	long maxBytes() {
		return maxBytes;
	}

}
