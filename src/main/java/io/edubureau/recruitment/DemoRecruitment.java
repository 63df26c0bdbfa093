package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.recruitment.Views.RankingEntry;
import io.edubureau.recruitment.Views.Vacancy;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.Education;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PostCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A finished recruitment round for the demo county, run through the round's own steps:
 * positions at the primary schools with the most vacancies, four applicants each, scores,
 * the choice 1:1, one candidate dropping out with a fallback, public notice and hire (the
 * hired appear in staff with the round's channel and hire date).
 */
@Component
@Order(50)
class DemoRecruitment implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRecruitment.class);

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙" };

	private static final String[] GIVEN = { "欣怡", "子涵", "浩然", "雨桐", "俊杰", "思远", "梦瑶", "家豪", "诗琪", "宇航", "佳慧", "志强" };

	private static final String[] SUBJECTS = { "语文", "数学", "英语", "体育" };

	private final RecruitmentManagement recruitment;

	private final RecruitmentRoundRepository rounds;

	private final RulesManagement rules;

	private final boolean enabled;

	DemoRecruitment(RecruitmentManagement recruitment, RecruitmentRoundRepository rounds, RulesManagement rules,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.recruitment = recruitment;
		this.rounds = rounds;
		this.rules = rules;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || rounds.count() > 0) {
			return;
		}
		try {
			seed();
		}
		catch (Rejection ex) {
			// Demo data that the county's establishment does not allow is left out, not
			// forced.
			log.warn("demo recruitment round left out: {}", ex.problems());
		}
	}

	private void seed() {
		DataScope all = DataScope.all();
		LocalDate today = LocalDate.now();
		int year = today.getYear();
		List<Vacancy> open = new ArrayList<>(recruitment.vacancies(all, year)
			.stream()
			.filter(v -> v.postCategory() == PostCategory.PROFESSIONAL && v.vacant() > 0)
			.toList());
		if (open.isEmpty()) {
			return;
		}
		open.sort((a, b) -> Integer.compare(b.vacant(), a.vacant()));
		long round = recruitment.openRound(all, new Forms.RoundForm(year, "示范县" + year + "年公开招聘中小学教师", 40, 60, 2, 1, 7))
			.id();
		List<Long> positions = new ArrayList<>();
		for (int i = 0; i < Math.min(3, open.size()); i++) {
			Vacancy v = open.get(i);
			positions.add(recruitment.addPosition(all, round,
					new Forms.PositionForm(v.unitId(), PostCategory.PROFESSIONAL, null, SUBJECTS[i % SUBJECTS.length],
							Math.min(2, v.vacant()), i == 2 ? HireChannel.SPECIAL_POST : HireChannel.OPEN_RECRUITMENT,
							Education.BACHELOR, true, 35, null))
				.id());
		}
		recruitment.approve(all, round, new Forms.ApprovalForm("示范县编办〔" + year + "〕12号", today.minusDays(70)));
		recruitment.advance(all, round, RoundStatus.PUBLISHED);
		int n = 0;
		List<Forms.ScoreForm> scores = new ArrayList<>();
		for (long position : positions) {
			for (int k = 0; k < 5; k++, n++) {
				String first17 = String.format("469099%04d%02d%02d%03d", 1996 + n % 6, 1 + n % 12, 1 + n % 27,
						100 + 2 * n + n % 2);
				String id = first17 + rules.checkCharacter(first17);
				String name = SURNAMES[n % SURNAMES.length] + GIVEN[(n * 5) % GIVEN.length];
				long app = recruitment
					.apply(all, round,
							new Forms.ApplicationForm(position, id, name,
									n % 4 == 0 ? Education.MASTER : Education.BACHELOR, true, null, true))
					.id();
				scores.add(new Forms.ScoreForm(app, BigDecimal.valueOf(60 + (n * 37) % 35),
						BigDecimal.valueOf(65 + (n * 23) % 30).add(new BigDecimal("0.5"))));
			}
		}
		recruitment.scores(all, round, scores);
		boolean dropped = false;
		for (long position : positions) {
			List<RankingEntry> chosen = new ArrayList<>(recruitment.select(all, round, position));
			if (!dropped && !chosen.isEmpty()) {
				RankingEntry first = chosen.remove(0);
				chosen.addAll(recruitment.drop(all, round, first.applicationId(), new Forms.DropForm("本人放弃体检")));
				dropped = true;
			}
			for (RankingEntry e : chosen) {
				recruitment.publicize(all, round, e.applicationId(), new Forms.PublicityForm(today.minusDays(45)));
				recruitment.hire(all, round, e.applicationId(), new Forms.HireForm(today.minusDays(30), 3, null));
			}
		}
		recruitment.advance(all, round, RoundStatus.CLOSED);
	}

}
