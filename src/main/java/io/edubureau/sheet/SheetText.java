package io.edubureau.sheet;

import java.util.Locale;

/** Text rules shared by headers and cells: what counts as space, how headers compare. */
final class SheetText {

	private SheetText() {
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
	}

	/**
	 * Strips ordinary, full-width (U+3000) and non-breaking spaces and a stray BOM from
	 * both ends.
	 */
	static String strip(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isSpace(s.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	/**
	 * The form headers and choices are compared in: no spaces of any width, no
	 * underscores, hyphens or required-markers, lower case. "Parent Code", "parent_code"
	 * and " PARENT-CODE* " all match.
	 */
	static String key(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!isSpace(c) && c != '_' && c != '-' && c != '*' && c != '＊') {
				b.append(c);
			}
		}
		return b.toString().toLowerCase(Locale.ROOT);
	}

}
