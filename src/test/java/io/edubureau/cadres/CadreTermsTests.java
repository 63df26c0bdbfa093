package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.cadres.Forms.AppointmentForm;
import io.edubureau.cadres.Forms.EndForm;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.Forms.ReserveForm;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.TermView;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
import io.edubureau.reports.FigureQuery;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.answers;
import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14's roster rules: terms ending within N months, probation, the principal due for
 * exchange after two full terms at one school (rule CADRE_TERMS, term 3 years and
 * probation 12 months by default), and the figures for exchanged, removed, women and
 * under-35 reserve cadres at their boundaries.
 */
@EduBureauTest
class CadreTermsTests {

	// The day the terms are looked at.
	static final LocalDate ON = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	CadresManagement cadres;

	@Autowired
	CadresFigures figures;

	@Autowired
	RulesManagement rules;

	String tag = TestAccounts.uniqueCode().substring(6);

	StaffView person(String name, UnitView school, LocalDate birth, boolean female) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, female), name + tag, school.code())
					.toBuilder()
					.hireDate(birth.plusYears(22).isAfter(LocalDate.of(2010, 9, 1)) ? birth.plusYears(22)
							: LocalDate.of(2010, 9, 1))
					.build()));
	}

	AppointmentView appoint(UnitView school, PostKind kind, StaffView p, LocalDate start) {
		return accounts.asSystem(() -> {
			var post = cadres.createPost(DataScope.all(),
					new PostForm(school.id(), kind, (kind == PostKind.PRINCIPAL ? "校长" : "副校长") + tag));
			return cadres.appoint(DataScope.all(), new AppointmentForm(post.id(), p.id(), start, "任" + tag));
		});
	}

	TermView row(List<TermView> rows, AppointmentView a) {
		return rows.stream().filter(t -> t.appointmentId() == a.id()).findFirst().orElse(null);
	}

	@Test
	void termsEndTheDayBeforeTheAnniversaryAndTwoFullTermsMakeAPrincipalDueForExchange() throws Exception {
		County county = accounts.county();
		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		// Principal since exactly six years before: two full terms have ended.
		AppointmentView six = appoint(county.schoolA(), PostKind.PRINCIPAL,
				person("任期甲", county.schoolA(), LocalDate.of(1975, 1, 1), false), ON.minusYears(6));
		// A day short of six years: the second term ends on the day looked at.
		AppointmentView almost = appoint(county.schoolB(), PostKind.PRINCIPAL,
				person("任期乙", county.schoolB(), LocalDate.of(1975, 1, 1), false), ON.minusYears(6).plusDays(1));
		// A vice-principal whose first term ends on the day looked at, and one a day
		// later.
		AppointmentView endsToday = appoint(county.schoolA(), PostKind.VICE_PRINCIPAL,
				person("任期丙", county.schoolA(), LocalDate.of(1980, 1, 1), true), ON.minusYears(3).plusDays(1));
		AppointmentView endsTomorrow = appoint(county.schoolB(), PostKind.VICE_PRINCIPAL,
				person("任期丁", county.schoolB(), LocalDate.of(1980, 1, 1), true), ON.minusYears(3).plusDays(2));
		// Re-appointed without a break: the tenure runs from the first appointment.
		StaffView again = person("任期戊", county.schoolA(), LocalDate.of(1972, 1, 1), false);
		AppointmentView first = appoint(county.schoolA(), PostKind.PRINCIPAL, again, LocalDate.of(2019, 1, 1));
		accounts.asSystem(() -> cadres.endAppointment(DataScope.all(), first.id(),
				new EndForm(LocalDate.of(2021, 12, 31), EndReason.TERM_END, "任期届满")));
		AppointmentView second = appoint(county.schoolA(), PostKind.PRINCIPAL, again, LocalDate.of(2022, 1, 1));
		// A new vice-principal in probation.
		AppointmentView fresh = appoint(county.schoolB(), PostKind.VICE_PRINCIPAL,
				person("任期己", county.schoolB(), LocalDate.of(1988, 1, 1), false), LocalDate.of(2026, 1, 1));

		List<TermView> now = accounts.asSystem(() -> cadres.terms(scope, ON, 0, 0, 200).getContent());
		TermView a = row(now, six);
		assertThat(a.dueForExchange()).isTrue();
		assertThat(a.heldSince()).isEqualTo(ON.minusYears(6));
		assertThat(a.term()).isEqualTo(3);
		assertThat(a.termEnds()).isEqualTo(LocalDate.of(2029, 6, 29));
		TermView b = row(now, almost);
		assertThat(b.dueForExchange()).isFalse();
		assertThat(b.term()).isEqualTo(2);
		assertThat(b.termEnds()).isEqualTo(ON);
		assertThat(row(now, endsToday).termEnds()).isEqualTo(ON);
		assertThat(row(now, endsToday).dueForExchange()).isFalse();
		assertThat(row(now, endsTomorrow)).isNull();
		TermView e = row(now, second);
		assertThat(e.heldSince()).isEqualTo(LocalDate.of(2019, 1, 1));
		assertThat(e.dueForExchange()).isTrue();
		assertThat(row(now, first)).isNull();
		assertThat(row(now, fresh)).isNull();

		List<TermView> later = accounts.asSystem(() -> cadres.terms(scope, ON, 1, 0, 200).getContent());
		assertThat(row(later, endsTomorrow).termEnds()).isEqualTo(ON.plusDays(1));
		List<TermView> all = accounts.asSystem(() -> cadres.terms(scope, ON, 60, 0, 200).getContent());
		TermView f = row(all, fresh);
		assertThat(f.inProbation()).isTrue();
		assertThat(f.probationEnds()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(row(all, endsToday).inProbation()).isFalse();
		assertThat(rules.explain(a.reasons(), Locale.SIMPLIFIED_CHINESE)).anySatisfy(
				r -> assertThat(r).contains("应列入交流").contains(ON.minusYears(6).toString()).contains("中小学校领导人员管理暂行办法"));
		assertThat(rules.explain(b.reasons(), Locale.ENGLISH))
			.anySatisfy(r -> assertThat(r).contains("end only on the day before"));

		// The API answers the page shape in scope; a school sees its own.
		var officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		String json = read(mvc, officer, "/api/v1/cadres/terms?on=" + ON + "&withinMonths=0&size=200");
		assertThat(json).contains(six.staffName(), almost.staffName()).doesNotContain(endsTomorrow.staffName());
		assertThat((Integer) JsonPath.read(json, "$.page.totalElements")).isGreaterThanOrEqualTo(4);
		var school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		assertThat(read(mvc, school, "/api/v1/cadres/terms?on=" + ON + "&withinMonths=0")).contains(six.staffName())
			.doesNotContain(almost.staffName());
		answers(mvc, officer, 422, "/api/v1/cadres/terms?withinMonths=61");
		answers(mvc, officer, 400, "/api/v1/cadres/terms?on=2026-13-01");
		assertThatThrownBy(() -> accounts.asSystem(() -> cadres.terms(scope, ON, -1, 0, 10)))
			.isInstanceOf(Rejection.class);
	}

	@Test
	void exchangedRemovedWomenAndUnder35AreCountedAtTheirBoundaries() {
		County county = accounts.county();
		int year = 2025;
		FigureQuery query = new FigureQuery(DataScope.unitAndBelow(county.bureau().id()), year,
				LocalDate.of(year, 12, 31), null);
		AppointmentView exchanged = appoint(county.schoolA(), PostKind.VICE_PRINCIPAL,
				person("交流甲", county.schoolA(), LocalDate.of(1980, 1, 1), false), LocalDate.of(2020, 9, 1));
		AppointmentView removed = appoint(county.schoolA(), PostKind.VICE_PRINCIPAL,
				person("免职乙", county.schoolA(), LocalDate.of(1980, 1, 1), false), LocalDate.of(2020, 9, 1));
		AppointmentView removedBefore = appoint(county.schoolB(), PostKind.VICE_PRINCIPAL,
				person("免职丙", county.schoolB(), LocalDate.of(1980, 1, 1), false), LocalDate.of(2020, 9, 1));
		accounts.asSystem(() -> {
			cadres.endAppointment(DataScope.all(), exchanged.id(),
					new EndForm(LocalDate.of(year, 12, 31), EndReason.EXCHANGED, "交流"));
			cadres.endAppointment(DataScope.all(), removed.id(),
					new EndForm(LocalDate.of(year, 1, 1), EndReason.REMOVED, "连续两年测评"));
			return cadres.endAppointment(DataScope.all(), removedBefore.id(),
					new EndForm(LocalDate.of(year - 1, 12, 31), EndReason.REMOVED, "上年免职"));
		});
		// 35 on 31 December exactly is no longer under 35; a day younger is.
		StaffView thirtyFive = person("后备甲", county.schoolA(), LocalDate.of(year - 35, 12, 31), false);
		StaffView younger = person("后备乙", county.schoolA(), LocalDate.of(year - 34, 1, 1), true);
		StaffView woman = person("后备丙", county.schoolB(), LocalDate.of(1980, 6, 1), true);
		StaffView nominatedLater = person("后备丁", county.schoolB(), LocalDate.of(1995, 6, 1), true);
		accounts.asSystem(() -> {
			for (StaffView p : List.of(thirtyFive, younger, woman)) {
				cadres.nominate(DataScope.all(), new ReserveForm(p.unitId(), PostKind.VICE_PRINCIPAL, p.id(), "群众基础好",
						LocalDate.of(year, 3, 1)));
			}
			return cadres.nominate(DataScope.all(), new ReserveForm(nominatedLater.unitId(), PostKind.VICE_PRINCIPAL,
					nominatedLater.id(), "群众基础好", LocalDate.of(year + 1, 1, 1)));
		});

		Map<String, java.math.BigDecimal> values = figures.compute(query);
		assertThat(values.get("cadres.exchanged")).isEqualByComparingTo("1");
		assertThat(values.get("cadres.removed")).isEqualByComparingTo("1");
		assertThat(values.get("cadres.reserve")).isEqualByComparingTo("3");
		assertThat(values.get("cadres.reserve.women")).isEqualByComparingTo("2");
		assertThat(values.get("cadres.reserve.under35")).isEqualByComparingTo("1");
		assertThat(figures.records("cadres.reserve.under35", query, 0, 10).rows()).singleElement()
			.satisfies(r -> assertThat(r.get(0)).isEqualTo(younger.name()));
		assertThat(figures.records("cadres.removed", query, 0, 10).rows()).singleElement()
			.satisfies(r -> assertThat(r.get(0)).isEqualTo(removed.staffName()));
		assertThat(figures.definitions()).filteredOn(d -> d.key().equals("cadres.reserve.under35"))
			.singleElement()
			.satisfies(d -> assertThat(d.labelZh()).contains("未满35周岁"));
	}

}
