package io.edubureau.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.pay.Views.RateLine;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pay of the demo county: the wage table and allowances from 1 January of last year, a
 * pay record for every active in-establishment person (grade by title, step by years of
 * service), last month computed and locked, last year's reward part of performance pay of
 * two schools (one approved and paid this month, one submitted), this month computed, and
 * the civil servants' average of this year entered.
 */
@Component
@Order(45)
class DemoPay implements ApplicationRunner {

	private static final String SOURCE = "省人社厅 省财政厅 关于调整机关事业单位工作人员基本工资标准的通知（演示）";

	// 专业技术岗位工资, grade 1 to 13, yuan a month.
	private static final int[] POST_WAGES = { 6665, 4600, 4120, 3400, 2990, 2670, 2390, 2160, 2080, 1880, 1720, 1650,
			1590 };

	private final PayManagement pay;

	private final PayRecordRepository records;

	private final PayRecordStepRepository recordSteps;

	private final PayRateRepository rates;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final PayRewards rewards;

	private final boolean enabled;

	DemoPay(PayManagement pay, PayRecordRepository records, PayRecordStepRepository recordSteps,
			PayRateRepository rates, StaffManagement staff, OrgManagement org, PayRewards rewards,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.pay = pay;
		this.rewards = rewards;
		this.records = records;
		this.recordSteps = recordSteps;
		this.rates = rates;
		this.staff = staff;
		this.org = org;
		this.enabled = enabled;
	}

	/**
	 * The salary-step wage of step n (1–65): 295 yuan rising by a little more each step.
	 */
	static long stepWageFen(int n) {
		return (295L + 48L * (n - 1) + (long) (n - 1) * (n - 1) / 2) * 100;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || records.count() > 0 || rates.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now();
		List<RateLine> table = new ArrayList<>();
		for (int g = 1; g <= PayCalculator.MAX_POST_GRADE; g++) {
			table.add(new RateLine(PayRateKind.POST_WAGE, Integer.toString(g), POST_WAGES[g - 1] * 100L));
		}
		for (int s = 1; s <= PayCalculator.MAX_STEP; s++) {
			table.add(new RateLine(PayRateKind.STEP_WAGE, Integer.toString(s), stepWageFen(s)));
		}
		table.add(new RateLine(PayRateKind.RURAL_ALLOWANCE, Remoteness.TEACHING_POINT.name(), 60000));
		table.add(new RateLine(PayRateKind.RURAL_ALLOWANCE, Remoteness.VILLAGE.name(), 40000));
		table.add(new RateLine(PayRateKind.RURAL_ALLOWANCE, Remoteness.TOWNSHIP.name(), 20000));
		table.add(new RateLine(PayRateKind.TOWNSHIP_ALLOWANCE, PayCalculator.ALL, 35000));
		table.add(new RateLine(PayRateKind.HEAD_TEACHER_ALLOWANCE, PayCalculator.ALL, 40000));
		table.add(new RateLine(PayRateKind.SPECIAL_EDUCATION_ALLOWANCE, PayCalculator.ALL, 30000));
		table.add(new RateLine(PayRateKind.PERFORMANCE_STANDARD, PayCalculator.ALL, 2_640_000));
		table.add(new RateLine(PayRateKind.PERFORMANCE_BASIC_SHARE, PayCalculator.ALL, 7000));
		table.add(new RateLine(PayRateKind.REWARD_WEIGHT, "EXCELLENT", 12000));
		table.add(new RateLine(PayRateKind.REWARD_WEIGHT, "COMPETENT", 10000));
		table.add(new RateLine(PayRateKind.REWARD_WEIGHT, "BASICALLY_COMPETENT", 8000));
		pay.addRates(table, LocalDate.of(today.getYear() - 1, 1, 1), SOURCE);

		List<StaffView> people = new ArrayList<>();
		StaffFilter filter = new StaffFilter(null, null, null, null, null, null, EmploymentType.IN_ESTABLISHMENT,
				StaffStatus.ACTIVE, null, null);
		for (int page = 0;; page++) {
			Page<StaffView> found = staff.search(DataScope.all(), filter, PageRequest.of(page, 500, Sort.by("id")));
			people.addAll(found.getContent());
			if (!found.hasNext()) {
				break;
			}
		}
		if (people.isEmpty()) {
			return;
		}
		Map<Long, UnitView> units = org.byIds(people.stream().map(StaffView::unitId).distinct().toList());
		Instant now = Instant.now();
		for (StaffView p : people) {
			UnitView unit = units.get(p.unitId());
			if (unit == null) {
				continue;
			}
			LocalDate started = p.workStartDate() != null ? p.workStartDate()
					: p.hireDate() != null ? p.hireDate() : today.minusYears(10);
			int years = Math.max(0, today.getYear() - started.getYear());
			int step = Math.min(PayCalculator.MAX_STEP, 8 + years);
			boolean compulsory = p.fullTimeTeacher() && p.stage() != null && switch (p.stage()) {
				case PRIMARY, JUNIOR, SPECIAL -> true;
				default -> false;
			};
			PayRecord r = records.save(new PayRecord(p.id(), p.name(), p.unitId(), unit.path(), grade(p.titleLevel()),
					step, LocalDate.of(today.getYear(), 1, 1), compulsory && p.id() % 3 == 0,
					p.stage() == io.edubureau.org.Stage.SPECIAL, compulsory,
					"6222" + String.format("%012d", 100_000_000L + p.id()), "demo", now));
			recordSteps
				.save(new PayRecordStep(r, PayRecordStep.Kind.ENROLLED, r.getStepSince(), List.of(), "demo", now));
		}
		records.flush();
		YearMonth last = YearMonth.from(today).minusMonths(1);
		pay.compute(DataScope.all(), last.toString());
		pay.lock(DataScope.all(), last.toString());
		rewardPlans(today);
		pay.compute(DataScope.all(), YearMonth.from(today).toString());
		pay.recordCivilServantAverage(DataScope.all(), last.getYear(), 11_800_000L, "县统计局 公务员年平均工资（演示）");
	}

	/**
	 * Last year's reward part: the largest school's plan approved into this month, the
	 * next one's submitted and waiting for the bureau.
	 */
	private void rewardPlans(LocalDate today) {
		Map<Long, Long> perUnit = new java.util.HashMap<>();
		records.findAll().forEach(r -> perUnit.merge(r.getUnitId(), 1L, Long::sum));
		List<Long> schools = perUnit.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.limit(2)
			.toList();
		for (int i = 0; i < schools.size(); i++) {
			Views.RewardPlanDetail plan = rewards.create(DataScope.all(), schools.get(i), today.getYear() - 1);
			if (plan.plan().allocatedFen() == 0) {
				continue;
			}
			// Posted a month ago, so the notice is over and the first plan can be
			// approved.
			rewards.submit(DataScope.all(), plan.plan().id(), today.minusDays(30));
			if (i == 0) {
				rewards.approve(DataScope.all(), plan.plan().id(), YearMonth.from(today).toString());
			}
		}
	}

	private static int grade(TitleLevel title) {
		if (title == null) {
			return 13;
		}
		return switch (title) {
			case PROFESSOR_SENIOR -> 4;
			case SENIOR -> 7;
			case FIRST -> 10;
			case SECOND -> 12;
			default -> 13;
		};
	}

}
