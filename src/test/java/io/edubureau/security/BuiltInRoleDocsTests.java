package io.edubureau.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.edubureau.EduBureauTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in roles the application creates are exactly the role table of
 * docs/security.md, and an installation whose role rows say otherwise is corrected at
 * start.
 */
@EduBureauTest
class BuiltInRoleDocsTests {

	private static final Pattern CODE = Pattern.compile("`([a-z]+:[a-z]+:[a-z]+)`");

	@Autowired
	RoleRepository roles;

	@Autowired
	AccountBootstrap bootstrap;

	@Autowired
	JdbcTemplate jdbc;

	/** A documented role: its data scope and permission codes. */
	record Documented(String scope, Set<String> permissions) {
	}

	static Map<String, Documented> documentedRoles() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("docs/security.md"), StandardCharsets.UTF_8);
		int start = lines.indexOf("## Built-in roles");
		assertThat(start).as("docs/security.md has a section '## Built-in roles'").isNotNegative();
		Map<String, Documented> documented = new LinkedHashMap<>();
		for (String line : lines.subList(start + 1, lines.size())) {
			if (line.startsWith("## ")) {
				break;
			}
			if (!line.startsWith("| `")) {
				continue;
			}
			String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
			String code = cells[1].replace("`", "");
			Set<String> permissions = new TreeSet<>();
			Matcher m = CODE.matcher(cells[4]);
			while (m.find()) {
				permissions.add(m.group(1));
			}
			documented.put(code, new Documented(cells[3], permissions));
		}
		return documented;
	}

	static Set<String> codes(Set<Permission> permissions) {
		return permissions.stream().map(Permission::code).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void theApplicationCreatesExactlyTheDocumentedRoles() throws IOException {
		Map<String, Documented> documented = documentedRoles();
		assertThat(documented.keySet())
			.containsExactlyInAnyOrder(Arrays.stream(BuiltInRole.values()).map(Enum::name).toArray(String[]::new));
		for (var entry : documented.entrySet()) {
			Role role = roles.findByCode(entry.getKey()).orElseThrow();
			assertThat(role.isBuiltIn()).isTrue();
			assertThat(role.getDataScope().name()).as(entry.getKey()).isEqualTo(entry.getValue().scope());
			assertThat(codes(role.getPermissions())).as(entry.getKey() + " in the database")
				.isEqualTo(entry.getValue().permissions());
			assertThat(codes(BuiltInRole.valueOf(entry.getKey()).permissions())).as(entry.getKey() + " in the code")
				.isEqualTo(entry.getValue().permissions());
		}
	}

	@Test
	void theSystemAdministratorHoldsNoPersonnelPowers() throws IOException {
		Set<String> sysadmin = documentedRoles().get("SYSTEM_ADMIN").permissions();
		assertThat(sysadmin).contains("org:unit:read", "org:unit:update", "system:metrics:read")
			.doesNotContain("staff:sensitive:read")
			.noneMatch(p -> p.startsWith("staff:") || p.startsWith("titles:") || p.startsWith("registration:")
					|| p.startsWith("training:") || p.startsWith("establishment:"));
		assertThat(codes(roles.findByCode("SYSTEM_ADMIN").orElseThrow().getPermissions())).doesNotContain(
				"staff:sensitive:read", "staff:person:update", "titles:round:manage", "registration:cycle:manage");
	}

	@Test
	void anInstallationsOldRoleRowsAreCorrectedAtStartAndAudited() throws IOException {
		long id = roles.findByCode("SYSTEM_ADMIN").orElseThrow().getId();
		// The rows an installation of an earlier version holds.
		for (String extra : List.of("staff:sensitive:read", "staff:person:update", "titles:round:manage")) {
			jdbc.update("delete from security_role_permission where role_id = ? and permission = ?", id, extra);
			jdbc.update("insert into security_role_permission (role_id, permission) values (?, ?)", id, extra);
		}
		jdbc.update("delete from security_role_permission where role_id = ? and permission = ?", id,
				"system:metrics:read");
		Long before = jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'security.role' and entity_id = ?", Long.class,
				String.valueOf(id));

		bootstrap.run(null);

		Set<String> rows = new TreeSet<>(jdbc
			.queryForList("select permission from security_role_permission where role_id = ?", String.class, id));
		assertThat(rows).isEqualTo(documentedRoles().get("SYSTEM_ADMIN").permissions());
		Long after = jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'security.role' and entity_id = ?", Long.class,
				String.valueOf(id));
		assertThat(after).isEqualTo(before + 1);
	}

}
