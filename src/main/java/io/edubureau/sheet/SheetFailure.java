package io.edubureau.sheet;

/**
 * A file that cannot be read on: wrong format, over a limit, unreadable. Reported as one
 * error of the import, never as a server error.
 */
class SheetFailure extends RuntimeException {

	private final int row;

	private final String messageKey;

	private final transient Object[] args;

	SheetFailure(int row, String messageKey, Object... args) {
		super(messageKey);
		this.row = row;
		this.messageKey = messageKey;
		this.args = args;
	}

	static SheetFailure file(String messageKey, Object... args) {
		return new SheetFailure(0, messageKey, args);
	}

	int row() {
		return row;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] args() {
		return args;
	}

}
