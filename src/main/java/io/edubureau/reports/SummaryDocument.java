package io.edubureau.reports;

import java.util.List;

/**
 * The annual work summary as written for one year, unit subtree and language, ready to be
 * shown on the page or exported; every text in it is plain text, escaped by whoever
 * renders it.
 *
 * @param year the calendar year
 * @param language {@code zh} or {@code en}
 * @param unitName the unit subtree's name, or {@code null} for the user's whole scope
 * @param title the document's title
 * @param subtitle the line under the title (scope, computed or frozen at)
 * @param frozen whether the figures are the year's frozen snapshot
 * @param parts the parts with data, in order
 * @param signature the unit that signs the document (落款), or {@code null} when the scope
 * has no single unit
 * @param date the date under the signature, written as the language writes a date
 */
public record SummaryDocument(int year, String language, String unitName, String title, String subtitle, boolean frozen,
		List<Part> parts, String signature, String date) {

	public SummaryDocument {
		parts = List.copyOf(parts);
	}

	/** Every chart of the document, in order. */
	public List<SummaryChart> charts() {
		return parts.stream().flatMap(p -> p.charts().stream()).toList();
	}

	/**
	 * One part of the summary.
	 *
	 * @param section which part
	 * @param heading the heading, numbered
	 * @param paragraphs the text with its figures filled in
	 * @param items list items (the next year's targets)
	 * @param charts the part's charts
	 */
	public record Part(SummarySection section, String heading, List<String> paragraphs, List<String> items,
			List<SummaryChart> charts) {

		public Part {
			paragraphs = List.copyOf(paragraphs);
			items = List.copyOf(items);
			charts = List.copyOf(charts);
		}

		public int level() {
			return section.level();
		}

		/**
		 * The charts that sit after the paragraph: those placed there, and after the last
		 * paragraph those placed nowhere in particular.
		 */
		public List<SummaryChart> chartsAfter(int paragraph) {
			int last = paragraphs.size() - 1;
			return charts.stream()
				.filter(c -> c.afterParagraph() == paragraph
						|| paragraph == last && (c.afterParagraph() < 0 || c.afterParagraph() > last))
				.toList();
		}

	}

}
