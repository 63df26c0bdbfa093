package io.edubureau.reports;

import java.util.Arrays;
import java.util.Locale;

import io.edubureau.platform.Rejection;

/** The files the annual summary is exported as. */
enum SummaryFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf"),
	HTML("text/html;charset=UTF-8");

	private final String contentType;

	SummaryFormat(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return contentType;
	}

	String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads {@code docx}, {@code pdf} or {@code html}; anything else is a bad request.
	 */
	static SummaryFormat parse(String text) {
		return Arrays.stream(values())
			.filter(f -> f.extension().equalsIgnoreCase(text == null ? "" : text.strip()))
			.findFirst()
			.orElseThrow(() -> Rejection.malformed("format", "reports.summary.format", String.valueOf(text)));
	}

}
