package io.edubureau.exams;

import jakarta.persistence.Query;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;

/**
 * The data scope as a SQL condition on exams_result's unit columns, its value bound as
 * :scope; fail-closed (a personal scope sees no results).
 */
final class ResultScope {

	private ResultScope() {
	}

	static String condition(DataScope scope, String alias) {
		if (scope.kind() == ScopeKind.ALL) {
			return "1 = 1";
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return "1 = 0";
		}
		return scope.kind() == ScopeKind.UNIT ? alias + "unit_id = :scope" : alias + "unit_path like :scope";
	}

	static Query bind(Query query, DataScope scope, OrgManagement org) {
		if (scope.kind() == ScopeKind.UNIT && scope.unitId() != null) {
			query.setParameter("scope", scope.unitId());
		}
		else if (scope.kind() == ScopeKind.UNIT_AND_BELOW && scope.unitId() != null) {
			query.setParameter("scope", org.pathOf(scope.unitId()).orElse("-") + "%");
		}
		return query;
	}

}
