package io.edubureau.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, roles and tokens. Keeps the three administrators apart: no role and no
 * account may combine permissions of more than one administrative domain, and nobody
 * changes their own roles.
 */
@Service
public class SecurityManagement {

	static final String USER = "security.user";

	static final String ROLE = "security.role";

	static final String TOKEN = "security.token";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository users;

	private final RoleRepository roles;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditManagement audit;

	private final OrgManagement org;

	SecurityManagement(UserAccountRepository users, RoleRepository roles, ApiTokenRepository tokens,
			PasswordEncoder encoder, PasswordPolicy policy, AuditManagement audit, OrgManagement org) {
		this.users = users;
		this.roles = roles;
		this.tokens = tokens;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.org = org;
	}

	// ---- accounts

	@Transactional(readOnly = true)
	public Page<UserView> users(String q, Pageable pageable) {
		String like = q == null || q.isBlank() ? null : "%"
				+ q.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		Page<UserAccount> page = users.search(like, pageable);
		Map<Long, UnitView> units = units(page.getContent());
		return page.map(a -> toView(a, units.get(a.getUnitId())));
	}

	@Transactional(readOnly = true)
	public UserView user(long id) {
		UserAccount account = account(id);
		return toView(account, units(List.of(account)).get(account.getUnitId()));
	}

	/**
	 * Units whose name or code contains {@code q}, to suggest while an account's unit is
	 * chosen. Placing accounts is the security administrator's task across the whole
	 * tree, so this reads with {@link DataScope#all()}.
	 */
	@Transactional(readOnly = true)
	public List<UnitView> unitSuggestions(String q) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		return org
			.list(DataScope.all(), new UnitFilter(q.strip(), null, null, null, null, null, null),
					PageRequest.of(0, 20, Sort.by("code")))
			.getContent();
	}

	/**
	 * Creates an account with a generated password, returned once, that must be changed
	 * at first sign-in.
	 */
	@Transactional
	public Created createUser(long actingUserId, UserForm form) {
		if (users.existsByUsername(form.username())) {
			throw new Rejection("username", "security.user.username.duplicate", form.username());
		}
		String password = generatePassword();
		UserAccount account = new UserAccount(form.username(), form.displayName(), encoder.encode(password), true);
		describe(account, form, actingUserId);
		users.save(account);
		audit.record(AuditAction.CREATE, USER, account.getId(), account.getUsername(),
				Change.created(snapshot(account)));
		return new Created(user(account.getId()), password);
	}

	@Transactional
	public UserView updateUser(long actingUserId, long id, UserForm form) {
		UserAccount account = account(id);
		if (!account.getUsername().equals(form.username())) {
			throw new Rejection("username", "security.user.username.immutable");
		}
		Map<String, Object> before = snapshot(account);
		describe(account, form, actingUserId);
		if (form.enabled() != null) {
			enable(account, form.enabled(), actingUserId);
		}
		List<Change> changes = Change.between(before, snapshot(account));
		if (!changes.isEmpty()) {
			audit.record(AuditAction.UPDATE, USER, account.getId(), account.getUsername(), changes);
		}
		return user(id);
	}

	/**
	 * Enables or disables an account; a disabled account cannot sign in or use its
	 * tokens.
	 */
	@Transactional
	public UserView setEnabled(long actingUserId, long id, boolean enabled) {
		UserAccount account = account(id);
		Map<String, Object> before = snapshot(account);
		enable(account, enabled, actingUserId);
		List<Change> changes = Change.between(before, snapshot(account));
		if (!changes.isEmpty()) {
			audit.record(AuditAction.UPDATE, USER, id, account.getUsername(), changes);
		}
		return user(id);
	}

	private static void enable(UserAccount account, boolean enabled, long actingUserId) {
		// Disabling oneself could leave nobody to administer accounts.
		if (!enabled && account.getId() == actingUserId) {
			throw new Rejection("enabled", "security.user.enabled.self");
		}
		account.enable(enabled);
	}

	private void describe(UserAccount account, UserForm form, long actingUserId) {
		// Without a role an account could not even change its generated password.
		if (form.roleCodes().isEmpty()) {
			throw new Rejection("roleCodes", "security.user.role.required");
		}
		Set<Role> chosen = new HashSet<>();
		for (String code : form.roleCodes()) {
			chosen.add(roles.findByCode(code)
				.orElseThrow(() -> new Rejection("roleCodes", "security.user.role.unknown", code)));
		}
		if (account.getId() != null && account.getId() == actingUserId
				&& !codes(chosen).equals(codes(account.getRoles()))) {
			throw new Rejection("roleCodes", "security.user.role.self");
		}
		Set<Permission.AdminDomain> domains = EnumSet.noneOf(Permission.AdminDomain.class);
		chosen.forEach(r -> domains.addAll(r.domains()));
		if (domains.size() > 1) {
			throw new Rejection("roleCodes", "security.user.role.separation");
		}
		Long unitId = null;
		if (form.unitCode() != null) {
			unitId = org.findByCode(DataScope.all(), form.unitCode())
				.map(UnitView::id)
				.orElseThrow(() -> new Rejection("unitCode", "security.user.unitCode.unknown", form.unitCode()));
		}
		boolean needsUnit = chosen.stream().anyMatch(r -> r.getDataScope() != ScopeKind.ALL);
		if (needsUnit && unitId == null) {
			throw new Rejection("unitCode", "security.user.unitCode.required");
		}
		account.describe(form.displayName(), unitId, account.getStaffId(), chosen);
	}

	/**
	 * Links an account to the person it belongs to, so a SELF data scope finds their
	 * record.
	 */
	@Transactional
	public void linkStaff(String username, long staffId) {
		users.findByUsername(username).ifPresent(account -> {
			Map<String, Object> before = snapshot(account);
			// A copy: describe clears the account's own role set before adding the given
			// one.
			account.describe(account.getDisplayName(), account.getUnitId(), staffId, Set.copyOf(account.getRoles()));
			audit.record(AuditAction.UPDATE, USER, account.getId(), account.getUsername(),
					Change.between(before, snapshot(account)));
		});
	}

	/**
	 * Gives the account a new generated password, returned once, to be changed at the
	 * next sign-in. Neither password reaches the audit trail.
	 */
	@Transactional
	public String resetPassword(long id) {
		UserAccount account = account(id);
		Map<String, Object> before = snapshot(account);
		String password = generatePassword();
		account.changePassword(encoder.encode(password), true);
		List<Change> changes = new ArrayList<>(List.of(new Change("password", null, "reset")));
		changes.addAll(Change.between(before, snapshot(account)));
		audit.record(AuditAction.UPDATE, USER, id, account.getUsername(), changes);
		return password;
	}

	@Transactional
	public UserView unlock(long id) {
		UserAccount account = account(id);
		Map<String, Object> before = lockState(account);
		account.unlock();
		audit.record(AuditAction.UNLOCK, USER, id, account.getUsername(), Change.between(before, lockState(account)));
		return user(id);
	}

	/** A user changes their own password, proving the current one. */
	@Transactional
	public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
		UserAccount account = account(userId);
		if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new Rejection("currentPassword", "security.password.currentWrong");
		}
		List<Problem> problems = new ArrayList<>(policy.check(account.getUsername(), newPassword));
		if (problems.isEmpty() && encoder.matches(newPassword, account.getPasswordHash())) {
			problems.add(new Problem("newPassword", "security.password.sameAsOld"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Map<String, Object> before = snapshot(account);
		account.changePassword(encoder.encode(newPassword), false);
		List<Change> changes = new ArrayList<>(List.of(new Change("password", null, "changed")));
		changes.addAll(Change.between(before, snapshot(account)));
		audit.record(AuditAction.UPDATE, USER, userId, account.getUsername(), changes);
	}

	// ---- roles

	@Transactional(readOnly = true)
	public List<RoleView> roles() {
		return roles.findAllByOrderByBuiltInDescCodeAsc().stream().map(Role::toView).toList();
	}

	@Transactional(readOnly = true)
	public RoleView role(long id) {
		return roles.findById(id).map(Role::toView).orElseThrow(() -> new NotFound("role " + id));
	}

	/**
	 * Creates ({@code id == null}) or changes a custom role. Refused when the role would
	 * mix administrative domains, when it would make one of its holders do so, and when
	 * the acting user holds it (nobody changes their own permissions).
	 */
	@Transactional
	public RoleView saveRole(long actingUserId, Long id, RoleForm form) {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (String code : form.permissions()) {
			permissions.add(Permission.fromCode(code)
				.orElseThrow(() -> new Rejection("permissions", "security.role.permission.unknown", code)));
		}
		Set<Permission.AdminDomain> domains = domains(permissions);
		if (domains.size() > 1) {
			throw new Rejection("permissions", "security.role.separation");
		}
		Role role;
		Map<String, Object> before;
		if (id == null) {
			if (roles.findByCode(form.code()).isPresent()) {
				throw new Rejection("code", "security.role.code.duplicate", form.code());
			}
			role = new Role(form.code(), form.nameZh(), form.nameEn(), false);
			before = Map.of();
		}
		else {
			role = roles.findById(id).orElseThrow(() -> new NotFound("role " + id));
			if (role.isBuiltIn()) {
				throw new Rejection("code", "security.role.builtIn");
			}
			if (!role.getCode().equals(form.code())) {
				throw new Rejection("code", "security.role.code.immutable");
			}
			for (UserAccount holder : users.findByRole(id)) {
				if (holder.getId() == actingUserId) {
					throw new Rejection("code", "security.role.self");
				}
				Set<Permission.AdminDomain> held = EnumSet.copyOf(domains(permissions));
				holder.getRoles().stream().filter(r -> !r.getId().equals(id)).forEach(r -> held.addAll(r.domains()));
				if (held.size() > 1) {
					throw new Rejection("permissions", "security.role.separation.holder", holder.getUsername());
				}
			}
			before = snapshot(role);
		}
		role.define(form.nameZh(), form.nameEn(), form.dataScope(), permissions);
		roles.save(role);
		// A change of permissions alone may not count as an update of the role row.
		ApiTokenCache.changed();
		List<Change> changes = Change.between(before, snapshot(role));
		if (!changes.isEmpty()) {
			audit.record(id == null ? AuditAction.CREATE : AuditAction.UPDATE, ROLE, role.getId(), role.getCode(),
					changes);
		}
		return role.toView();
	}

	private static Set<Permission.AdminDomain> domains(Set<Permission> permissions) {
		Set<Permission.AdminDomain> domains = EnumSet.noneOf(Permission.AdminDomain.class);
		permissions.stream()
			.map(Permission::domain)
			.filter(d -> d != Permission.AdminDomain.NEUTRAL)
			.forEach(domains::add);
		return domains;
	}

	// ---- personal API tokens

	@Transactional(readOnly = true)
	public List<ApiTokenView> tokens(long userId) {
		return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().map(ApiToken::toView).toList();
	}

	/**
	 * Issues a token for the user; the secret is returned once and only its hash is kept.
	 */
	@Transactional
	public Created.Token issueToken(long userId, String name, Integer validDays) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new Rejection("name", "security.token.name.required");
		}
		if (validDays != null && (validDays < 1 || validDays > 3650)) {
			throw new Rejection("validDays", "security.token.validDays.range");
		}
		UserAccount owner = account(userId);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = ApiTokenAuthenticationFilter.PREFIX
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = new ApiToken(userId, name.strip(), ApiTokenAuthenticationFilter.hash(secret),
				secret.substring(0, 10), validDays == null ? null : Instant.now().plus(validDays, ChronoUnit.DAYS));
		tokens.save(token);
		audit.record(AuditAction.CREATE, TOKEN, token.getId(), owner.getUsername() + ": " + token.getName(),
				Change.created(snapshot(token, owner)));
		return new Created.Token(token.toView(), secret);
	}

	@Transactional
	public void revokeToken(long userId, long tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.getUserId() == userId)
			.orElseThrow(() -> new NotFound("token " + tokenId));
		UserAccount owner = account(userId);
		Map<String, Object> before = snapshot(token, owner);
		token.revoke();
		ApiTokenCache.changed();
		List<Change> changes = Change.between(before, snapshot(token, owner));
		if (!changes.isEmpty()) {
			audit.record(AuditAction.REVOKE, TOKEN, tokenId, owner.getUsername() + ": " + token.getName(), changes);
		}
	}

	private UserAccount account(long id) {
		return users.findById(id).orElseThrow(() -> new NotFound("user " + id));
	}

	private Map<Long, UnitView> units(List<UserAccount> accounts) {
		Map<Long, UnitView> units = new HashMap<>();
		for (UserAccount a : accounts) {
			Long unitId = a.getUnitId();
			if (unitId != null && !units.containsKey(unitId)) {
				try {
					units.put(unitId, org.get(DataScope.all(), unitId));
				}
				catch (NotFound ex) {
					// A unit id that no longer resolves shows as the bare id.
				}
			}
		}
		return units;
	}

	// ---- helpers

	static String generatePassword() {
		String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		String lower = "abcdefghijkmnopqrstuvwxyz";
		String digits = "23456789";
		String all = upper + lower + digits;
		StringBuilder b = new StringBuilder();
		b.append(upper.charAt(RANDOM.nextInt(upper.length())));
		b.append(lower.charAt(RANDOM.nextInt(lower.length())));
		b.append(digits.charAt(RANDOM.nextInt(digits.length())));
		for (int i = 0; i < 13; i++) {
			b.append(all.charAt(RANDOM.nextInt(all.length())));
		}
		return b.toString();
	}

	private static Set<String> codes(Set<Role> set) {
		Set<String> codes = new TreeSet<>();
		set.forEach(r -> codes.add(r.getCode()));
		return codes;
	}

	// What the audit trail shows of an account: never its password hash.
	private static Map<String, Object> snapshot(UserAccount a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("username", a.getUsername());
		m.put("displayName", a.getDisplayName());
		m.put("unitId", a.getUnitId());
		m.put("staffId", a.getStaffId());
		m.put("enabled", a.isEnabled());
		m.put("mustChangePassword", a.isMustChangePassword());
		m.put("roles", String.join("|", codes(a.getRoles())));
		return m;
	}

	private static Map<String, Object> lockState(UserAccount a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("failedAttempts", a.getFailedAttempts());
		m.put("lockedUntil", a.getLockedUntil());
		return m;
	}

	// What the audit trail shows of a token: never its secret or hash.
	private static Map<String, Object> snapshot(ApiToken t, UserAccount owner) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("owner", owner.getUsername());
		m.put("name", t.getName());
		m.put("prefix", t.getPrefix());
		m.put("expiresAt", t.getExpiresAt());
		m.put("revokedAt", t.getRevokedAt());
		return m;
	}

	static Map<String, Object> snapshot(Role r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", r.getCode());
		m.put("nameZh", r.getNameZh());
		m.put("nameEn", r.getNameEn());
		m.put("dataScope", r.getDataScope());
		m.put("permissions", String.join("|", r.getPermissions().stream().map(Permission::code).sorted().toList()));
		return m;
	}

	static UserView toView(UserAccount a, UnitView unit) {
		Instant now = Instant.now();
		return new UserView(a.getId(), a.getUsername(), a.getDisplayName(), a.getUnitId(),
				unit == null ? null : unit.code(), unit == null ? null : unit.name(), a.getStaffId(), a.isEnabled(),
				a.isLocked(now), a.isLocked(now) ? a.getLockedUntil() : null, a.getFailedAttempts(),
				a.isMustChangePassword(), a.getLastLoginAt(), a.getPasswordChangedAt(), a.getCreatedAt(),
				codes(a.getRoles()));
	}

	/**
	 * An account just created, with its one-time password.
	 *
	 * @param user the account
	 * @param password the generated password, shown once
	 */
	public record Created(UserView user, String password) {

		/**
		 * A token just issued, with its one-time secret.
		 *
		 * @param token the token
		 * @param secret the secret, shown once
		 */
		public record Token(ApiTokenView token, String secret) {
		}

	}

}
