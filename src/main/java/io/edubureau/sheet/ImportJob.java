package io.edubureau.sheet;

/**
 * A page import running in the background, as the page polls it.
 *
 * @param id the job's id, only visible to whoever started it
 * @param filename the uploaded file's name
 * @param dryRun whether it only checks
 * @param phase how far it is
 * @param done rows read or written so far
 * @param total rows to write, or -1 while reading
 * @param result the outcome once {@link Phase#DONE}, else {@code null}
 */
public record ImportJob(String id, String filename, boolean dryRun, Phase phase, int done, int total,
		ImportResult result) {

	public boolean finished() {
		return phase == Phase.DONE;
	}

	/** Percent done for the progress bar; reading counts as the first tenth. */
	public int percent() {
		return switch (phase) {
			case QUEUED -> 0;
			case READING -> 5;
			case WRITING -> total <= 0 ? 10 : 10 + (int) (90L * Math.min(done, total) / total);
			case DONE -> 100;
		};
	}

	public enum Phase {

		QUEUED, READING, WRITING, DONE

	}

}
