package io.edubureau.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

/**
 * The bundled CJK TrueType fonts (see fonts/NOTICE): Droid Sans Fallback (Apache-2.0), a
 * sans face for headings, and AR PL UMing CN (Arphic Public License), a Ming/Song serif
 * for the summary's title and body and for chart labels. PDF embedding and charts must
 * not depend on the fonts of the server they run on, and PDFBox embeds only TrueType
 * outlines.
 */
@Component
class ReportFont {

	/** The sans face (黑体-like), for headings. */
	static final String FAMILY = "EduBureau CJK";

	/** The serif face (明体/宋体), for the title, body and page numbers. */
	static final String SERIF = "EduBureau Serif";

	private static final String RESOURCE = "/fonts/DroidSansFallbackFull.ttf";

	private static final String SERIF_RESOURCE = "/fonts/uming.ttc";

	// The simplified-Chinese face of the collection (its glyph forms follow the
	// mainland standard).
	private static final String SERIF_FACE = "UMingCN";

	private final byte[] bytes;

	private final Font font;

	private final byte[] serifBytes;

	private final Font serif;

	ReportFont() {
		this.bytes = read(RESOURCE);
		this.serifBytes = read(SERIF_RESOURCE);
		try {
			this.font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
			Font found = null;
			for (Font f : Font.createFonts(new ByteArrayInputStream(serifBytes))) {
				if (f.getPSName().equals(SERIF_FACE)) {
					found = f;
				}
			}
			if (found == null) {
				throw new IllegalStateException("The bundled font " + SERIF_RESOURCE + " has no face " + SERIF_FACE);
			}
			this.serif = found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("A bundled font cannot be read", ex);
		}
	}

	private static byte[] read(String resource) {
		try (InputStream in = ReportFont.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The bundled font " + resource + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	InputStream open() {
		return new ByteArrayInputStream(bytes);
	}

	/**
	 * The serif face loaded into a PDF, subset on save; the collection is parsed per
	 * document because a parsed font reads its glyphs lazily and is not thread-safe.
	 */
	PDType0Font serif(PDDocument document) throws IOException {
		TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(serifBytes));
		TrueTypeFont face = collection.getFontByName(SERIF_FACE);
		if (face == null) {
			throw new IllegalStateException("The bundled font " + SERIF_RESOURCE + " has no face " + SERIF_FACE);
		}
		return PDType0Font.load(document, face, true);
	}

	/** The sans face at a size (it has no Latin letters or digits). */
	Font font(int style, float size) {
		return font.deriveFont(style, size);
	}

	/** The serif face at a size: CJK, Latin letters and digits. */
	Font serif(int style, float size) {
		return serif.deriveFont(style, size);
	}

	/** The faces to try for a text, in order: the serif, then the sans. */
	List<Font> faces(int style, float size) {
		return List.of(serif(style, size), font(style, size));
	}

}
