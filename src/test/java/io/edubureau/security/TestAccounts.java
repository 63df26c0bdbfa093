package io.edubureau.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Ownership;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitForm;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.Education;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.TitleLevel;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Test fixture: builds a small unit tree with unique codes and real accounts for every
 * built-in role, so tests sign in as real users through the real security configuration.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "Test-Passw0rd!";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final OrgManagement org;

	private final UserAccountRepository users;

	private final RoleRepository roles;

	private final PasswordEncoder encoder;

	private final TransactionTemplate tx;

	private final RulesManagement rules;

	private static final AtomicInteger ID_SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400));

	TestAccounts(OrgManagement org, UserAccountRepository users, RoleRepository roles, PasswordEncoder encoder,
			TransactionTemplate tx, RulesManagement rules) {
		this.rules = rules;
		this.org = org;
		this.users = users;
		this.roles = roles;
		this.encoder = encoder;
		this.tx = tx;
	}

	/**
	 * A 10-digit code no other test uses in this run (the run's start time keeps runs
	 * apart on a shared DB).
	 */
	public static String uniqueCode() {
		long base = (System.currentTimeMillis() / 1000) % 100_000L;
		return String.format("9%05d%04d", base, SEQUENCE.incrementAndGet() % 10_000);
	}

	/** A bureau with one township office and two schools, each with a teaching point. */
	public County county() {
		return asSystem(() -> {
			UnitView bureau = org.create(DataScope.all(), unit(UnitType.BUREAU, "测试教育局", null, Set.of()));
			UnitView office = org.create(DataScope.all(),
					unit(UnitType.TOWNSHIP_OFFICE, "测试镇教育办", bureau.code(), Set.of()));
			UnitView schoolA = org.create(DataScope.all(),
					unit(UnitType.SCHOOL, "测试甲小学", office.code(), Set.of(Stage.PRIMARY)));
			UnitView pointA = org.create(DataScope.all(),
					unit(UnitType.TEACHING_POINT, "测试甲教学点", schoolA.code(), Set.of(Stage.PRIMARY)));
			UnitView schoolB = org.create(DataScope.all(),
					unit(UnitType.SCHOOL, "测试乙中学", bureau.code(), Set.of(Stage.JUNIOR, Stage.SENIOR)));
			UnitView pointB = org.create(DataScope.all(),
					unit(UnitType.TEACHING_POINT, "测试乙教学点", schoolB.code(), Set.of(Stage.PRIMARY)));
			return new County(bureau, office, schoolA, pointA, schoolB, pointB);
		});
	}

	public static UnitForm unit(UnitType type, String name, String parentCode, Set<Stage> stages) {
		boolean school = type == UnitType.SCHOOL || type == UnitType.TEACHING_POINT;
		return new UnitForm(uniqueCode(), name, null, type, parentCode, stages, school ? Ownership.PUBLIC : null,
				school ? Locality.RURAL : null, null, false, null, null, null);
	}

	/**
	 * Creates an account with the given built-in role at the unit; its password is
	 * {@link #PASSWORD}.
	 */
	public String account(String role, UnitView unit) {
		return account(role, unit, null);
	}

	/** An account linked to a person, as a teacher's account is for the SELF scope. */
	public String account(String role, UnitView unit, Long staffId) {
		String username = role.toLowerCase() + "-" + uniqueCode();
		tx.executeWithoutResult(status -> {
			UserAccount account = new UserAccount(username, username, encoder.encode(PASSWORD), false);
			account.describe(username, unit == null ? null : unit.id(), staffId,
					Set.of(roles.findByCode(role).orElseThrow()));
			users.save(account);
		});
		return username;
	}

	/**
	 * A valid identity number no other test uses in this run: a random address code, the
	 * birth date, and a sequence whose parity gives the sex.
	 */
	public String idNumber(LocalDate birth, boolean female) {
		int area = 110000 + (int) ((System.currentTimeMillis() / 1000) % 800000);
		int sequence = (ID_SEQUENCE.incrementAndGet() % 499) * 2 + (female ? 0 : 1);
		String first17 = String.format("%06d%04d%02d%02d%03d", area, birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), sequence);
		return first17 + rules.checkCharacter(first17);
	}

	/** A form for an in-establishment primary teacher at the unit. */
	public static StaffForm teacher(String idNumber, String name, String unitCode) {
		return StaffForm.builder()
			.idNumber(idNumber)
			.name(name)
			.politicalStatus(PoliticalStatus.NONE)
			.unitCode(unitCode)
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.subject("数学")
			.backbone(false)
			.academicLeader(false)
			.hireChannel(HireChannel.OPEN_RECRUITMENT)
			.highestEducation(Education.BACHELOR)
			.graduateSchoolTier(SchoolTier.OTHER)
			.titleLevel(TitleLevel.SECOND)
			.build();
	}

	/**
	 * Signs a MockMvc request in as that user through the session-less path (a real
	 * principal).
	 */
	public RequestPostProcessor as(String username) {
		BureauUser user = tx
			.execute(status -> new BureauUser(users.findByUsername(username).orElseThrow(), Instant.now()));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/**
	 * HTTP Basic with the fixture password, for API tests that go through the real
	 * authentication.
	 */
	public static RequestPostProcessor basic(String username) {
		return httpBasic(username, PASSWORD);
	}

	/** Runs as a signed-in system actor so audit entries name someone. */
	public <T> T asSystem(java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated("test-fixture", null, java.util.List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The units {@link #county()} creates. */
	public record County(UnitView bureau, UnitView office, UnitView schoolA, UnitView pointA, UnitView schoolB,
			UnitView pointB) {
	}

}
