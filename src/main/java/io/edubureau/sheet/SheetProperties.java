package io.edubureau.sheet;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of imports.
 *
 * @param maxFileBytes largest upload accepted
 * @param maxRows most data rows in one file; reading stops as soon as it is passed
 * @param maxInflatedBytes most bytes an .xlsx may inflate to (and never more than 100
 * times its own size)
 * @param jobRetention how long a finished page import and its file are kept for the page
 * @param jobHeartbeatTimeout how long a running job's node may go without a heartbeat
 * (every 10 s) before the job is marked failed; above the nodes' clock skew
 */
@ConfigurationProperties("edubureau.sheet")
record SheetProperties(@DefaultValue("52428800") long maxFileBytes, @DefaultValue("250000") int maxRows,
		@DefaultValue("1073741824") long maxInflatedBytes, @DefaultValue("1h") Duration jobRetention,
		@DefaultValue("1m") Duration jobHeartbeatTimeout) {

	SheetProperties {
		if (maxFileBytes < 1 || maxRows < 1 || maxInflatedBytes < 1 || jobHeartbeatTimeout.toSeconds() < 20) {
			throw new IllegalArgumentException("edubureau.sheet limits must be positive");
		}
	}

}
