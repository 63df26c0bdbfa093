package io.edubureau.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import org.springframework.stereotype.Component;

/**
 * Draws the summary's charts as PNG images for DOCX, PDF and HTML exports, with the
 * bundled CJK font so Chinese labels never turn into boxes.
 */
@Component
class ChartImages {

	static final int WIDTH = 960;

	static final int HEIGHT = 480;

	private static final Color[] COLOURS = { new Color(0x2f6db5), new Color(0xe0823d), new Color(0x4c9a6a),
			new Color(0xb5485f) };

	private final ReportFont font;

	ChartImages(ReportFont font) {
		this.font = font;
	}

	byte[] png(SummaryChart chart) {
		JFreeChart image = switch (chart.kind()) {
			case PYRAMID -> pyramid(chart);
			case BAR, COMPARISON -> bars(chart);
		};
		theme().apply(image);
		image.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = image.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		for (int i = 0; i < chart.series().size(); i++) {
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
		}
		if (chart.kind() == SummaryChart.Kind.PYRAMID) {
			// Men are drawn to the left as negative values; the axis shows them unsigned.
			((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new DecimalFormat("#;#"));
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
			for (int i = 0; i < chart.categories().size(); i++) {
				Number n = number(s.values().get(i));
				data.addValue(si == 0 ? -n.doubleValue() : n.doubleValue(), s.name(), chart.categories().get(i));
			}
		}
		return ChartFactory.createStackedBarChart(chart.title(), null, null, data, PlotOrientation.HORIZONTAL, true,
				false, false);
	}

	private StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("EduBureau");
		theme.setExtraLargeFont(font.font(Font.BOLD, 22f));
		theme.setLargeFont(font.font(Font.PLAIN, 16f));
		theme.setRegularFont(font.font(Font.PLAIN, 14f));
		theme.setSmallFont(font.font(Font.PLAIN, 12f));
		return theme;
	}

	private static Number number(BigDecimal value) {
		return value == null ? 0 : value;
	}

}
