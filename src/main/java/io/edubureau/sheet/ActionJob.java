package io.edubureau.sheet;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A background action as its page polls it and the API answers it.
 *
 * @param id the job's id, only visible to whoever started it
 * @param label what it does, in the user's language
 * @param state how far it is
 * @param done items handled so far
 * @param total items to handle, or -1 while not yet known
 * @param message the outcome's summary once {@link State#DONE}, the reason once
 * {@link State#FAILED}, else {@code null}
 * @param result the outcome's figures once done, else empty
 * @param startedAt when it was started
 * @param finishedAt when it ended, or {@code null}
 */
public record ActionJob(String id, String label, State state, int done, int total, String message,
		Map<String, Object> result, Instant startedAt, Instant finishedAt) {

	public boolean finished() {
		return state == State.DONE || state == State.FAILED;
	}

	/** Percent done for the progress bar. */
	public int percent() {
		return switch (state) {
			case QUEUED -> 0;
			case RUNNING -> total <= 0 ? 0 : (int) (100L * Math.min(done, total) / total);
			case DONE, FAILED -> 100;
		};
	}

	/** The job as the API answers it, polled at {@code location}. */
	public Map<String, Object> json(String location) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("location", location);
		body.put("label", label);
		body.put("state", state.name());
		body.put("done", done);
		body.put("total", total);
		body.put("percent", percent());
		body.put("message", message);
		body.put("result", result);
		body.put("startedAt", startedAt);
		body.put("finishedAt", finishedAt);
		return body;
	}

	public enum State {

		QUEUED, RUNNING, DONE, FAILED

	}

}
