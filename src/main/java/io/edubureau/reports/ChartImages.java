package io.edubureau.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import org.springframework.stereotype.Component;

/**
 * Draws the summary's charts as PNG images for DOCX, PDF and HTML exports, with the
 * bundled CJK fonts so no label turns into boxes, whatever fonts the server has.
 */
@Component
class ChartImages {

	static final int WIDTH = 960;

	static final int HEIGHT = 480;

	private static final Color[] COLOURS = { new Color(0x2f6db5), new Color(0xe0823d), new Color(0x4c9a6a),
			new Color(0xb5485f) };

	// DecimalFormat("#;#") still prints the minus sign: a negative pattern equal to the
	// positive one counts as none.
	private static final NumberFormat UNSIGNED = new NumberFormat() {

		@Override
		public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
			return to.append(Math.round(Math.abs(number)));
		}

		@Override
		public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
			return to.append(Math.abs(number));
		}

		@Override
		public Number parse(String source, ParsePosition pos) {
			return null;
		}

	};

	private final ReportFont font;

	ChartImages(ReportFont font) {
		this.font = font;
	}

	byte[] png(SummaryChart chart) {
		JFreeChart image = switch (chart.kind()) {
			case PYRAMID -> pyramid(chart);
			case BAR, COMPARISON -> bars(chart);
		};
		image.setBackgroundPaint(Color.WHITE);
		image.getTitle().setFont(font(Font.BOLD, 28f, List.of(chart.title())));
		image.setPadding(new RectangleInsets(8, 16, 8, 16));
		if (image.getLegend() != null) {
			image.getLegend()
				.setItemFont(font(Font.PLAIN, 20f, chart.series().stream().map(SummaryChart.Series::name).toList()));
		}
		CategoryPlot plot = image.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		CategoryAxis domain = plot.getDomainAxis();
		domain.setTickLabelFont(font(Font.PLAIN, 20f, chart.categories()));
		// Long labels wrap onto three lines rather than end in "...".
		domain.setMaximumCategoryLabelLines(3);
		domain.setMaximumCategoryLabelWidthRatio(1.0f);
		domain.setCategoryMargin(0.15);
		NumberAxis range = (NumberAxis) plot.getRangeAxis();
		range.setTickLabelFont(font(Font.PLAIN, 18f, List.of("0123456789")));
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		if (chart.kind() == SummaryChart.Kind.PYRAMID) {
			// Men are drawn to the left as negative values; the axis shows them unsigned.
			range.setNumberFormatOverride(UNSIGNED);
		}
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.12);
		for (int i = 0; i < chart.series().size(); i++) {
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
		}
		BufferedImage picture = image.createBufferedImage(WIDTH, HEIGHT);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(picture, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// Java 2D draws a string in one font without glyph fallback: the first bundled face
	// that has every character of the texts (the serif has CJK, Latin and digits), never
	// the platform's fonts, which may have no CJK at all.
	Font font(int style, float size, List<String> texts) {
		List<Font> faces = font.faces(style, size);
		for (Font face : faces) {
			if (texts.stream().allMatch(t -> t == null || face.canDisplayUpTo(t) == -1)) {
				return face;
			}
		}
		return faces.get(0);
	}

	private JFreeChart bars(SummaryChart chart) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (SummaryChart.Series s : chart.series()) {
			for (int i = 0; i < chart.categories().size(); i++) {
				data.addValue(number(s.values().get(i)), s.name(), chart.categories().get(i));
			}
		}
		return ChartFactory.createBarChart(chart.title(), null, null, data, PlotOrientation.VERTICAL,
				chart.series().size() > 1, false, false);
	}

	private JFreeChart pyramid(SummaryChart chart) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int si = 0; si < chart.series().size(); si++) {
			SummaryChart.Series s = chart.series().get(si);
			// Oldest on top: horizontal bars list the first category at the top.
			for (int i = chart.categories().size() - 1; i >= 0; i--) {
				Number n = number(s.values().get(i));
				data.addValue(si == 0 ? -n.doubleValue() : n.doubleValue(), s.name(), chart.categories().get(i));
			}
		}
		return ChartFactory.createStackedBarChart(chart.title(), null, null, data, PlotOrientation.HORIZONTAL, true,
				false, false);
	}

	private static Number number(BigDecimal value) {
		return value == null ? 0 : value;
	}

}
