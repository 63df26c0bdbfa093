package io.edubureau.titles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import io.edubureau.titles.TitleForms.AdvanceForm;
import io.edubureau.titles.TitleForms.ApplicationForm;
import io.edubureau.titles.TitleForms.DecisionForm;
import io.edubureau.titles.TitleForms.PanelMemberForm;
import io.edubureau.titles.TitleForms.RoundForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo county's title round of the current year (二级 → 一级), in qualification review:
 * two applications qualified by the bureau, one refused with the rule's reason, one the
 * school did not recommend, one still waiting for the school; the review panel is formed.
 * Deterministic (the first second-grade teachers by id); written through
 * {@link TitlesManagement}, so each step is in the history and the audit.
 */
@Component
@Order(58)
class DemoTitles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTitles.class);

	private static final String[][] PANEL = { { "王建国", "县教师发展中心" }, { "李秀英", "示范县第一中学" }, { "张志强", "县教育局人事股" },
			{ "刘慧芳", "城关镇中心小学" }, { "陈明", "县教研室" } };

	private final TitlesManagement titles;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final boolean enabled;

	DemoTitles(TitlesManagement titles, StaffManagement staff, OrgManagement org, RulesManagement rules,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.titles = titles;
		this.staff = staff;
		this.org = org;
		this.rules = rules;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || org.owningUnit(DataScope.all()).isEmpty()) {
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			actAs("demo-bureau");
			seed(DataScope.all(), LocalDate.now());
		}
		catch (RuntimeException ex) {
			// the demo is an example, not a precondition of the application
			log.warn("Demo title round not completed: {}", ex.getMessage());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Seeds the round in the scope (a bureau's subtree) for today's year; nothing when
	 * the scope already has a round this year or fewer than five second-grade teachers.
	 */
	RoundView seed(DataScope scope, LocalDate today) {
		int year = today.getYear();
		if (titles.rounds(scope).stream().anyMatch(r -> r.year() == year)) {
			return null;
		}
		StaffFilter second = new StaffFilter(null, null, null, null, null, TitleLevel.SECOND, null, StaffStatus.ACTIVE,
				null, null);
		List<StaffView> people = staff.search(scope, second, PageRequest.of(0, 60, Sort.by("id")))
			.getContent()
			.stream()
			.filter(StaffView::fullTimeTeacher)
			.toList();
		if (people.size() < 5) {
			return null;
		}
		// Those the rule finds eligible are qualified; one it refuses shows its reason.
		List<StaffView> eligible = new ArrayList<>();
		List<StaffView> refused = new ArrayList<>();
		for (StaffView p : people) {
			(eligible(scope, p) ? eligible : refused).add(p);
		}
		List<StaffView> order = new ArrayList<>(eligible.subList(0, Math.min(2, eligible.size())));
		// The third (the refused one) is one the rule finds ineligible, where there is
		// one.
		java.util.stream.Stream.concat(refused.stream(), eligible.stream())
			.filter(p -> !order.contains(p))
			.limit(5 - order.size())
			.forEach(order::add);
		LocalDate opens = today.minusDays(21).getYear() == year ? today.minusDays(21) : LocalDate.of(year, 1, 1);
		RoundView round = titles.openRound(scope, new RoundForm(year, opens, today));
		for (String[] member : PANEL) {
			titles.addPanelMember(scope, round.id(), new PanelMemberForm(member[0], member[1]));
		}
		List<ApplicationView> applied = new ArrayList<>();
		for (StaffView p : order) {
			applied.add(titles.apply(scope, round.id(),
					new ApplicationForm(p.id(), TitleLevel.FIRST, EnumSet.allOf(TitleMaterial.class))));
		}
		for (int i = 0; i < 3; i++) {
			titles.recommend(scope, applied.get(i).id(), new DecisionForm(true, "经学校评审委员会推荐，公示无异议。"));
		}
		titles.recommend(scope, applied.get(3).id(), new DecisionForm(false, "校内综合评议排名未进入推荐名额，本年度暂不推荐。"));
		titles.advance(scope, round.id(), new AdvanceForm(RoundState.REVIEW, "申报截止，进入资格审查。", null));
		for (int i = 0; i < 2; i++) {
			StaffView p = order.get(i);
			titles.review(scope, applied.get(i).id(),
					new DecisionForm(true, eligible.contains(p) ? "资格审查通过。" : "经复核学校提供的证明材料，符合申报条件。"));
		}
		titles.review(scope, applied.get(2).id(), new DecisionForm(false, refusal(scope, order.get(2))));
		log.info("Demo county: title round {} in review with {} applications", year, applied.size());
		return round;
	}

	private boolean eligible(DataScope scope, StaffView p) {
		try {
			return titles.eligibility(scope, p.id(), TitleLevel.FIRST).eligible();
		}
		catch (Rejection ex) {
			// a file the rule cannot read yet counts as not eligible
			return false;
		}
	}

	// The first condition the rule finds unmet, in its own words; else a missing proof.
	private String refusal(DataScope scope, StaffView p) {
		TitleDecision d = eligible(scope, p) ? null : unmetOrNull(scope, p);
		String why = d == null || d.unmet().isEmpty() ? "近五年继续教育学时证明与系统登记不一致，需补充材料"
				: rules.explain(d.unmet().get(0), Locale.SIMPLIFIED_CHINESE);
		String note = "资格审查未通过：" + why;
		return note.length() > 500 ? note.substring(0, 500) : note;
	}

	private TitleDecision unmetOrNull(DataScope scope, StaffView p) {
		try {
			return titles.eligibility(scope, p.id(), TitleLevel.FIRST);
		}
		catch (Rejection ex) {
			return null;
		}
	}

	private static void actAs(String name) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));
		SecurityContextHolder.setContext(context);
	}

}
