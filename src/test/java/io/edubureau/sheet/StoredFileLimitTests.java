package io.edubureau.sheet;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page upload limit lowered to what MariaDB's {@code max_allowed_packet} lets one
 * statement carry (the file is kept in {@code sheet_job_file}).
 */
class StoredFileLimitTests {

	static final long FIFTY_MB = 50L * 1024 * 1024;

	@Test
	void withoutAPacketLimitTheConfiguredLimitHolds() {
		assertThat(StoredFileLimit.effective(FIFTY_MB, OptionalLong.empty())).isEqualTo(FIFTY_MB);
	}

	@Test
	void mariaDbsDefaultSixteenMegabytesLowersTheLimitBelowThePacket() {
		long packet = 16L * 1024 * 1024;
		long limit = StoredFileLimit.effective(FIFTY_MB, OptionalLong.of(packet));
		assertThat(limit).isLessThan(packet - StoredFileLimit.STATEMENT_BYTES)
			.isEqualTo((packet - StoredFileLimit.STATEMENT_BYTES) / 10 * 9);
		// 14 MB and a bit: the message says "at most 14 MB".
		assertThat(limit / (1024 * 1024)).isEqualTo(14);
	}

	@Test
	void aPacketLargerThanTheConfiguredLimitChangesNothing() {
		assertThat(StoredFileLimit.effective(FIFTY_MB, OptionalLong.of(64L * 1024 * 1024))).isEqualTo(FIFTY_MB);
		assertThat(StoredFileLimit.effective(FIFTY_MB, OptionalLong.of(1024L * 1024 * 1024))).isEqualTo(FIFTY_MB);
	}

	@Test
	void aPacketSmallerThanTheStatementLeavesNothingRatherThanANegativeLimit() {
		assertThat(StoredFileLimit.effective(FIFTY_MB, OptionalLong.of(1024))).isZero();
	}

}
