package io.edubureau.sheet;

/**
 * An upload larger than {@code edubureau.sheet.max-file-bytes}, or than the database
 * server can store (see {@link StoredFileLimit}): answered with 413 by the API and a
 * message on pages, like an upload the servlet container refuses.
 */
class SheetTooLarge extends RuntimeException {

	private final long maxBytes;

	private final boolean databaseLimit;

	SheetTooLarge(long maxBytes) {
		this(maxBytes, false);
	}

	/**
	 * @param databaseLimit whether the limit is the database server's, lower than the
	 * configured one
	 */
	SheetTooLarge(long maxBytes, boolean databaseLimit) {
		super("upload larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
		this.databaseLimit = databaseLimit;
	}

	long maxBytes() {
		return maxBytes;
	}

	boolean databaseLimit() {
		return databaseLimit;
	}

}
