package io.edubureau.security;

import java.util.Set;

import io.edubureau.org.ScopeKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the security administrator enters for a custom role. */
public record RoleForm(
		@NotBlank(message = "{security.role.code.required}") @Pattern(regexp = "[A-Z][A-Z0-9_]{2,39}",
				message = "{security.role.code.pattern}") String code,
		@NotBlank(message = "{security.role.nameZh.required}") @Size(max = 100) String nameZh,
		@NotBlank(message = "{security.role.nameEn.required}") @Size(max = 100) String nameEn,
		@NotNull(message = "{security.role.dataScope.required}") ScopeKind dataScope, Set<String> permissions) {

	public RoleForm {
		code = code == null ? null : code.strip();
		permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
	}

}
