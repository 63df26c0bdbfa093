package io.edubureau.home;

import java.util.Map;
import java.util.stream.Collectors;

import io.edubureau.EduBureauTest;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureTone;
import io.edubureau.reports.ReportsManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's key figures colour a change by whether it is good, not its sign: the
 * tone each figure's module declares (one place, shared with the figure book).
 */
@EduBureauTest
class HomeToneTests {

	@Autowired
	ReportsManagement reports;

	private int tone(String key, int sign) {
		Map<String, FigureTone> tones = reports.definitions()
			.stream()
			.collect(Collectors.toMap(FigureDefinition::key, FigureDefinition::tone, (a, b) -> a));
		assertThat(HomeController.KEY_FIGURES).contains(key);
		return tones.get(key).of(sign);
	}

	@Test
	void moreUnitsOverTheirEstablishmentIsBad() {
		assertThat(tone("establishment.overUnits", 1)).isEqualTo(-1);
		assertThat(tone("establishment.overUnits", -1)).isEqualTo(1);
	}

	@Test
	void moreRecruitsIsGoodAndMoreRetirementsIsNeither() {
		assertThat(tone("recruitment.total", 1)).isEqualTo(1);
		assertThat(tone("fileAudit.coverage", -1)).isEqualTo(-1);
		assertThat(tone("retirement.upcomingNextYear", 1)).isZero();
		assertThat(tone("staff.active", 0)).isZero();
	}

}
