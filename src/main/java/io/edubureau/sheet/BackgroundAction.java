package io.edubureau.sheet;

/**
 * A long action (evaluating a registration cycle, recomputing, bulk approvals) run in the
 * background on the import jobs' pool, as the user who started it, in their language;
 * started with {@link SheetManagement#startAction(String, BackgroundAction)}.
 */
@FunctionalInterface
public interface BackgroundAction {

	/**
	 * Runs the action. A {@link io.edubureau.platform.Rejection} ends the job as failed
	 * with its messages; any other exception as failed with a general message.
	 * @param progress receives how far it has come, for the progress bar
	 * @return what it did, for the job's page and resource
	 */
	ActionOutcome run(Progress progress);

	/** How far a running action has come. */
	@FunctionalInterface
	interface Progress {

		Progress NONE = (done, total) -> {
		};

		void update(int done, int total);

	}

}
