package io.edubureau.home;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page's key figures colour a change by whether it is good, not its sign. */
class HomeToneTests {

	@Test
	void moreUnitsOverTheirEstablishmentIsBad() {
		assertThat(HomeController.tone("establishment.overUnits", 1)).isEqualTo(-1);
		assertThat(HomeController.tone("establishment.overUnits", -1)).isEqualTo(1);
	}

	@Test
	void moreRecruitsIsGoodAndMoreRetirementsIsNeither() {
		assertThat(HomeController.tone("recruitment.total", 1)).isEqualTo(1);
		assertThat(HomeController.tone("fileAudit.coverage", -1)).isEqualTo(-1);
		assertThat(HomeController.tone("retirement.upcomingNextYear", 1)).isZero();
		assertThat(HomeController.tone("staff.active", 0)).isZero();
	}

}
