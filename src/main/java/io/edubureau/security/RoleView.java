package io.edubureau.security;

import java.util.Locale;
import java.util.Set;

import io.edubureau.org.ScopeKind;

/** A role as the security administrator sees it. */
public record RoleView(long id, String code, String nameZh, String nameEn, boolean builtIn, ScopeKind dataScope,
		Set<Permission> permissions) {

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

}
