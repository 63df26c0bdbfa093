package io.edubureau.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At every start: brings the built-in roles in line with the code. At first start:
 * creates {@code admin} (the security administrator) and, with the demo county, one
 * account per role.
 */
@Component
@Order(20)
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	static final Map<BuiltInRole, String[]> NAMES = Map.ofEntries(
			Map.entry(BuiltInRole.SYSTEM_ADMIN, new String[] { "系统管理员", "System administrator" }),
			Map.entry(BuiltInRole.SECURITY_ADMIN, new String[] { "安全管理员", "Security administrator" }),
			Map.entry(BuiltInRole.AUDIT_ADMIN, new String[] { "审计管理员", "Audit administrator" }),
			Map.entry(BuiltInRole.BUREAU_OFFICER, new String[] { "教育局科室人员", "Bureau officer" }),
			Map.entry(BuiltInRole.SCHOOL_ADMIN, new String[] { "学校信息管理员", "School administrator" }),
			Map.entry(BuiltInRole.TEACHER, new String[] { "教师", "Teacher" }),
			Map.entry(BuiltInRole.INSPECTOR,
					new String[] { "督导检查员", "Inspector (supervision visits; otherwise read-only)" }),
			Map.entry(BuiltInRole.PARTY_OFFICER, new String[] { "党务干部", "Party affairs officer" }),
			Map.entry(BuiltInRole.PETITION_OFFICER, new String[] { "信访专干", "Petition officer" }),
			Map.entry(BuiltInRole.PAY_OFFICER, new String[] { "工资管理员", "Pay officer" }),
			Map.entry(BuiltInRole.ETHICS_OFFICER, new String[] { "师德专员", "Ethics officer" }));

	private final RoleRepository roles;

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final String adminPassword;

	private final boolean demo;

	/**
	 * Held until the application is ready, so the box is not scrolled away by loading.
	 */
	private volatile String oneTimePassword;

	AccountBootstrap(RoleRepository roles, UserAccountRepository users, PasswordEncoder encoder, OrgManagement org,
			AuditManagement audit, @Value("${edubureau.admin-password:}") String adminPassword,
			@Value("${edubureau.demo:true}") boolean demo) {
		this.roles = roles;
		this.users = users;
		this.encoder = encoder;
		this.org = org;
		this.audit = audit;
		this.adminPassword = adminPassword;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (BuiltInRole builtIn : BuiltInRole.values()) {
			Role role = roles.findByCode(builtIn.name()).orElse(null);
			Map<String, Object> before = role == null ? Map.of() : SecurityManagement.snapshot(role);
			if (role == null) {
				role = new Role(builtIn.name(), NAMES.get(builtIn)[0], NAMES.get(builtIn)[1], true);
			}
			role.define(NAMES.get(builtIn)[0], NAMES.get(builtIn)[1], builtIn.scope(), builtIn.permissions());
			roles.save(role);
			// An existing installation's row corrected to the code is a change like any
			// other.
			List<Change> changes = Change.between(before, SecurityManagement.snapshot(role));
			if (!before.isEmpty() && !changes.isEmpty()) {
				ApiTokenCache.changed();
				audit.record(AuditAction.UPDATE, SecurityManagement.ROLE, role.getId(), role.getCode(), changes);
			}
		}
		if (users.count() > 0) {
			return;
		}
		boolean generated = adminPassword == null || adminPassword.isBlank();
		String password = generated ? SecurityManagement.generatePassword() : adminPassword;
		String hash = encoder.encode(password);
		create("admin", "安全管理员 admin", hash, generated, BuiltInRole.SECURITY_ADMIN, null);
		if (generated) {
			this.oneTimePassword = password;
		}
		else {
			log.info("EduBureau created user 'admin' with the password from EDUBUREAU_ADMIN_PASSWORD");
		}
		if (demo) {
			createDemoAccounts(hash, generated);
		}
	}

	// After the start-up gate's address line (highest precedence), so the box is the last
	// thing printed.
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void showOneTimePassword() {
		String password = this.oneTimePassword;
		this.oneTimePassword = null;
		if (password == null) {
			return;
		}
		String rule = "*".repeat(64);
		log.warn("\n\n  {}\n  EduBureau created user 'admin' (security administrator) with the one-time password: {}\n"
				+ "  首次启动已创建用户 admin（安全管理员），一次性密码如上，首次登录时须修改。\n"
				+ "  It must be changed at first sign-in. Set EDUBUREAU_ADMIN_PASSWORD to choose it instead.\n  {}\n",
				rule, password, rule);
	}

	private void createDemoAccounts(String hash, boolean generated) {
		List<UnitView> bureaus = org.listAll(DataScope.all(),
				new io.edubureau.org.UnitFilter(null, io.edubureau.org.UnitType.BUREAU, null, null, null, null, null));
		List<UnitView> schools = org.listAll(DataScope.all(),
				new io.edubureau.org.UnitFilter(null, io.edubureau.org.UnitType.SCHOOL, null, null, null, null, null));
		if (bureaus.isEmpty() || schools.isEmpty()) {
			return;
		}
		Long bureau = bureaus.get(0).id();
		Long school = schools.get(0).id();
		create("sysadmin", "系统管理员", hash, generated, BuiltInRole.SYSTEM_ADMIN, null);
		create("auditor", "审计管理员", hash, generated, BuiltInRole.AUDIT_ADMIN, null);
		create("officer", "人事股 王科员", hash, generated, BuiltInRole.BUREAU_OFFICER, bureau);
		create("school", "学校信息员 李老师", hash, generated, BuiltInRole.SCHOOL_ADMIN, school);
		create("teacher", "张老师", hash, generated, BuiltInRole.TEACHER, school);
		create("inspector", "督导 赵督学", hash, generated, BuiltInRole.INSPECTOR, bureau);
		create("petitions", "信访专干 刘干事", hash, generated, BuiltInRole.PETITION_OFFICER, bureau);
		create("payofficer", "工资管理员 钱会计", hash, generated, BuiltInRole.PAY_OFFICER, bureau);
		log.info(
				"Demo accounts sysadmin, auditor, officer, school, teacher, inspector, petitions and payofficer share admin's first password");
	}

	private void create(String username, String name, String hash, boolean mustChange, BuiltInRole role, Long unitId) {
		UserAccount account = new UserAccount(username, name, hash, mustChange);
		account.describe(name, unitId, null, Set.of(roles.findByCode(role.name()).orElseThrow()));
		users.save(account);
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("username", username);
		created.put("displayName", name);
		created.put("unitId", unitId);
		created.put("mustChangePassword", mustChange);
		created.put("roles", role.name());
		audit.record(AuditAction.CREATE, SecurityManagement.USER, account.getId(), username, Change.created(created));
	}

}
