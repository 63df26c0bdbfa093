package io.edubureau.pay;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.edubureau.org.DataScope;
import io.edubureau.org.Stage;
import io.edubureau.security.TestAccounts;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People, tables and records for the pay tests; each test class works in a year of its
 * own.
 */
final class PayFixtures {

	// Rates are installation-wide and dated: each test takes its own far year, so another
	// test's table of the same year never prices its months (an earlier year's rate stays
	// in force unless the year's table states the item).
	private static final AtomicInteger YEARS = new AtomicInteger((int) ((System.currentTimeMillis() / 1000) % 10) * 5);

	// 2031–2084: after the enrolments' 2030 and disjoint from the browser pay tests'
	// 2085–2099 (BackPayFlowTests, PayrollFlowTests), which run in the same JVM and
	// database; wraps round rather than reach them.
	static final int FIRST_YEAR = 2031;

	static final int LAST_YEAR = 2084;

	private PayFixtures() {
	}

	static int year() {
		return FIRST_YEAR + Math.floorMod(YEARS.incrementAndGet(), LAST_YEAR - FIRST_YEAR + 1);
	}

	static StaffView teacher(TestAccounts accounts, StaffManagement staff, String name, String unitCode) {
		StaffForm t = TestAccounts.teacher(accounts.idNumber(LocalDate.of(1985, 4, 4), true), name, unitCode);
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				t.toBuilder().stage(Stage.PRIMARY).hireDate(LocalDate.of(2010, 9, 1)).build()));
	}

	/** The county's table from 1 January of the year, imported through the API. */
	static void importTable(MockMvc mvc, RequestPostProcessor officer, int year) throws Exception {
		String csv = """
				项目,等级或类别,标准（元）
				岗位工资,10,2380
				薪级工资,20,1215
				薪级工资,21,1290.50
				绩效工资标准,全部,12000
				基础性绩效比例,全部,70
				乡村教师生活补助,教学点,500
				乡村教师生活补助,村小,400
				乡镇工作补贴,全部,350
				班主任津贴,全部,300
				""";
		mvc.perform(multipart("/api/v1/pay/tables")
			.file(new MockMultipartFile("file", "rates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("effective_from", year + "-01-01")
			.with(officer)
			.with(csrf())).andExpect(status().isOk());
	}

	/** Rows (项目,等级或类别,标准（元）, one a line) as a table from a day. */
	static void importRates(MockMvc mvc, RequestPostProcessor officer, String rows, String effectiveFrom)
			throws Exception {
		String csv = "项目,等级或类别,标准（元）\n" + rows + "\n";
		mvc.perform(multipart("/api/v1/pay/tables")
			.file(new MockMultipartFile("file", "rates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("effective_from", effectiveFrom)
			.with(officer)
			.with(csrf())).andExpect(status().isOk());
	}

	/** Computes and locks each month of the officer's bureau, in order. */
	static void computeAndLock(MockMvc mvc, RequestPostProcessor officer, String... months) throws Exception {
		for (String m : months) {
			mvc.perform(post("/api/v1/pay/months/{m}/compute", m).with(officer).with(csrf()))
				.andExpect(status().isOk());
			mvc.perform(post("/api/v1/pay/months/{m}/lock", m).with(officer).with(csrf())).andExpect(status().isOk());
		}
	}

	static void enrol(MockMvc mvc, RequestPostProcessor officer, long staffId, int step, boolean headTeacher,
			String account) throws Exception {
		mvc.perform(post("/api/v1/pay/records").with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"staffId\":" + staffId + ",\"postGrade\":10,\"salaryStep\":" + step
					+ ",\"effectiveOn\":\"2030-01-01\",\"headTeacher\":" + headTeacher + ",\"bankAccount\":\"" + account
					+ "\"}"))
			.andExpect(status().isCreated());
	}

	/**
	 * The account's own authorities less pay:sensitive:read (as a role without it would
	 * be).
	 */
	static RequestPostProcessor withoutSensitive(TestAccounts accounts, String username) {
		return request -> {
			accounts.as(username).postProcessRequest(request);
			// The post-processor keeps the signed-in context among the request's
			// attributes.
			Authentication a = java.util.Collections.list(request.getAttributeNames())
				.stream()
				.map(request::getAttribute)
				.filter(SecurityContext.class::isInstance)
				.map(c -> ((SecurityContext) c).getAuthentication())
				.findFirst()
				.orElseThrow();
			List<GrantedAuthority> kept = a.getAuthorities()
				.stream()
				.filter(g -> !"pay:sensitive:read".equals(g.getAuthority()))
				.map(g -> (GrantedAuthority) g)
				.toList();
			return authentication(UsernamePasswordAuthenticationToken.authenticated(a.getPrincipal(), null, kept))
				.postProcessRequest(request);
		};
	}

}
