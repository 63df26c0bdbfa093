package io.edubureau.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The values of the policy rules a bureau may set for itself, each with the rule it
 * belongs to, the default the policy text gives, and the range the product accepts.
 */
public enum LocalParameter {

	REGISTRATION_CYCLE_YEARS("registration.cycleYears", PolicyRule.TEACHER_REGISTRATION, Kind.INTEGER, 5, 1, 10),

	TRAINING_CYCLE_HOURS("training.cycleHours", PolicyRule.CONTINUING_EDUCATION, Kind.INTEGER, 360, 0, 2000),

	TRAINING_PROBATION_HOURS("training.probationHours", PolicyRule.PROBATION_TRAINING, Kind.INTEGER, 120, 0, 1000),

	TRAINING_ANNUAL_MINIMUM_HOURS("training.annualMinimumHours", PolicyRule.PROVINCIAL_TRAINING_CREDITS, Kind.INTEGER,
			0, 0, 400),

	TRAINING_COUNTY_LEVEL_MINIMUM_HOURS("training.countyLevelMinimumHours", PolicyRule.PROVINCIAL_TRAINING_CREDITS,
			Kind.INTEGER, 0, 0, 2000),

	TRAINING_HOURS_PER_CREDIT("training.hoursPerCredit", PolicyRule.PROVINCIAL_TRAINING_CREDITS, Kind.DECIMAL, 10, 1,
			100),

	TRAINING_SCHOOL_BASED_HOURS_PER_CREDIT("training.schoolBasedHoursPerCredit", PolicyRule.PROVINCIAL_TRAINING_CREDITS,
			Kind.DECIMAL, 20, 1, 100),

	TITLE_RURAL_SERVICE_YEARS("titles.ruralServiceYears", PolicyRule.TITLE_RURAL_SERVICE, Kind.INTEGER, 1, 0, 10),

	TITLE_RURAL_SERVICE_FOR_FIRST_GRADE("titles.ruralServiceForFirstGrade", PolicyRule.TITLE_RURAL_SERVICE,
			Kind.BOOLEAN, 1, 0, 1),

	TITLE_PANEL_APPROVAL_NUMERATOR("titles.panelApprovalNumerator", PolicyRule.TITLE_EVALUATION_PROCEDURE, Kind.INTEGER,
			2, 1, 100),

	TITLE_PANEL_APPROVAL_DENOMINATOR("titles.panelApprovalDenominator", PolicyRule.TITLE_EVALUATION_PROCEDURE,
			Kind.INTEGER, 3, 1, 100),

	TITLE_PUBLIC_NOTICE_WORKING_DAYS("titles.publicNoticeWorkingDays", PolicyRule.TITLE_EVALUATION_PROCEDURE,
			Kind.INTEGER, 5, 1, 30),

	SANCTION_WARNING_MONTHS("ethics.warningMonths", PolicyRule.ETHICS_SANCTIONS, Kind.INTEGER, 6, 1, 60),

	SANCTION_DEMERIT_MONTHS("ethics.demeritMonths", PolicyRule.ETHICS_SANCTIONS, Kind.INTEGER, 12, 1, 60),

	SANCTION_DEMOTION_MONTHS("ethics.demotionMonths", PolicyRule.ETHICS_SANCTIONS, Kind.INTEGER, 24, 1, 60),

	// 不得少于24个月: the text sets a floor, so the range starts at it.
	SANCTION_DISQUALIFICATION_MONTHS("ethics.disqualificationMonths", PolicyRule.ETHICS_SANCTIONS, Kind.INTEGER, 24, 24,
			120),

	// Shares in basis points (2000 = 20%), so the rule compares integers.
	CADRE_ADMONISH_SHARE("cadre.admonishShareBasisPoints", PolicyRule.CADRE_EVALUATION, Kind.INTEGER, 2000, 1, 10000),

	CADRE_REMOVE_SHARE("cadre.removeShareBasisPoints", PolicyRule.CADRE_EVALUATION, Kind.INTEGER, 3000, 1, 10000),

	CADRE_REMOVE_YEARS("cadre.removeConsecutiveYears", PolicyRule.CADRE_EVALUATION, Kind.INTEGER, 2, 1, 10),

	ELECTION_TURNOUT_NUMERATOR("election.turnoutNumerator", PolicyRule.PRINCIPAL_ELECTION, Kind.INTEGER, 2, 1, 100),

	ELECTION_TURNOUT_DENOMINATOR("election.turnoutDenominator", PolicyRule.PRINCIPAL_ELECTION, Kind.INTEGER, 3, 1, 100),

	ELECTION_MAJORITY_NUMERATOR("election.majorityNumerator", PolicyRule.PRINCIPAL_ELECTION, Kind.INTEGER, 1, 1, 100),

	ELECTION_MAJORITY_DENOMINATOR("election.majorityDenominator", PolicyRule.PRINCIPAL_ELECTION, Kind.INTEGER, 2, 1,
			100),

	PETITION_ACCEPTANCE_WORKING_DAYS("petition.acceptanceInWorkingDays", PolicyRule.PETITION_DEADLINES, Kind.BOOLEAN, 0,
			0, 1),

	PETITION_HANDLING_WORKING_DAYS("petition.handlingInWorkingDays", PolicyRule.PETITION_DEADLINES, Kind.BOOLEAN, 0, 0,
			1),

	PETITION_EXTENSION_WORKING_DAYS("petition.extensionInWorkingDays", PolicyRule.PETITION_DEADLINES, Kind.BOOLEAN, 0,
			0, 1),

	// At least one evacuation drill per this many months (primary and secondary schools).
	SAFETY_DRILL_INTERVAL_MONTHS("safety.drillIntervalMonths", PolicyRule.SAFETY_DRILLS, Kind.INTEGER, 1, 1, 12),

	// The same for kindergartens: one a quarter.
	SAFETY_KINDERGARTEN_DRILL_INTERVAL_MONTHS("safety.kindergartenDrillIntervalMonths", PolicyRule.SAFETY_DRILLS,
			Kind.INTEGER, 3, 1, 12),

	SAFETY_INCIDENT_REPORT_DAYS("safety.incidentReportDays", PolicyRule.SAFETY_INCIDENT_REPORTING, Kind.INTEGER, 1, 0,
			30),

	// 生均公用经费: the yearly public operating funds per pupil, in fen (国发〔2015〕67号 baseline
	// 600
	// and 800 yuan).
	FUNDS_PER_PUPIL_PRIMARY("facilities.fundsPerPupilPrimaryFen", PolicyRule.OPERATING_FUNDS, Kind.INTEGER, 60000, 0,
			1_000_000),

	FUNDS_PER_PUPIL_JUNIOR("facilities.fundsPerPupilJuniorFen", PolicyRule.OPERATING_FUNDS, Kind.INTEGER, 80000, 0,
			1_000_000),

	// 隐患整改: the period a school has to rectify a hazard, counted from the inspection day.
	SAFETY_HAZARD_RECTIFICATION_DAYS("safety.hazardRectificationDays", PolicyRule.SAFETY_HAZARD_RECTIFICATION,
			Kind.INTEGER, 30, 1, 365),

	// 发展党员: the 细则's periods; "一年以上" and "预备期为一年" are floors of the text.
	PARTY_MINIMUM_AGE("party.minimumAge", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 18, 18, 30),

	PARTY_TALK_MONTHS("party.talkMonths", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 1, 1, 6),

	PARTY_ACTIVIST_MONTHS("party.activistMonths", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 12, 12, 60),

	PARTY_ASSESSMENT_MONTHS("party.assessmentMonths", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 6, 1, 6),

	PARTY_TRAINING_DAYS("party.trainingDays", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 3, 3, 30),

	PARTY_TRAINING_HOURS("party.trainingHours", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 24, 24, 240),

	PARTY_NOTICE_WORKING_DAYS("party.noticeWorkingDays", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 5, 1, 30),

	PARTY_APPROVAL_MONTHS("party.approvalMonths", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 3, 1, 3),

	PARTY_APPROVAL_SPECIAL_MONTHS("party.approvalSpecialMonths", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 6, 3, 6),

	PARTY_PROBATION_MONTHS("party.probationMonths", PolicyRule.PARTY_DEVELOPMENT, Kind.INTEGER, 12, 12, 12),

	// 三会一课: at least one meeting of each kind per this many months.
	PARTY_GENERAL_MEETING_MONTHS("party.generalMeetingMonths", PolicyRule.PARTY_BRANCH_WORK, Kind.INTEGER, 3, 1, 12),

	PARTY_COMMITTEE_MEETING_MONTHS("party.committeeMeetingMonths", PolicyRule.PARTY_BRANCH_WORK, Kind.INTEGER, 1, 1,
			12),

	PARTY_GROUP_MEETING_MONTHS("party.groupMeetingMonths", PolicyRule.PARTY_BRANCH_WORK, Kind.INTEGER, 1, 1, 12),

	PARTY_LECTURE_MONTHS("party.lectureMonths", PolicyRule.PARTY_BRANCH_WORK, Kind.INTEGER, 3, 1, 12),

	// Days the responsible persons have to bring a dropout back before the case is
	// overdue.
	DROPOUT_FOLLOW_UP_DAYS("students.dropoutFollowUpDays", PolicyRule.DROPOUT_FOLLOW_UP, Kind.INTEGER, 30, 1, 365),

	// Working days an aid list stays publicly posted (公示) before the bureau may approve
	// it.
	AID_PUBLIC_NOTICE_WORKING_DAYS("aid.publicNoticeWorkingDays", PolicyRule.AID_PUBLIC_NOTICE, Kind.INTEGER, 5, 1, 30),

	// Working days a school's reward-pay plan stays publicly posted (公示) before approval.
	PAY_REWARD_NOTICE_DAYS("pay.rewardNoticeDays", PolicyRule.PAY_REWARD_NOTICE, Kind.INTEGER, 5, 1, 30),

	// Working days a commendation's list stays publicly posted (公示) before conferral.
	AWARD_PUBLIC_NOTICE_WORKING_DAYS("awards.publicNoticeWorkingDays", PolicyRule.AWARD_SELECTION, Kind.INTEGER, 5, 1,
			30),

	// A unit's share of a round's places, in basis points of its full-time teachers (300
	// =
	// 3%); the county's commendation rules, not a national text.
	AWARD_QUOTA_SHARE("awards.quotaShareBasisPoints", PolicyRule.AWARD_QUOTA, Kind.INTEGER, 300, 1, 10000),

	// Whole years since the person started work (参加工作) a nominee must have; 0: no check.
	AWARD_MIN_SERVICE_YEARS("awards.minServiceYears", PolicyRule.AWARD_ELIGIBILITY, Kind.INTEGER, 3, 0, 40),

	// The years before the round's year whose annual appraisal must be competent or
	// better;
	// 0: no check.
	AWARD_APPRAISAL_YEARS("awards.appraisalYears", PolicyRule.AWARD_ELIGIBILITY, Kind.INTEGER, 3, 0, 10),

	// A key teacher's term in whole years (任期), from the day designated.
	KEY_TEACHER_TERM_YEARS("keyTeachers.termYears", PolicyRule.KEY_TEACHER_SELECTION, Kind.INTEGER, 3, 1, 10),

	// The years before the designation's year whose appraisal must be competent or
	// better; 0: no check.
	KEY_TEACHER_APPRAISAL_YEARS("keyTeachers.appraisalYears", PolicyRule.KEY_TEACHER_SELECTION, Kind.INTEGER, 3, 0, 10),

	// Whole years since starting work (教龄) per level; 0: no check.
	KEY_TEACHER_COUNTY_YEARS("keyTeachers.countyYears", PolicyRule.KEY_TEACHER_SELECTION, Kind.INTEGER, 5, 0, 40),

	KEY_TEACHER_MUNICIPAL_YEARS("keyTeachers.municipalYears", PolicyRule.KEY_TEACHER_SELECTION, Kind.INTEGER, 8, 0, 40),

	KEY_TEACHER_PROVINCIAL_YEARS("keyTeachers.provincialYears", PolicyRule.KEY_TEACHER_SELECTION, Kind.INTEGER, 10, 0,
			40),

	// The lowest title per level as a rank: 0 none, 1 三级, 2 二级, 3 一级, 4 高级, 5 正高级.
	KEY_TEACHER_COUNTY_TITLE("keyTeachers.countyTitleRank", PolicyRule.KEY_TEACHER_SELECTION, Kind.INTEGER, 2, 0, 5),

	KEY_TEACHER_MUNICIPAL_TITLE("keyTeachers.municipalTitleRank", PolicyRule.KEY_TEACHER_SELECTION, Kind.INTEGER, 3, 0,
			5),

	KEY_TEACHER_PROVINCIAL_TITLE("keyTeachers.provincialTitleRank", PolicyRule.KEY_TEACHER_SELECTION, Kind.INTEGER, 4,
			0, 5),

	EXCHANGE_CONTINUOUS_YEARS("exchange.continuousYears", PolicyRule.TEACHER_EXCHANGE_ELIGIBILITY, Kind.INTEGER, 6, 1,
			20),

	EXCHANGE_PRINCIPAL_TERMS("exchange.principalTerms", PolicyRule.TEACHER_EXCHANGE_ELIGIBILITY, Kind.INTEGER, 2, 1, 5),

	EXCHANGE_PRINCIPAL_TERM_YEARS("exchange.principalTermYears", PolicyRule.TEACHER_EXCHANGE_ELIGIBILITY, Kind.INTEGER,
			3, 1, 10),

	EXCHANGE_RETIREMENT_EXEMPT_YEARS("exchange.retirementExemptYears", PolicyRule.TEACHER_EXCHANGE_ELIGIBILITY,
			Kind.INTEGER, 5, 0, 15),

	// Shares in basis points (1000 = 10%), so the plan compares integers.
	EXCHANGE_SHARE("exchange.shareBasisPoints", PolicyRule.TEACHER_EXCHANGE, Kind.INTEGER, 1000, 1, 10000),

	EXCHANGE_BACKBONE_SHARE("exchange.backboneShareBasisPoints", PolicyRule.TEACHER_EXCHANGE, Kind.INTEGER, 2000, 0,
			10000),

	// A failed ethics assessment of year Y blocks titles, awards, promotion from the end
	// of Y for this long.
	ETHICS_FAILED_BLOCK_MONTHS("ethics.failedBlockMonths", PolicyRule.ETHICS_ONE_VOTE_VETO, Kind.INTEGER, 24, 12, 120),

	// Books per pupil by the school's highest stage (规程 2018); a school sets its own.
	LIBRARY_BOOKS_PER_PUPIL_PRIMARY("facilities.booksPerPupilPrimary", PolicyRule.LIBRARY_BOOKS, Kind.INTEGER, 25, 1,
			200),

	LIBRARY_BOOKS_PER_PUPIL_JUNIOR("facilities.booksPerPupilJunior", PolicyRule.LIBRARY_BOOKS, Kind.INTEGER, 35, 1,
			200),

	LIBRARY_BOOKS_PER_PUPIL_SENIOR("facilities.booksPerPupilSenior", PolicyRule.LIBRARY_BOOKS, Kind.INTEGER, 45, 1,
			200),

	EQUIPMENT_COMPUTERS_PER_100("facilities.computersPer100Pupils", PolicyRule.EQUIPMENT_COMPUTERS, Kind.INTEGER, 10, 1,
			100),

	// Post structure: the highest share of the professional posts at 高级 and at 中级, in
	// basis points (1:3:6 gives 1000 and 3000).
	POST_SENIOR_SHARE("posts.seniorShareBasisPoints", PolicyRule.POST_STRUCTURE, Kind.INTEGER, 1000, 0, 10000),

	POST_MIDDLE_SHARE("posts.middleShareBasisPoints", PolicyRule.POST_STRUCTURE, Kind.INTEGER, 3000, 0, 10000),

	// 督导整改: the period a school has to put a finding right, counted from the visit day.
	SUPERVISION_RECTIFICATION_DAYS("supervision.rectificationDays", PolicyRule.SUPERVISION_RECTIFICATION, Kind.INTEGER,
			30, 1, 365),

	// Candidate conditions on the election day: the lowest title (0 none … 3 一级 … 5
	// 正高级), years since starting work, the highest age.
	CADRE_CANDIDATE_MIN_TITLE("cadre.candidateMinTitle", PolicyRule.CADRE_CANDIDATE, Kind.INTEGER, 3, 0, 5),

	CADRE_CANDIDATE_WORK_YEARS("cadre.candidateWorkYears", PolicyRule.CADRE_CANDIDATE, Kind.INTEGER, 5, 0, 40),

	CADRE_CANDIDATE_MAX_AGE("cadre.candidateMaxAge", PolicyRule.CADRE_CANDIDATE, Kind.INTEGER, 50, 25, 65),

	// 班子考核: shares of the valid team ballots, 以上 (inclusive), in basis points.
	CADRE_TEAM_GOOD_SHARE("cadre.teamGoodShareBasisPoints", PolicyRule.CADRE_TEAM_ASSESSMENT, Kind.INTEGER, 6000, 1,
			10000),

	CADRE_TEAM_FAIRLY_GOOD_SHARE("cadre.teamFairlyGoodShareBasisPoints", PolicyRule.CADRE_TEAM_ASSESSMENT, Kind.INTEGER,
			6000, 1, 10000),

	CADRE_TEAM_POOR_SHARE("cadre.teamPoorShareBasisPoints", PolicyRule.CADRE_TEAM_ASSESSMENT, Kind.INTEGER, 3000, 1,
			10000),

	// 不少于5个工作日: the text sets a floor, so the range starts at it.
	CADRE_PUBLIC_NOTICE_WORKING_DAYS("cadre.publicNoticeWorkingDays", PolicyRule.CADRE_PUBLIC_NOTICE, Kind.INTEGER, 5,
			5, 30),

	// A leadership term in years (3 to 5 in the national text) and the probation of a
	// new appointment in months.
	CADRE_TERM_YEARS("cadre.termYears", PolicyRule.CADRE_TERMS, Kind.INTEGER, 3, 1, 10),

	CADRE_PROBATION_MONTHS("cadre.probationMonths", PolicyRule.CADRE_TERMS, Kind.INTEGER, 12, 0, 24),

	// 限期改正: the longest correction period given to a member graded 不合格.
	PARTY_CORRECTION_MAX_MONTHS("party.correctionMaxMonths", PolicyRule.PARTY_MEMBER_APPRAISAL, Kind.INTEGER, 12, 1,
			24),

	// Consecutive unpaid months that make a member a case for 自行脱党 handling.
	PARTY_DUES_LAPSE_MONTHS("party.duesLapseMonths", PolicyRule.PARTY_DUES, Kind.INTEGER, 6, 1, 12),

	// Posts a unit may lie above or below its establishment before it is flagged 超编/缺编.
	ESTABLISHMENT_TOLERANCE_POSTS("establishment.tolerancePosts", PolicyRule.ESTABLISHMENT_STANDARD, Kind.INTEGER, 1, 0,
			50),

	// Children per post in kindergartens; 0: no ratio set, the requirement is shown as
	// "—".
	ESTABLISHMENT_PRESCHOOL_RATIO("establishment.preschoolChildrenPerPost", PolicyRule.ESTABLISHMENT_STANDARD,
			Kind.DECIMAL, 0, 0, 100),

	// Students per post in secondary vocational schools; 0: no ratio set.
	ESTABLISHMENT_VOCATIONAL_RATIO("establishment.vocationalStudentsPerPost", PolicyRule.ESTABLISHMENT_STANDARD,
			Kind.DECIMAL, 0, 0, 100),

	// Students per post in special education schools; 0: no ratio set.
	ESTABLISHMENT_SPECIAL_RATIO("establishment.specialStudentsPerPost", PolicyRule.ESTABLISHMENT_STANDARD, Kind.DECIMAL,
			0, 0, 100);

	private final String key;

	private final PolicyRule rule;

	private final Kind kind;

	private final BigDecimal defaultValue;

	private final BigDecimal min;

	private final BigDecimal max;

	LocalParameter(String key, PolicyRule rule, Kind kind, long defaultValue, long min, long max) {
		this.key = key;
		this.rule = rule;
		this.kind = kind;
		this.defaultValue = BigDecimal.valueOf(defaultValue);
		this.min = BigDecimal.valueOf(min);
		this.max = BigDecimal.valueOf(max);
	}

	public String key() {
		return key;
	}

	public PolicyRule rule() {
		return rule;
	}

	public Kind kind() {
		return kind;
	}

	public BigDecimal defaultValue() {
		return defaultValue;
	}

	public BigDecimal min() {
		return min;
	}

	public BigDecimal max() {
		return max;
	}

	public static Optional<LocalParameter> fromKey(String key) {
		return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
	}

	/** How a value is entered and shown; booleans are kept as 0 or 1. */
	public enum Kind {

		INTEGER, DECIMAL, BOOLEAN

	}

}
