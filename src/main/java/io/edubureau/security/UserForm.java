package io.edubureau.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the security administrator enters for an account. */
public record UserForm(
		@NotBlank(message = "{security.user.username.required}") @Pattern(regexp = "[A-Za-z0-9._-]{3,64}",
				message = "{security.user.username.pattern}") String username,
		@NotBlank(message = "{security.user.displayName.required}") @Size(max = 100,
				message = "{security.user.displayName.size}") String displayName,
		@Pattern(regexp = "\\d{10}", message = "{security.user.unitCode.pattern}") String unitCode,
		Set<String> roleCodes, Boolean enabled) {

	public UserForm {
		username = username == null ? null : username.strip();
		displayName = displayName == null ? null : displayName.strip();
		unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
		roleCodes = roleCodes == null ? Set.of() : Set.copyOf(roleCodes);
	}

}
