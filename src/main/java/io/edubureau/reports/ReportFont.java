package io.edubureau.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

/**
 * The bundled CJK TrueType font (Droid Sans Fallback, Apache-2.0, see fonts/NOTICE): PDF
 * embedding and chart labels must not depend on the fonts of the server they run on.
 */
@Component
class ReportFont {

	static final String FAMILY = "EduBureau CJK";

	private static final String RESOURCE = "/fonts/DroidSansFallbackFull.ttf";

	private final byte[] bytes;

	private final Font font;

	ReportFont() {
		try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The bundled font " + RESOURCE + " is missing");
			}
			this.bytes = in.readAllBytes();
			this.font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("The bundled font " + RESOURCE + " cannot be read", ex);
		}
	}

	InputStream open() {
		return new ByteArrayInputStream(bytes);
	}

	Font font(int style, float size) {
		return font.deriveFont(style, size);
	}

}
