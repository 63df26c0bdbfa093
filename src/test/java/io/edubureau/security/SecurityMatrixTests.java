package io.edubureau.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The security matrix: every endpoint the application maps, against every built-in role
 * and an anonymous caller. The table below declares what each endpoint needs; an endpoint
 * missing from it fails {@link #everyMappedEndpointIsDeclared()}, and a role that gets in
 * where the table says it may not (or is kept out where it may) fails its dynamic test.
 */
@EduBureauTest
class SecurityMatrixTests {

	/**
	 * "public": anyone; "authenticated": any signed-in user; otherwise the permission
	 * code required.
	 */
	static final Map<String, String> DECLARED = Map.<String, String>ofEntries(entry("GET /", "authenticated"),
			entry("GET /account/password", "account:profile:update"),
			entry("GET /account/tokens", "account:profile:update"),
			entry("GET /api/v1/audit/entries", "audit:log:read"), entry("GET /api/v1/audit/logins", "audit:log:read"),
			entry("GET /api/v1/establishment", "establishment:overview:read"),
			entry("GET /api/v1/establishment/{unitId}/approvals", "establishment:overview:read"),
			entry("GET /api/v1/me", "staff:self:edit"), entry("GET /api/v1/rules/id-number", "rules:calculator:use"),
			entry("GET /api/v1/rules/retirement", "rules:calculator:use"),
			entry("POST /api/v1/rules/cadre-evaluation", "rules:calculator:use"),
			entry("POST /api/v1/rules/election-outcome", "rules:calculator:use"),
			entry("GET /api/v1/rules/petition-deadlines", "rules:calculator:use"),
			entry("GET /api/v1/rules/holidays", "rules:calculator:use"),
			entry("POST /api/v1/rules/holidays", "rules:parameter:update"),
			entry("GET /rules/holidays", "rules:calculator:use"),
			entry("GET /rules/holidays/import", "rules:parameter:update"),
			entry("POST /rules/holidays/import", "rules:parameter:update"),
			entry("GET /rules/holidays/import/jobs/{id}", "rules:parameter:update"),
			entry("GET /rules/holidays/import/jobs/{id}/report", "rules:parameter:update"),
			entry("GET /rules/holidays/import/template", "rules:parameter:update"),
			entry("GET /api/v1/security/roles", "security:role:read"),
			entry("GET /api/v1/security/roles/{id}", "security:role:read"),
			entry("GET /api/v1/security/users", "security:user:read"),
			entry("GET /api/v1/security/users/{id}", "security:user:read"),
			entry("GET /api/v1/staff", "staff:person:read"), entry("GET /api/v1/staff/changes", "staff:change:review"),
			entry("GET /api/v1/staff/duplicates", "staff:duplicate:merge"),
			entry("GET /api/v1/staff/export", "staff:person:export"),
			entry("GET /api/v1/staff/file-audit/coverage", "staff:fileaudit:read"),
			entry("GET /api/v1/staff/import/template", "staff:person:import"),
			entry("GET /api/v1/staff/appraisals/import/template", "staff:appraisal:import"),
			entry("POST /api/v1/staff/appraisals/import", "staff:appraisal:import"),
			entry("GET /staff/appraisals/import", "staff:appraisal:import"),
			entry("POST /staff/appraisals/import", "staff:appraisal:import"),
			entry("GET /staff/appraisals/import/jobs/{id}", "staff:appraisal:import"),
			entry("GET /staff/appraisals/import/jobs/{id}/report", "staff:appraisal:import"),
			entry("GET /staff/appraisals/import/template", "staff:appraisal:import"),
			entry("GET /api/v1/staff/transfers", "staff:transfer:approve"),
			entry("GET /api/v1/staff/transfers/{id}", "staff:transfer:request"),
			entry("GET /api/v1/staff/transfers/by-id", "staff:transfer:request"),
			entry("GET /api/v1/units/by-code", "org:unit:read"),
			entry("GET /api/v1/staff/retirements", "staff:person:read"),
			entry("GET /api/v1/staff/{id}", "staff:person:read"),
			entry("GET /api/v1/staff/{id}/file-audit", "staff:fileaudit:read"),
			entry("GET /api/v1/staff/{id}/history", "staff:person:read"),
			entry("GET /api/v1/staff/{id}/materials", "staff:person:read"),
			entry("GET /api/v1/staff/{id}/materials/{materialId}/content", "staff:person:read"),
			entry("GET /api/v1/staff/{id}/trace", "staff:person:read"),
			entry("GET /api/v1/staff/{id}/transfers", "staff:transfer:request"),
			entry("GET /api/v1/staff/{id}/{category}", "staff:person:read"),
			entry("GET /api/v1/units", "org:unit:read"), entry("GET /api/v1/units/by-code/{code}", "org:unit:read"),
			entry("GET /api/v1/units/export", "org:unit:export"),
			entry("GET /api/v1/units/import/template", "org:unit:import"),
			entry("GET /api/v1/units/tree", "org:unit:read"), entry("GET /api/v1/units/{id:\\d+}", "org:unit:read"),
			entry("GET /api/v1/units/{id:\\d+}/children", "org:unit:read"),
			entry("GET /api/v1/units/{id:\\d+}/enrolment", "org:unit:read"),
			entry("GET /api/v1/units/{id:\\d+}/history", "org:unit:read"), entry("GET /audit", "audit:log:read"),
			entry("GET /audit/export", "audit:log:export"), entry("GET /audit/logins/export", "audit:log:export"),
			entry("GET /audit/logins", "audit:log:read"), entry("GET /establishment", "establishment:overview:read"),
			entry("GET /locale", "public"), entry("GET /login", "public"), entry("GET /me", "staff:self:edit"),
			entry("GET /org/units", "org:unit:read"), entry("GET /org/units/export", "org:unit:export"),
			entry("GET /org/units/import", "org:unit:import"),
			entry("GET /org/units/import/jobs/{id}", "org:unit:import"),
			entry("GET /org/units/import/jobs/{id}/report", "org:unit:import"),
			entry("GET /org/units/import/template", "org:unit:import"), entry("GET /org/units/new", "org:unit:create"),
			entry("GET /org/units/suggest", "org:unit:read"), entry("GET /org/units/{id:\\d+}", "org:unit:read"),
			entry("GET /org/units/{id:\\d+}/children", "org:unit:read"),
			entry("GET /org/units/{id:\\d+}/edit", "org:unit:update"), entry("GET /rules", "rules:calculator:use"),
			entry("GET /rules/parameters", "rules:parameter:read"),
			entry("POST /rules/parameters/{key}", "rules:parameter:update"),
			entry("GET /api/v1/rules/parameters", "rules:parameter:read"),
			entry("PUT /api/v1/rules/parameters/{key}", "rules:parameter:update"),
			entry("GET /security/roles", "security:role:read"),
			entry("GET /security/roles/new", "security:role:manage"),
			entry("GET /security/roles/{id}", "security:role:read"), entry("GET /security/users", "security:user:read"),
			entry("GET /security/users/new", "security:user:manage"),
			entry("GET /security/users/unit-options", "security:user:manage"),
			entry("GET /security/users/{id}/edit", "security:user:manage"), entry("GET /staff", "staff:person:read"),
			entry("GET /staff/changes", "staff:change:review"), entry("GET /staff/changes/{id}", "staff:change:review"),
			entry("GET /staff/duplicates", "staff:duplicate:merge"), entry("GET /staff/export", "staff:person:export"),
			entry("GET /staff/export/mis", "staff:person:export"),
			entry("GET /staff/file-audit", "staff:fileaudit:read"), entry("GET /staff/import", "staff:person:import"),
			entry("GET /staff/import/jobs/{id}", "staff:person:import"),
			entry("GET /staff/import/jobs/{id}/report", "staff:person:import"),
			entry("GET /staff/import/template", "staff:person:import"), entry("GET /staff/new", "staff:person:create"),
			entry("GET /staff/retirements", "staff:person:read"),
			entry("GET /staff/transfers", "staff:transfer:approve"),
			entry("GET /staff/transfers/{id}", "staff:transfer:request"), entry("GET /staff/{id}", "staff:person:read"),
			entry("GET /staff/{id}/edit", "staff:person:update"),
			entry("GET /staff/{id}/file/materials/{materialId}", "staff:person:read"),
			entry("GET /swagger-ui.html", "authenticated"), entry("GET /v3/api-docs", "authenticated"),
			entry("GET /v3/api-docs.yaml", "authenticated"), entry("GET /v3/api-docs/swagger-config", "authenticated"),
			entry("POST /account/password", "account:profile:update"),
			entry("POST /account/tokens", "account:profile:update"),
			entry("POST /account/tokens/{id}/revoke", "account:profile:update"),
			entry("POST /api/v1/me/changes", "staff:self:edit"),
			entry("POST /api/v1/security/roles", "security:role:manage"),
			entry("POST /api/v1/security/users", "security:user:manage"),
			entry("POST /api/v1/security/users/{id}/password-reset", "security:user:manage"),
			entry("POST /api/v1/security/users/{id}/unlock", "security:user:manage"),
			entry("POST /api/v1/staff", "staff:person:create"),
			entry("POST /api/v1/staff/changes/{id}/approve", "staff:change:review"),
			entry("POST /api/v1/staff/changes/{id}/return", "staff:change:review"),
			entry("POST /api/v1/staff/duplicates/merge", "staff:duplicate:merge"),
			entry("POST /api/v1/staff/import", "staff:person:import"),
			entry("POST /api/v1/staff/transfers", "staff:transfer:request"),
			entry("POST /api/v1/staff/transfers/{id}/approve", "staff:transfer:approve"),
			entry("POST /api/v1/staff/transfers/{id}/reject", "staff:transfer:approve"),
			entry("POST /api/v1/staff/transfers/{id}/withdraw", "staff:transfer:request"),
			entry("POST /api/v1/staff/{id}/end", "staff:person:end"),
			entry("POST /api/v1/staff/{id}/file-audit", "staff:fileaudit:sign"),
			entry("POST /api/v1/staff/{id}/materials", "staff:file:update"),
			entry("POST /api/v1/staff/{id}/materials/{materialId}/archive", "staff:file:update"),
			entry("POST /api/v1/staff/{id}/periods", "staff:person:update"),
			entry("POST /api/v1/staff/{id}/transfer", "staff:person:transfer"),
			entry("POST /api/v1/staff/{id}/{category}", "staff:file:update|staff:appraisal:update"),
			entry("POST /api/v1/staff/{id}/{category}/{entryId}/archive", "staff:file:update|staff:appraisal:update"),
			entry("POST /api/v1/units", "org:unit:create"), entry("POST /api/v1/units/import", "org:unit:import"),
			entry("POST /api/v1/units/{id:\\d+}/archive", "org:unit:archive"),
			entry("POST /api/v1/units/{id:\\d+}/reopen", "org:unit:archive"),
			entry("POST /establishment/{unitId}/approved", "establishment:approved:update"),
			entry("POST /me", "staff:self:edit"), entry("POST /org/units", "org:unit:create"),
			entry("POST /org/units/import", "org:unit:import"), entry("POST /org/units/{id:\\d+}", "org:unit:update"),
			entry("POST /org/units/{id:\\d+}/archive", "org:unit:archive"),
			entry("POST /org/units/{id:\\d+}/enrolment", "org:unit:update"),
			entry("POST /org/units/{id:\\d+}/reopen", "org:unit:archive"),
			entry("POST /security/roles", "security:role:manage"),
			entry("POST /security/roles/{id}", "security:role:manage"),
			entry("POST /security/users", "security:user:manage"),
			entry("POST /security/users/{id}", "security:user:manage"),
			entry("POST /security/users/{id}/enabled", "security:user:manage"),
			entry("POST /security/users/{id}/password-reset", "security:user:manage"),
			entry("POST /security/users/{id}/unlock", "security:user:manage"),
			entry("POST /staff/changes/{id}", "staff:change:review"),
			entry("POST /staff/duplicates/merge", "staff:duplicate:merge"),
			entry("POST /staff/import", "staff:person:import"), entry("POST /staff/new", "staff:person:create"),
			entry("POST /staff/transfers/{id}/approve", "staff:transfer:approve"),
			entry("POST /staff/transfers/{id}/reject", "staff:transfer:approve"),
			entry("POST /staff/transfers/{id}/withdraw", "staff:transfer:request"),
			entry("POST /staff/{id}/edit", "staff:person:update"), entry("POST /staff/{id}/end", "staff:person:end"),
			entry("POST /staff/{id}/file-audit", "staff:fileaudit:sign"),
			entry("POST /staff/{id}/file/materials", "staff:file:update"),
			entry("POST /staff/{id}/file/materials/{materialId}/archive", "staff:file:update"),
			entry("POST /staff/{id}/file/{category}", "staff:file:update|staff:appraisal:update"),
			entry("POST /staff/{id}/file/{category}/{entryId}", "staff:file:update|staff:appraisal:update"),
			entry("POST /staff/{id}/file/{category}/{entryId}/archive", "staff:file:update|staff:appraisal:update"),
			entry("POST /staff/{id}/periods", "staff:person:update"),
			entry("POST /staff/{id}/transfer", "staff:person:transfer"),
			entry("POST /staff/{id}/transfer-request", "staff:transfer:request"),
			entry("PUT /api/v1/establishment/{unitId}/approved", "establishment:approved:update"),
			entry("PUT /api/v1/security/roles/{id}", "security:role:manage"),
			entry("PUT /api/v1/security/users/{id}", "security:user:manage"),
			entry("PUT /api/v1/staff/{id}", "staff:person:update"),
			entry("PUT /api/v1/staff/{id}/{category}/{entryId}", "staff:file:update|staff:appraisal:update"),
			entry("PUT /api/v1/units/{id:\\d+}", "org:unit:update"),
			entry("PUT /api/v1/units/{id:\\d+}/enrolment", "org:unit:update"),
			entry("GET /api/v1/training/programmes", "training:programme:read"),
			entry("POST /api/v1/training/programmes", "training:programme:manage"),
			entry("GET /api/v1/training/programmes/{id}", "training:programme:read"),
			entry("GET /api/v1/training/programmes/{id}/enrolments", "training:programme:read"),
			entry("POST /api/v1/training/programmes/{id}/enrolments", "training:programme:manage"),
			entry("GET /api/v1/training/records/{id}", "training:programme:read|training:self:read"),
			entry("POST /api/v1/training/records/{id}/completion", "training:programme:manage"),
			entry("POST /api/v1/training/records/{id}/certificate", "training:programme:manage"),
			entry("GET /api/v1/training/records/{id}/certificate", "training:programme:read|training:self:read"),
			entry("GET /api/v1/training/reviews", "training:record:credit"),
			entry("POST /api/v1/training/records/{id}/review", "training:record:credit"),
			entry("GET /api/v1/training/ledger/{staffId}", "training:programme:read|training:self:read"),
			entry("GET /api/v1/training/hours/{staffId}", "training:programme:read|training:self:read"),
			entry("GET /api/v1/training/completion", "training:programme:read"),
			entry("GET /api/v1/training/plan", "training:programme:read"),
			entry("POST /api/v1/training/plan", "training:programme:manage"),
			entry("POST /api/v1/training/plan/{id}/archive", "training:programme:manage"),
			entry("POST /api/v1/training/import", "training:record:import"),
			entry("GET /api/v1/training/import/template", "training:record:import"),
			entry("GET /training", "training:programme:read"),
			entry("POST /training/programmes", "training:programme:manage"),
			entry("GET /training/programmes/{id}", "training:programme:read"),
			entry("POST /training/programmes/{id}/enrolments", "training:programme:manage"),
			entry("POST /training/records/{id}/completion", "training:programme:manage"),
			entry("POST /training/records/{id}/certificate", "training:programme:manage"),
			entry("GET /training/records/{id}/certificate", "training:programme:read|training:self:read"),
			entry("GET /training/reviews", "training:record:credit"),
			entry("POST /training/records/{id}/review", "training:record:credit"),
			entry("GET /training/me", "training:self:read"),
			entry("GET /training/ledger/{staffId}", "training:programme:read|training:self:read"),
			entry("GET /training/completion", "training:programme:read"),
			entry("GET /training/plan", "training:programme:read"),
			entry("POST /training/plan", "training:programme:manage"),
			entry("POST /training/plan/{id}/archive", "training:programme:manage"),
			entry("GET /training/import", "training:record:import"),
			entry("POST /training/import", "training:record:import"),
			entry("GET /training/import/jobs/{id}", "training:record:import"),
			entry("GET /training/import/jobs/{id}/report", "training:record:import"),
			entry("GET /training/import/template", "training:record:import"), entry("GET /titles", "titles:round:read"),
			entry("POST /titles/rounds", "titles:round:manage"), entry("GET /titles/rounds/{id}", "titles:round:read"),
			entry("POST /titles/rounds/{id}/advance", "titles:round:manage"),
			entry("POST /titles/rounds/{id}/panel", "titles:round:manage"),
			entry("POST /titles/rounds/{id}/ratios", "titles:round:manage"),
			entry("POST /titles/rounds/{id}/applications", "titles:application:submit"),
			entry("GET /titles/applications/{id}", "titles:round:read"),
			entry("POST /titles/applications/{id}/materials", "titles:application:submit"),
			entry("POST /titles/applications/{id}/recommendation", "titles:application:recommend"),
			entry("POST /titles/applications/{id}/review", "titles:application:review"),
			entry("POST /titles/applications/{id}/votes", "titles:vote:record"),
			entry("POST /titles/applications/{id}/objections", "titles:round:manage"),
			entry("POST /titles/applications/{id}/objections/{objectionId}/resolution", "titles:round:manage"),
			entry("POST /titles/applications/{id}/result", "titles:round:manage"),
			entry("POST /titles/applications/{id}/appointment", "titles:round:manage"),
			entry("GET /titles/eligibility", "titles:round:read"),
			entry("GET /api/v1/titles/eligibility/{staffId}", "titles:round:read"),
			entry("GET /api/v1/titles/rounds", "titles:round:read"),
			entry("POST /api/v1/titles/rounds", "titles:round:manage"),
			entry("GET /api/v1/titles/rounds/{id}", "titles:round:read"),
			entry("POST /api/v1/titles/rounds/{id}/advance", "titles:round:manage"),
			entry("PUT /api/v1/titles/rounds/{id}/ratios", "titles:round:manage"),
			entry("POST /api/v1/titles/rounds/{id}/panel", "titles:round:manage"),
			entry("GET /api/v1/titles/rounds/{id}/quotas", "titles:round:read"),
			entry("GET /api/v1/titles/rounds/{id}/results", "titles:round:read"),
			entry("GET /api/v1/titles/rounds/{id}/export", "titles:result:export"),
			entry("GET /api/v1/titles/rounds/{id}/applications", "titles:round:read"),
			entry("POST /api/v1/titles/rounds/{id}/applications", "titles:application:submit"),
			entry("GET /api/v1/titles/applications/{id}", "titles:round:read"),
			entry("PUT /api/v1/titles/applications/{id}/materials", "titles:application:submit"),
			entry("POST /api/v1/titles/applications/{id}/recommendation", "titles:application:recommend"),
			entry("POST /api/v1/titles/applications/{id}/review", "titles:application:review"),
			entry("POST /api/v1/titles/applications/{id}/votes", "titles:vote:record"),
			entry("POST /api/v1/titles/applications/{id}/objections", "titles:round:manage"),
			entry("POST /api/v1/titles/applications/{id}/objections/{objectionId}/resolution", "titles:round:manage"),
			entry("POST /api/v1/titles/applications/{id}/result", "titles:round:manage"),
			entry("POST /api/v1/titles/applications/{id}/appointment", "titles:round:manage"),
			entry("GET /api/v1/registration/cycles", "registration:cycle:read"),
			entry("POST /api/v1/registration/cycles", "registration:cycle:manage"),
			entry("GET /api/v1/registration/cycles/{id}", "registration:cycle:read"),
			entry("POST /api/v1/registration/cycles/{id}/close", "registration:cycle:manage"),
			entry("POST /api/v1/registration/cycles/{id}/evaluate", "registration:evaluation:submit"),
			entry("GET /api/v1/registration/jobs/{jobId}", "registration:evaluation:submit"),
			entry("GET /api/v1/registration/evaluations/{id}", "registration:cycle:read"),
			entry("POST /api/v1/registration/evaluations/{id}/submit", "registration:evaluation:submit"),
			entry("POST /api/v1/registration/evaluations/{id}/confirm", "registration:evaluation:confirm"),
			entry("POST /api/v1/registration/evaluations/{id}/return", "registration:evaluation:confirm"),
			entry("GET /api/v1/registration/teachers/{staffId}", "registration:cycle:read"),
			entry("GET /api/v1/registration/due", "registration:cycle:read"),
			entry("GET /api/v1/registration/overdue", "registration:cycle:read"),
			entry("GET /registration", "registration:cycle:read"),
			entry("POST /registration/cycles", "registration:cycle:manage"),
			entry("GET /registration/cycles/{id}", "registration:cycle:read"),
			entry("POST /registration/cycles/{id}/close", "registration:cycle:manage"),
			entry("POST /registration/cycles/{id}/evaluate", "registration:evaluation:submit"),
			entry("GET /registration/cycles/{id}/jobs/{jobId}", "registration:evaluation:submit"),
			entry("POST /registration/evaluations/{id}/submit", "registration:evaluation:submit"),
			entry("POST /registration/evaluations/{id}/confirm", "registration:evaluation:confirm"),
			entry("POST /registration/evaluations/{id}/return", "registration:evaluation:confirm"),
			entry("GET /registration/teachers", "registration:cycle:read"),
			entry("GET /registration/teachers/{staffId}", "registration:cycle:read"),
			entry("GET /registration/teachers/{staffId}/badge", "registration:cycle:read"),
			entry("GET /registration/lists", "registration:cycle:read"),
			entry("GET /registration/lists/export", "registration:list:export"),
			entry("GET /api/v1/cadres/posts", "cadres:roster:read"),
			entry("POST /api/v1/cadres/posts", "cadres:roster:manage"),
			entry("GET /api/v1/cadres/appointments", "cadres:roster:read"),
			entry("GET /api/v1/cadres/appointments/{id}", "cadres:roster:read"),
			entry("POST /api/v1/cadres/appointments", "cadres:roster:manage"),
			entry("POST /api/v1/cadres/appointments/{id}/end", "cadres:roster:manage"),
			entry("GET /api/v1/cadres/staff/{staffId}/appointments", "cadres:roster:read"),
			entry("GET /api/v1/cadres/rounds", "cadres:roster:read"),
			entry("POST /api/v1/cadres/rounds", "cadres:evaluation:manage"),
			entry("GET /api/v1/cadres/rounds/{id}", "cadres:roster:read"),
			entry("POST /api/v1/cadres/rounds/{id}/tallies", "cadres:evaluation:manage"),
			entry("POST /api/v1/cadres/rounds/{id}/close", "cadres:evaluation:manage"),
			entry("GET /api/v1/cadres/tallies/{id}", "cadres:roster:read"),
			entry("POST /api/v1/cadres/tallies/{id}/admonishment", "cadres:evaluation:manage"),
			entry("POST /api/v1/cadres/tallies/{id}/removal", "cadres:evaluation:manage"),
			entry("GET /api/v1/cadres/elections", "cadres:roster:read"),
			entry("POST /api/v1/cadres/elections", "cadres:election:manage"),
			entry("GET /api/v1/cadres/elections/{id}", "cadres:roster:read"),
			entry("POST /api/v1/cadres/elections/{id}/open", "cadres:election:manage"),
			entry("POST /api/v1/cadres/elections/{id}/token", "cadres:ballot:cast"),
			entry("POST /api/v1/cadres/elections/{id}/ballots", "cadres:ballot:cast"),
			entry("POST /api/v1/cadres/elections/{id}/tallies", "cadres:election:manage"),
			entry("POST /api/v1/cadres/elections/{id}/close", "cadres:election:manage"),
			entry("GET /api/v1/cadres/reserves", "cadres:roster:read"),
			entry("POST /api/v1/cadres/reserves", "cadres:roster:manage"), entry("GET /cadres", "cadres:roster:read"),
			entry("POST /cadres/posts", "cadres:roster:manage"),
			entry("POST /cadres/appointments", "cadres:roster:manage"),
			entry("POST /cadres/appointments/{id}/end", "cadres:roster:manage"),
			entry("POST /cadres/rounds", "cadres:evaluation:manage"),
			entry("GET /cadres/rounds/{id}", "cadres:roster:read"),
			entry("POST /cadres/rounds/{id}/tallies", "cadres:evaluation:manage"),
			entry("POST /cadres/rounds/{id}/close", "cadres:evaluation:manage"),
			entry("POST /cadres/tallies/{id}/admonishment", "cadres:evaluation:manage"),
			entry("POST /cadres/tallies/{id}/removal", "cadres:evaluation:manage"),
			entry("POST /cadres/elections", "cadres:election:manage"),
			entry("GET /cadres/elections/{id}", "cadres:roster:read"),
			entry("POST /cadres/elections/{id}/open", "cadres:election:manage"),
			entry("POST /cadres/elections/{id}/close", "cadres:election:manage"),
			entry("POST /cadres/elections/{id}/tallies", "cadres:election:manage"),
			entry("GET /cadres/ballot/{id}", "cadres:ballot:cast"),
			entry("POST /cadres/ballot/{id}", "cadres:ballot:cast"),
			entry("POST /cadres/reserves", "cadres:roster:manage"),
			entry("GET /api/v1/cadres/eligibility/{staffId}", "cadres:roster:read"),
			entry("POST /api/v1/cadres/elections/{id}/notice", "cadres:election:manage"),
			entry("POST /api/v1/cadres/elections/{id}/objections", "cadres:election:manage"),
			entry("POST /api/v1/cadres/elections/{id}/objections/{objectionId}/resolution", "cadres:election:manage"),
			entry("POST /api/v1/cadres/elections/{id}/appointment", "cadres:election:manage"),
			entry("POST /cadres/elections/{id}/notice", "cadres:election:manage"),
			entry("POST /cadres/elections/{id}/objections", "cadres:election:manage"),
			entry("POST /cadres/elections/{id}/objections/{objectionId}/resolution", "cadres:election:manage"),
			entry("POST /cadres/elections/{id}/appointment", "cadres:election:manage"),
			entry("GET /api/v1/reports/annual-summary", "reports:summary:read"),
			entry("GET /api/v1/reports/annual-summary/document", "reports:summary:read"),
			entry("POST /api/v1/reports/annual-summary/{year}/freeze", "reports:summary:freeze"),
			entry("POST /api/v1/reports/annual-summary/{year}/unfreeze", "reports:summary:freeze"),
			entry("GET /api/v1/reports/figures", "reports:summary:read"),
			entry("GET /api/v1/reports/figures/{key}/records", "reports:summary:read"),
			entry("GET /reports/figures", "reports:summary:read"),
			entry("POST /reports/figures/freeze", "reports:summary:freeze"),
			entry("POST /reports/figures/unfreeze", "reports:summary:freeze"),
			entry("GET /reports/figures/{key}/records", "reports:summary:read"),
			entry("GET /reports/figures/{key}/records/export", "reports:records:export"),
			entry("POST /api/v1/staff/retirements/proposals", "staff:retirement:propose"),
			entry("GET /api/v1/staff/retirements/queue", "staff:retirement:approve"),
			entry("GET /api/v1/staff/retirements/proposals/{id}", "staff:retirement:propose"),
			entry("POST /api/v1/staff/retirements/proposals/{id}/approve", "staff:retirement:approve"),
			entry("POST /api/v1/staff/retirements/proposals/{id}/return", "staff:retirement:approve"),
			entry("POST /api/v1/staff/retirements/proposals/{id}/repropose", "staff:retirement:propose"),
			entry("POST /api/v1/staff/retirements/proposals/{id}/withdraw", "staff:retirement:propose"),
			entry("GET /api/v1/staff/{id}/retirements", "staff:retirement:propose"),
			entry("POST /api/v1/staff/{id}/death", "staff:person:end"),
			entry("GET /api/v1/staff/{id}/death", "staff:person:read"),
			entry("POST /api/v1/staff/{id}/survivor-benefits", "staff:person:end"),
			entry("GET /staff/retirements/export", "staff:person:export"),
			entry("GET /staff/retirements/queue", "staff:retirement:approve"),
			entry("GET /staff/retirements/proposals/{id}", "staff:retirement:propose"),
			entry("POST /staff/{id}/retirement-proposal", "staff:retirement:propose"),
			entry("POST /staff/retirements/proposals/{id}/repropose", "staff:retirement:propose"),
			entry("POST /staff/retirements/proposals/{id}/approve", "staff:retirement:approve"),
			entry("POST /staff/retirements/proposals/{id}/return", "staff:retirement:approve"),
			entry("POST /staff/retirements/proposals/{id}/withdraw", "staff:retirement:propose"),
			entry("POST /staff/{id}/death", "staff:person:end"),
			entry("POST /staff/{id}/survivor-benefits", "staff:person:end"),
			entry("GET /staff/{id}/retirement-panel", "staff:person:read"),
			entry("GET /staff/{id}/death-panel", "staff:person:read"),
			entry("GET /api/v1/reports/summary/{year}/blocks", "reports:summary:read"),
			entry("GET /api/v1/reports/summary/{year}/blocks/{section}/{language}/versions", "reports:summary:read"),
			entry("PUT /api/v1/reports/summary/{year}/blocks/{section}/{language}", "reports:summary:edit"),
			entry("GET /api/v1/reports/plan/{year}", "reports:summary:read"),
			entry("PUT /api/v1/reports/plan/{year}", "reports:summary:edit"),
			entry("GET /reports/summary", "reports:summary:read"),
			entry("GET /reports/summary/blocks/{section}/edit", "reports:summary:edit"),
			entry("GET /reports/summary/download", "reports:summary:read"),
			entry("POST /reports/summary/blocks/{section}", "reports:summary:edit"),
			entry("GET /reports/summary/blocks/{section}/versions", "reports:summary:read"),
			entry("GET /reports/plan", "reports:summary:read"),
			entry("POST /reports/plan/{year}", "reports:summary:edit"),
			entry("GET /api/v1/staff/{id}/sanctions", "staff:sanction:read"),
			entry("POST /api/v1/staff/{id}/sanctions", "staff:sanction:decide"),
			entry("POST /api/v1/staff/{id}/sanctions/{sanctionId}/revoke", "staff:sanction:decide"),
			entry("POST /api/v1/staff/{id}/certificates/{entryId}/status", "staff:certificate:status"),
			entry("POST /staff/{id}/sanctions", "staff:sanction:decide"),
			entry("POST /staff/{id}/sanctions/{sanctionId}/revoke", "staff:sanction:decide"),
			entry("POST /staff/{id}/file/certificates/{entryId}/status", "staff:certificate:status"),
			entry("GET /api/v1/safety/checklists", "safety:record:read"),
			entry("GET /api/v1/safety/inspections", "safety:record:read"),
			entry("POST /api/v1/safety/inspections", "safety:record:manage"),
			entry("GET /api/v1/safety/inspections/{id}", "safety:record:read"),
			entry("GET /api/v1/safety/inspections/{id}/hazards", "safety:record:read"),
			entry("POST /api/v1/safety/inspections/{id}/hazards", "safety:record:manage"),
			entry("GET /api/v1/safety/hazards", "safety:record:read"),
			entry("GET /api/v1/safety/hazards/{id}", "safety:record:read"),
			entry("POST /api/v1/safety/hazards/{id}/rectification", "safety:record:manage"),
			entry("POST /api/v1/safety/hazards/{id}/recheck", "safety:hazard:verify"),
			entry("GET /api/v1/safety/hazards/{id}/rectifications/{rectificationId}/evidence", "safety:record:read"),
			entry("GET /api/v1/safety/drills", "safety:record:read"),
			entry("POST /api/v1/safety/drills", "safety:record:manage"),
			entry("GET /api/v1/safety/drills/compliance", "safety:record:read"),
			entry("GET /api/v1/safety/letters", "safety:record:read"),
			entry("POST /api/v1/safety/letters", "safety:letter:issue"),
			entry("POST /api/v1/safety/letters/{id}/signed", "safety:record:manage"),
			entry("GET /api/v1/safety/letters/{id}/file", "safety:record:read"),
			entry("GET /api/v1/safety/incidents", "safety:record:read"),
			entry("POST /api/v1/safety/incidents", "safety:incident:manage"),
			entry("POST /api/v1/safety/incidents/{id}/close", "safety:incident:manage"),
			entry("GET /safety", "safety:record:read"), entry("POST /safety/inspections", "safety:record:manage"),
			entry("GET /safety/inspections/{id}", "safety:record:read"),
			entry("POST /safety/inspections/{id}/hazards", "safety:record:manage"),
			entry("GET /safety/hazards", "safety:record:read"), entry("GET /safety/hazards/{id}", "safety:record:read"),
			entry("POST /safety/hazards/{id}/rectification", "safety:record:manage"),
			entry("POST /safety/hazards/{id}/recheck", "safety:hazard:verify"),
			entry("GET /safety/hazards/{id}/rectifications/{rectificationId}/evidence", "safety:record:read"),
			entry("GET /safety/drills", "safety:record:read"), entry("POST /safety/drills", "safety:record:manage"),
			entry("GET /safety/letters", "safety:record:read"), entry("POST /safety/letters", "safety:letter:issue"),
			entry("POST /safety/letters/{id}/signed", "safety:record:manage"),
			entry("GET /safety/letters/{id}/file", "safety:record:read"),
			entry("GET /safety/incidents", "safety:record:read"),
			entry("POST /safety/incidents", "safety:incident:manage"),
			entry("POST /safety/incidents/{id}/close", "safety:incident:manage"),
			entry("POST /api/v1/safety/inspections/import", "safety:record:manage"),
			entry("GET /api/v1/safety/inspections/import/template", "safety:record:manage"),
			entry("GET /safety/import", "safety:record:manage"), entry("POST /safety/import", "safety:record:manage"),
			entry("GET /safety/import/jobs/{id}", "safety:record:manage"),
			entry("GET /safety/import/jobs/{id}/report", "safety:record:manage"),
			entry("GET /safety/import/template", "safety:record:manage"),
			entry("GET /api/v1/party/organisations", "party:record:read"),
			entry("POST /api/v1/party/organisations", "party:organisation:manage"),
			entry("GET /api/v1/party/organisations/{id}", "party:record:read"),
			entry("GET /api/v1/party/development", "party:record:read"),
			entry("POST /api/v1/party/development", "party:development:manage"),
			entry("GET /api/v1/party/development/overdue", "party:record:read"),
			entry("GET /api/v1/party/development/{id}", "party:record:read"),
			entry("POST /api/v1/party/development/{id}/steps", "party:development:manage"),
			entry("GET /api/v1/party/meetings", "party:record:read"),
			entry("POST /api/v1/party/meetings", "party:meeting:record"),
			entry("GET /api/v1/party/meetings/compliance", "party:record:read"),
			entry("GET /party", "party:record:read"), entry("POST /party/organisations", "party:organisation:manage"),
			entry("GET /party/development", "party:record:read"),
			entry("POST /party/development", "party:development:manage"),
			entry("GET /party/development/{id}", "party:record:read"),
			entry("POST /party/development/{id}/steps", "party:development:manage"),
			entry("GET /party/meetings", "party:record:read"), entry("POST /party/meetings", "party:meeting:record"),
			entry("GET /api/v1/party/appraisals", "party:record:read"),
			entry("GET /api/v1/party/appraisals/{id}", "party:record:read"),
			entry("POST /api/v1/party/appraisals", "party:member:manage"),
			entry("POST /api/v1/party/appraisals/{id}/follow-up", "party:member:manage"),
			entry("POST /api/v1/party/dues", "party:member:manage"),
			entry("GET /api/v1/party/dues/staff/{staffId}", "party:member:manage"),
			entry("GET /api/v1/party/dues/arrears", "party:record:read"),
			entry("GET /party/appraisals", "party:record:read"), entry("POST /party/appraisals", "party:member:manage"),
			entry("POST /party/appraisals/{id}/follow-up", "party:member:manage"),
			entry("GET /party/dues", "party:record:read"), entry("POST /party/dues", "party:member:manage"),

			entry("GET /api/v1/students", "students:record:read"),

			entry("POST /api/v1/students", "students:record:manage"),
			entry("GET /api/v1/students/{id}", "students:record:read"),
			entry("POST /api/v1/students/{id}/events", "students:record:manage"),
			entry("POST /api/v1/students/{id}/id-number", "students:record:manage"),
			entry("POST /api/v1/students/{id}/transfers", "students:record:manage"),
			entry("GET /api/v1/students/transfers", "students:record:read"),
			entry("POST /api/v1/students/transfers/{id}/decision", "students:record:manage"),
			entry("POST /api/v1/students/promotions", "students:record:manage"),
			entry("GET /api/v1/students/promotions", "students:record:read"),
			entry("GET /api/v1/dropout-cases", "students:record:read"),
			entry("POST /api/v1/students/{id}/dropout-cases", "students:record:manage"),
			entry("GET /api/v1/dropout-cases/{id}", "students:record:read"),
			entry("POST /api/v1/dropout-cases/{id}/actions", "students:record:manage"),
			entry("POST /api/v1/dropout-cases/{id}/close", "students:record:manage"),
			entry("GET /students", "students:record:read"), entry("POST /students", "students:record:manage"),
			entry("GET /students/{id}", "students:record:read"),
			entry("POST /students/{id}/events", "students:record:manage"),
			entry("POST /students/{id}/transfers", "students:record:manage"),
			entry("POST /students/{id}/dropout-cases", "students:record:manage"),
			entry("GET /students/transfers", "students:record:read"),
			entry("POST /students/transfers/{id}/decision", "students:record:manage"),
			entry("POST /students/promotions", "students:record:manage"),
			entry("GET /students/dropout-cases", "students:record:read"),
			entry("GET /students/dropout-cases/{id}", "students:record:read"),
			entry("POST /students/dropout-cases/{id}/actions", "students:record:manage"),
			entry("POST /students/dropout-cases/{id}/close", "students:record:manage"),
			entry("GET /api/v1/aid/programmes", "aid:record:read"),
			entry("GET /api/v1/aid/standards", "aid:record:read"),
			entry("GET /api/v1/aid/standards/history", "aid:record:read"),
			entry("POST /api/v1/aid/standards", "aid:standard:manage"),
			entry("GET /api/v1/aid/applications", "aid:record:read"),
			entry("POST /api/v1/aid/applications", "aid:application:manage"),
			entry("GET /api/v1/aid/applications/{id}", "aid:record:read"),
			entry("POST /api/v1/aid/applications/{id}/review", "aid:application:manage"),
			entry("POST /api/v1/aid/applications/{id}/notice", "aid:application:manage"),
			entry("POST /api/v1/aid/applications/{id}/approval", "aid:application:approve"),
			entry("POST /api/v1/aid/applications/{id}/reversal", "aid:batch:manage"),
			entry("GET /api/v1/aid/students/{studentId}", "aid:record:read"),
			entry("GET /api/v1/aid/batches", "aid:record:read"), entry("POST /api/v1/aid/batches", "aid:batch:manage"),
			entry("GET /api/v1/aid/batches/{id}", "aid:record:read"),
			entry("GET /api/v1/aid/batches/{id}/applications", "aid:record:read"),
			entry("GET /api/v1/aid/batches/{id}/export", "aid:batch:manage"), entry("GET /aid", "aid:record:read"),
			entry("GET /aid/students/{studentId}", "aid:record:read"),
			entry("POST /aid/applications", "aid:application:manage"),
			entry("GET /aid/applications/{id}", "aid:record:read"),
			entry("POST /aid/applications/{id}/review", "aid:application:manage"),
			entry("POST /aid/applications/{id}/notice", "aid:application:manage"),
			entry("POST /aid/applications/{id}/approval", "aid:application:approve"),
			entry("POST /aid/applications/{id}/reversal", "aid:batch:manage"),
			entry("GET /aid/batches", "aid:record:read"), entry("POST /aid/batches", "aid:batch:manage"),
			entry("GET /aid/batches/{id}", "aid:record:read"),
			entry("GET /aid/batches/{id}/export", "aid:batch:manage"),

			entry("GET /api/v1/petitions", "petitions:petition:read"),
			entry("GET /api/v1/petitions/due", "petitions:petition:read"),
			entry("POST /api/v1/petitions", "petitions:petition:manage"),
			entry("GET /api/v1/petitions/{id}", "petitions:petition:read"),
			entry("POST /api/v1/petitions/{id}/decision", "petitions:petition:manage"),
			entry("POST /api/v1/petitions/{id}/objection", "petitions:petition:manage"),
			entry("POST /api/v1/petitions/{id}/extension", "petitions:petition:manage"),
			entry("POST /api/v1/petitions/{id}/reply", "petitions:petition:manage"),
			entry("POST /api/v1/petitions/{id}/review-request", "petitions:petition:manage"),
			entry("POST /api/v1/petitions/{id}/review-decision", "petitions:petition:manage"),
			entry("GET /api/v1/petitions/{id}/reply-letter", "petitions:petitioner:read"),
			entry("GET /petitions/{id}/reply-letter", "petitions:petitioner:read"),
			entry("GET /petitions", "petitions:petition:read"), entry("POST /petitions", "petitions:petition:manage"),
			entry("GET /petitions/due", "petitions:petition:read"),
			entry("GET /petitions/{id}", "petitions:petition:read"),
			entry("POST /petitions/{id}/decision", "petitions:petition:manage"),
			entry("POST /petitions/{id}/objection", "petitions:petition:manage"),
			entry("POST /petitions/{id}/extension", "petitions:petition:manage"),
			entry("POST /petitions/{id}/reply", "petitions:petition:manage"),
			entry("POST /petitions/{id}/review-request", "petitions:petition:manage"),
			entry("POST /petitions/{id}/review-decision", "petitions:petition:manage"),

			entry("GET /api/v1/pay/months", "pay:record:read"),
			entry("GET /api/v1/pay/months/{month}", "pay:record:read"),
			entry("POST /api/v1/pay/months/{month}/compute", "pay:payroll:manage"),
			entry("POST /api/v1/pay/months/{month}/lock", "pay:payroll:manage"),
			entry("GET /api/v1/pay/months/{month}/export", "pay:payroll:export"),
			entry("GET /api/v1/pay/staff/{staffId:\\d+}/months/{month}", "pay:record:read|pay:self:read"),
			entry("GET /api/v1/pay/staff/{staffId:\\d+}", "pay:record:read|pay:self:read"),
			entry("PUT /api/v1/pay/staff/{staffId:\\d+}", "pay:payroll:manage"),
			entry("POST /api/v1/pay/records", "pay:payroll:manage"),
			entry("POST /api/v1/pay/staff/{staffId:\\d+}/adjustments", "pay:payroll:manage"),
			entry("POST /api/v1/pay/step-increases/{year}", "pay:payroll:manage"),
			entry("GET /api/v1/pay/rates", "pay:record:read"), entry("POST /api/v1/pay/tables", "pay:table:import"),
			entry("GET /api/v1/pay/tables/template", "pay:table:import"),
			entry("GET /api/v1/pay/parity", "pay:record:read"),
			entry("PUT /api/v1/pay/parity/{year}", "pay:payroll:manage"), entry("GET /pay", "pay:record:read"),
			entry("POST /pay/months/compute", "pay:payroll:manage"),
			entry("POST /pay/months/{month}/lock", "pay:payroll:manage"),
			entry("GET /pay/months/{month}", "pay:record:read"),
			entry("GET /pay/months/{month}/export", "pay:payroll:export"), entry("GET /pay/me", "pay:self:read"),
			entry("GET /pay/{staffId:\\d+}", "pay:record:read|pay:self:read"),
			entry("GET /pay/{staffId:\\d+}/months/{month}", "pay:record:read|pay:self:read"),
			entry("POST /pay/{staffId:\\d+}/adjustments", "pay:payroll:manage"),
			entry("POST /pay/records", "pay:payroll:manage"), entry("POST /pay/step-increases", "pay:payroll:manage"),
			entry("POST /pay/parity", "pay:payroll:manage"), entry("GET /pay/import", "pay:table:import"),
			entry("POST /pay/import", "pay:table:import"), entry("GET /pay/import/jobs/{id}", "pay:table:import"),
			entry("GET /pay/import/jobs/{id}/report", "pay:table:import"),
			entry("GET /pay/import/template", "pay:table:import"),

			entry("GET /api/v1/facilities/projects", "facilities:record:read"),
			entry("POST /api/v1/facilities/projects", "facilities:project:manage"),
			entry("GET /api/v1/facilities/projects/{id}", "facilities:record:read"),
			entry("POST /api/v1/facilities/projects/{id}/stage", "facilities:project:manage"),
			entry("POST /api/v1/facilities/projects/{id}/payments", "facilities:project:manage"),
			entry("POST /api/v1/facilities/projects/{id}/budget-changes", "facilities:project:approve"),
			entry("POST /api/v1/facilities/projects/{id}/progress", "facilities:project:manage"),
			entry("GET /api/v1/facilities/projects/late", "facilities:record:read"),
			entry("GET /api/v1/facilities/inventories", "facilities:record:read"),
			entry("POST /api/v1/facilities/inventories", "facilities:inventory:manage"),
			entry("GET /facilities", "facilities:record:read"),
			entry("POST /facilities/projects", "facilities:project:manage"),
			entry("GET /facilities/projects/{id}", "facilities:record:read"),
			entry("POST /facilities/projects/{id}/stage", "facilities:project:manage"),
			entry("POST /facilities/projects/{id}/payments", "facilities:project:manage"),
			entry("POST /facilities/projects/{id}/budget-changes", "facilities:project:approve"),
			entry("POST /facilities/projects/{id}/progress", "facilities:project:manage"),
			entry("GET /facilities/inventories", "facilities:record:read"),
			entry("POST /facilities/inventories", "facilities:inventory:manage"),
			entry("POST /api/v1/facilities/inventories/import", "facilities:inventory:manage"),
			entry("GET /api/v1/facilities/inventories/import/template", "facilities:inventory:manage"),
			entry("GET /facilities/import", "facilities:inventory:manage"),
			entry("POST /facilities/import", "facilities:inventory:manage"),
			entry("GET /facilities/import/jobs/{id}", "facilities:inventory:manage"),
			entry("GET /facilities/import/jobs/{id}/report", "facilities:inventory:manage"),
			entry("GET /facilities/import/template", "facilities:inventory:manage"),

			entry("GET /api/v1/exchange/eligibility/{staffId}", "exchange:plan:read"),
			entry("POST /api/v1/exchange/plans/{year}/propose", "exchange:plan:manage"),
			entry("POST /api/v1/exchange/plans/{year}", "exchange:plan:manage"),
			entry("GET /api/v1/exchange/plans", "exchange:plan:read"),
			entry("GET /api/v1/exchange/plan-records/{id}", "exchange:plan:read"),
			entry("POST /api/v1/exchange/plan-records/{id}/adopt", "exchange:plan:manage"),
			entry("POST /api/v1/exchange/plan-records/{id}/postings", "exchange:plan:manage"),
			entry("GET /api/v1/exchange/postings/{id}", "exchange:plan:read"),
			entry("GET /api/v1/exchange/postings/{id}/history", "exchange:plan:read"),
			entry("PUT /api/v1/exchange/postings/{id}", "exchange:plan:manage"),
			entry("POST /api/v1/exchange/postings/{id}/post", "exchange:plan:manage"),
			entry("POST /api/v1/exchange/postings/{id}/return", "exchange:plan:manage"),
			entry("POST /api/v1/exchange/postings/{id}/withdraw", "exchange:plan:manage"),
			entry("GET /api/v1/exchange/people/{staffId}/postings", "exchange:plan:read"),
			entry("GET /api/v1/exchange/people/{staffId}/exemptions", "exchange:plan:read"),
			entry("POST /api/v1/exchange/people/{staffId}/exemptions", "exchange:plan:manage"),
			entry("GET /api/v1/ethics/veto/{staffId}", "ethics:veto:read"),
			entry("POST /api/v1/ethics/assessments", "ethics:assessment:record"),
			entry("GET /api/v1/ethics/assessments", "ethics:assessment:record|ethics:assessment:review"),
			entry("POST /api/v1/ethics/assessments/{id}/review", "ethics:assessment:review"),
			entry("GET /api/v1/ethics/cases", "ethics:case:read"),
			entry("POST /api/v1/ethics/cases", "ethics:case:manage"),
			entry("GET /api/v1/ethics/cases/{id}", "ethics:case:read"),
			entry("GET /api/v1/ethics/cases/{id}/history", "ethics:case:read"),
			entry("POST /api/v1/ethics/cases/{id}/investigation", "ethics:case:manage"),
			entry("POST /api/v1/ethics/cases/{id}/decision", "ethics:case:manage"),
			entry("POST /api/v1/ethics/cases/{id}/notice", "ethics:case:manage"),
			entry("POST /api/v1/ethics/cases/{id}/appeal", "ethics:case:manage"),
			entry("POST /api/v1/ethics/cases/{id}/close", "ethics:case:manage"),

			entry("GET /api/v1/recruitment/rounds", "recruitment:round:read"),
			entry("POST /api/v1/recruitment/rounds", "recruitment:round:manage"),
			entry("GET /api/v1/recruitment/rounds/{id}", "recruitment:round:read"),
			entry("GET /api/v1/recruitment/rounds/{id}/vacancies", "recruitment:round:read"),
			entry("GET /api/v1/recruitment/rounds/{id}/plan", "recruitment:round:read"),
			entry("POST /api/v1/recruitment/rounds/{id}/positions", "recruitment:round:manage"),
			entry("POST /api/v1/recruitment/rounds/{id}/approve", "recruitment:round:manage"),
			entry("POST /api/v1/recruitment/rounds/{id}/publish", "recruitment:round:manage"),
			entry("POST /api/v1/recruitment/rounds/{id}/close", "recruitment:round:manage"),
			entry("GET /api/v1/recruitment/rounds/{id}/applications", "recruitment:round:read"),
			entry("POST /api/v1/recruitment/rounds/{id}/applications", "recruitment:round:manage"),
			entry("GET /api/v1/recruitment/rounds/{id}/applications/{applicationId}", "recruitment:round:read"),
			entry("POST /api/v1/recruitment/rounds/{id}/scores", "recruitment:round:manage"),
			entry("GET /api/v1/recruitment/rounds/{id}/ranking", "recruitment:round:read"),
			entry("POST /api/v1/recruitment/rounds/{id}/positions/{positionId}/select", "recruitment:round:manage"),
			entry("POST /api/v1/recruitment/rounds/{id}/applications/{applicationId}/drop", "recruitment:round:manage"),
			entry("POST /api/v1/recruitment/rounds/{id}/applications/{applicationId}/publicity",
					"recruitment:round:manage"),
			entry("POST /api/v1/recruitment/rounds/{id}/applications/{applicationId}/hire", "recruitment:round:manage"),
			entry("GET /recruitment", "recruitment:round:read"),
			entry("POST /recruitment/rounds", "recruitment:round:manage"),
			entry("GET /recruitment/rounds/{id}", "recruitment:round:read"),
			entry("POST /recruitment/rounds/{id}/positions", "recruitment:round:manage"),
			entry("POST /recruitment/rounds/{id}/approve", "recruitment:round:manage"),
			entry("POST /recruitment/rounds/{id}/publish", "recruitment:round:manage"),
			entry("POST /recruitment/rounds/{id}/close", "recruitment:round:manage"),
			entry("POST /recruitment/rounds/{id}/applications", "recruitment:round:manage"),
			entry("POST /recruitment/rounds/{id}/scores", "recruitment:round:manage"),
			entry("POST /recruitment/rounds/{id}/positions/{positionId}/select", "recruitment:round:manage"),
			entry("POST /recruitment/rounds/{id}/applications/{applicationId}/drop", "recruitment:round:manage"),
			entry("POST /recruitment/rounds/{id}/applications/{applicationId}/publicity", "recruitment:round:manage"),
			entry("POST /recruitment/rounds/{id}/applications/{applicationId}/hire", "recruitment:round:manage"),
			entry("GET /recruitment/announcements", "public"),
			entry("GET /api/v1/exams/{exam}/{year}/statistics", "exams:result:read"),
			entry("GET /api/v1/exams/{exam}/{year}/results", "exams:result:read"),
			entry("GET /api/v1/exams/results/{id}", "exams:result:read"),
			entry("GET /api/v1/exams/{exam}/{year}/lines", "exams:result:read"),
			entry("POST /api/v1/exams/lines", "exams:result:manage"),
			entry("POST /api/v1/exams/import", "exams:result:manage"),
			entry("GET /api/v1/exams/import/template", "exams:result:manage"), entry("GET /exams", "exams:result:read"),
			entry("POST /exams/lines", "exams:result:manage"), entry("GET /exams/results", "exams:result:read"),
			entry("GET /exams/results/{id}", "exams:result:read"), entry("GET /exams/import", "exams:result:manage"),
			entry("POST /exams/import", "exams:result:manage"),
			entry("GET /exams/import/jobs/{id}", "exams:result:manage"),
			entry("GET /exams/import/jobs/{id}/report", "exams:result:manage"),
			entry("GET /exams/import/template", "exams:result:manage"),
			entry("GET /api/v1/posts/units/{unitId}", "recruitment:post:read"),
			entry("GET /api/v1/posts/units/{unitId}/plans", "recruitment:post:read"),
			entry("POST /api/v1/posts/plans", "recruitment:post:manage"),
			entry("POST /api/v1/posts/plans/check", "recruitment:post:read"),
			entry("POST /api/v1/posts/plans/import", "recruitment:post:manage"),
			entry("GET /api/v1/posts/plans/import/template", "recruitment:post:manage"),
			entry("GET /api/v1/posts/staff/{staffId}", "recruitment:post:read"),
			entry("POST /api/v1/posts/appointments", "recruitment:post:manage"),
			entry("GET /api/v1/posts/competitions", "recruitment:post:read"),
			entry("POST /api/v1/posts/competitions", "recruitment:post:manage"),
			entry("GET /api/v1/posts/competitions/{id}", "recruitment:post:read"),
			entry("POST /api/v1/posts/competitions/{id}/candidates", "recruitment:post:manage"),
			entry("POST /api/v1/posts/competitions/{id}/scores", "recruitment:post:manage"),
			entry("POST /api/v1/posts/competitions/{id}/decide", "recruitment:post:manage"),
			entry("POST /api/v1/posts/competitions/{id}/candidates/{candidateId}/handling", "recruitment:post:manage"),
			entry("GET /api/v1/contracts/staff/{staffId}", "recruitment:contract:read"),
			entry("POST /api/v1/contracts", "recruitment:contract:manage"),
			entry("GET /api/v1/contracts/{id}", "recruitment:contract:read"),
			entry("POST /api/v1/contracts/{id}/confirm", "recruitment:contract:manage"),
			entry("POST /api/v1/contracts/{id}/renew", "recruitment:contract:manage"),
			entry("POST /api/v1/contracts/{id}/end", "recruitment:contract:manage"),
			entry("GET /api/v1/contracts/expiring", "recruitment:contract:read"),
			entry("GET /api/v1/contracts/missing", "recruitment:contract:read"),
			entry("GET /api/v1/awards/rounds", "awards:round:read"),
			entry("POST /api/v1/awards/rounds", "awards:round:manage"),
			entry("GET /api/v1/awards/rounds/{id}", "awards:round:read"),
			entry("GET /api/v1/awards/rounds/{id}/history", "awards:round:read"),
			entry("GET /api/v1/awards/rounds/{id}/quotas", "awards:round:read"),
			entry("PUT /api/v1/awards/rounds/{id}/quotas", "awards:round:manage"),
			entry("GET /api/v1/awards/rounds/{id}/nominations", "awards:round:read"),
			entry("POST /api/v1/awards/rounds/{id}/nominations", "awards:nomination:submit"),
			entry("POST /api/v1/awards/rounds/{id}/review", "awards:round:manage"),
			entry("POST /api/v1/awards/rounds/{id}/reopen", "awards:round:manage"),
			entry("POST /api/v1/awards/rounds/{id}/publicity", "awards:round:manage"),
			entry("GET /api/v1/awards/notice-end", "awards:round:read"),
			entry("POST /api/v1/awards/rounds/{id}/confer", "awards:round:manage"),
			entry("GET /api/v1/awards/nominations/{id}", "awards:round:read"),
			entry("POST /api/v1/awards/nominations/{id}/review", "awards:round:manage"),
			entry("POST /api/v1/awards/nominations/{id}/withdraw", "awards:nomination:submit"),
			entry("GET /awards", "awards:round:read"), entry("POST /awards/rounds", "awards:round:manage"),
			entry("GET /awards/rounds/{id}", "awards:round:read"),
			entry("POST /awards/rounds/{id}/quotas", "awards:round:manage"),
			entry("POST /awards/rounds/{id}/nominations", "awards:nomination:submit"),
			entry("POST /awards/rounds/{id}/{action}", "awards:round:manage"),
			entry("POST /awards/nominations/{id}/review", "awards:round:manage"),
			entry("POST /awards/nominations/{id}/withdraw", "awards:nomination:submit"));

	static final String ANONYMOUS = "ANONYMOUS";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void everyMappedEndpointIsDeclared() {
		Set<String> mapped = mappedEndpoints();
		assertThat(mapped).as("endpoints without a row in the security matrix").isSubsetOf(DECLARED.keySet());
		assertThat(DECLARED.keySet()).as("rows of the security matrix without an endpoint").isSubsetOf(mapped);
	}

	@TestFactory
	Stream<DynamicTest> eachRoleReachesExactlyWhatTheTableAllows() {
		County county = accounts.county();
		// One account per built-in role, at the unit its scope is meant for; a new role
		// needs no edit here.
		Map<String, String> users = new java.util.HashMap<>();
		for (BuiltInRole role : BuiltInRole.values()) {
			var unit = switch (role) {
				case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN -> null;
				case SCHOOL_ADMIN, TEACHER -> county.schoolA();
				default -> county.bureau();
			};
			users.put(role.name(), accounts.account(role.name(), unit));
		}
		List<DynamicTest> tests = new ArrayList<>();
		for (String endpoint : new TreeSet<>(DECLARED.keySet())) {
			tests.add(DynamicTest.dynamicTest(endpoint, () -> {
				check(endpoint, ANONYMOUS, null);
				for (BuiltInRole role : BuiltInRole.values()) {
					check(endpoint, role.name(), users.get(role.name()));
				}
			}));
		}
		return tests.stream();
	}

	private void check(String endpoint, String role, String username) throws Exception {
		String required = DECLARED.get(endpoint);
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
		boolean api = path.startsWith("/api/");
		boolean allowed = switch (required) {
			case "public" -> true;
			case "authenticated" -> username != null;
			default -> username != null && BuiltInRole.valueOf(role)
				.permissions()
				.stream()
				.anyMatch(p -> List.of(required.split("\\|")).contains(p.code()));
		};
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
		String consumes = consumed().get(endpoint);
		if (consumes != null) {
			// The request must match the handler for its permission to be the one that
			// counts.
			request = request.contentType(consumes);
		}
		if (username != null) {
			request = request.with(accounts.as(username));
		}
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = String.valueOf(result.getResponse().getHeader("Location"));
		String what = endpoint + " as " + role + " (status " + status + ", location " + location + ")";
		if (allowed) {
			assertThat(status).as(what).isNotIn(401, 403);
			assertThat(location).as(what).doesNotContain("/login");
		}
		else if (username == null) {
			if (api) {
				assertThat(status).as(what).isEqualTo(401);
			}
			else {
				assertThat(status).as(what).isEqualTo(302);
				assertThat(location).as(what).endsWith("/login");
			}
		}
		else {
			assertThat(status).as(what).isEqualTo(403);
		}
	}

	/** Path variables get values that name nothing, so allowed calls change no data. */
	static String concrete(String pattern) {
		return pattern.replaceAll("\\{code}", "0000000000").replaceAll("\\{[^}]+}", "987654321");
	}

	private Map<String, String> consumed() {
		Map<String, String> consumed = new java.util.HashMap<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			var types = info.getConsumesCondition().getConsumableMediaTypes();
			if (!types.isEmpty()) {
				for (String pattern : info.getPatternValues()) {
					info.getMethodsCondition()
						.getMethods()
						.forEach(m -> consumed.put(m + " " + pattern, types.iterator().next().toString()));
				}
			}
		});
		return consumed;
	}

	private Set<String> mappedEndpoints() {
		Set<String> mapped = new TreeSet<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m + " " + pattern));
			}
		});
		return mapped;
	}

}
