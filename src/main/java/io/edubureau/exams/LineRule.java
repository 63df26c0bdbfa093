package io.edubureau.exams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cut-off rule: a total is above a batch's line when it is not below it (a total
 * equal to the line is above: 达到控制线即为上线); the line is the latest one of the exam, year
 * and batch published by the day asked about.
 */
final class LineRule {

	private LineRule() {
	}

	static boolean above(int total, int line) {
		return total >= line;
	}

	/** The line of each batch in force on the day (published by then, the latest). */
	static Map<LineBatch, CutoffLine> inForce(List<CutoffLine> lines, LocalDate on) {
		Map<LineBatch, CutoffLine> out = new EnumMap<>(LineBatch.class);
		for (CutoffLine l : lines) {
			if (l.getPublishedOn().isAfter(on)) {
				continue;
			}
			CutoffLine seen = out.get(l.getBatch());
			if (seen == null || LATEST.compare(l, seen) > 0) {
				out.put(l.getBatch(), l);
			}
		}
		return out;
	}

	private static final Comparator<CutoffLine> LATEST = Comparator.comparing(CutoffLine::getPublishedOn)
		.thenComparing(CutoffLine::getId);

	/** The decision for each batch of the exam, in the batches' order. */
	static List<Decision> decide(Exam exam, int total, Map<LineBatch, CutoffLine> lines) {
		List<Decision> out = new ArrayList<>();
		for (LineBatch b : exam.batches()) {
			CutoffLine line = lines.get(b);
			out.add(line == null ? new Decision(b, Optional.empty(), false)
					: new Decision(b, Optional.of(line), above(total, line.getScore())));
		}
		return out;
	}

	record Decision(LineBatch batch, Optional<CutoffLine> line, boolean above) {
	}

}
