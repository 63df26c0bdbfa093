package io.edubureau.platform;

/**
 * Scans and photographs people upload as evidence (file materials, certificates): which
 * types are accepted, judged by the bytes, and the file name kept for them.
 */
public final class ScannedDocument {

	private ScannedDocument() {
	}

	/**
	 * The type the bytes really are (by their magic numbers: PDF, PNG, JPEG), or null if
	 * not accepted.
	 */
	public static String contentType(byte[] b) {
		if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
			return "application/pdf";
		}
		if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return "image/png";
		}
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		return null;
	}

	/**
	 * The name to keep, shown and sent back in a header: the base name only, no control
	 * or quote characters, at most 120 characters, and the extension of the real type.
	 */
	public static String safeFileName(String original, String type, String fallback) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>:|?*;]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = fallback;
		}
		if (base.length() > 120) {
			base = base.substring(0, 120);
		}
		return base + switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
	}

}
