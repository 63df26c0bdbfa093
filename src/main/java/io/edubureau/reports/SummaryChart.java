package io.edubureau.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * One chart of the summary, drawn by ECharts on the page and as a PNG image in DOCX, PDF
 * and HTML exports.
 *
 * @param id stable id, used as the element id on the page
 * @param title the chart's title in the document's language
 * @param kind bars, an age pyramid, or this year against last year
 * @param categories the category labels
 * @param series one or more series, each with one value per category
 * @param afterParagraph the index of the part's paragraph the chart illustrates, so it
 * sits right after it ({@code -1}: after the last)
 */
public record SummaryChart(String id, String title, Kind kind, List<String> categories, List<Series> series,
		int afterParagraph) {

	public SummaryChart {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
	}

	/** A chart placed after the part's last paragraph. */
	public SummaryChart(String id, String title, Kind kind, List<String> categories, List<Series> series) {
		this(id, title, kind, categories, series, -1);
	}

	/** The same chart placed after the paragraph. */
	SummaryChart after(int paragraph) {
		return new SummaryChart(id, title, kind, categories, series, paragraph);
	}

	/** How the chart is drawn. */
	public enum Kind {

		BAR, PYRAMID, COMPARISON

	}

	/**
	 * One named row of values.
	 *
	 * @param name the legend label
	 * @param values one value per category
	 */
	public record Series(String name, List<BigDecimal> values) {

		public Series {
			values = List.copyOf(values);
		}

	}

}
