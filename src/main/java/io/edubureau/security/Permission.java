package io.edubureau.security;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every permission of the product, named {@code module:resource:action}; each endpoint
 * requires one. The first segment decides the administrative domain a permission belongs
 * to.
 */
public enum Permission {

	ACCOUNT_PROFILE_UPDATE("account:profile:update"), ORG_UNIT_READ("org:unit:read"),
	ORG_UNIT_CREATE("org:unit:create"), ORG_UNIT_UPDATE("org:unit:update"), ORG_UNIT_ARCHIVE("org:unit:archive"),
	ORG_UNIT_IMPORT("org:unit:import"), ORG_UNIT_EXPORT("org:unit:export"), SECURITY_USER_READ("security:user:read"),
	SECURITY_USER_MANAGE("security:user:manage"), SECURITY_ROLE_READ("security:role:read"),
	SECURITY_ROLE_MANAGE("security:role:manage"), AUDIT_LOG_READ("audit:log:read"),
	AUDIT_LOG_EXPORT("audit:log:export"), SYSTEM_METRICS_READ("system:metrics:read"),
	RULES_CALCULATOR_USE("rules:calculator:use"), RULES_PARAMETER_READ("rules:parameter:read"),
	RULES_PARAMETER_UPDATE("rules:parameter:update"), STAFF_PERSON_READ("staff:person:read"),
	STAFF_PERSON_CREATE("staff:person:create"), STAFF_PERSON_UPDATE("staff:person:update"),
	STAFF_PERSON_TRANSFER("staff:person:transfer"), STAFF_PERSON_END("staff:person:end"),
	STAFF_PERSON_IMPORT("staff:person:import"), STAFF_PERSON_EXPORT("staff:person:export"),
	STAFF_SENSITIVE_READ("staff:sensitive:read"), ESTABLISHMENT_OVERVIEW_READ("establishment:overview:read"),
	ESTABLISHMENT_APPROVED_UPDATE("establishment:approved:update"), STAFF_FILEAUDIT_READ("staff:fileaudit:read"),
	STAFF_FILEAUDIT_SIGN("staff:fileaudit:sign"), STAFF_SELF_EDIT("staff:self:edit"),
	STAFF_CHANGE_REVIEW("staff:change:review"), STAFF_FILE_UPDATE("staff:file:update"),
	STAFF_APPRAISAL_UPDATE("staff:appraisal:update"), STAFF_APPRAISAL_IMPORT("staff:appraisal:import"),
	STAFF_TRANSFER_REQUEST("staff:transfer:request"), STAFF_TRANSFER_APPROVE("staff:transfer:approve"),
	STAFF_DUPLICATE_MERGE("staff:duplicate:merge"), TRAINING_PROGRAMME_READ("training:programme:read"),
	TRAINING_PROGRAMME_MANAGE("training:programme:manage"), TRAINING_RECORD_CREDIT("training:record:credit"),
	TRAINING_RECORD_IMPORT("training:record:import"), TRAINING_SELF_READ("training:self:read"),
	TITLES_ROUND_READ("titles:round:read"), TITLES_ROUND_MANAGE("titles:round:manage"),
	TITLES_APPLICATION_SUBMIT("titles:application:submit"),
	TITLES_APPLICATION_RECOMMEND("titles:application:recommend"),
	TITLES_APPLICATION_REVIEW("titles:application:review"), TITLES_VOTE_RECORD("titles:vote:record"),
	TITLES_RESULT_EXPORT("titles:result:export"), REGISTRATION_CYCLE_READ("registration:cycle:read"),
	REGISTRATION_CYCLE_MANAGE("registration:cycle:manage"),
	REGISTRATION_EVALUATION_SUBMIT("registration:evaluation:submit"),
	REGISTRATION_EVALUATION_CONFIRM("registration:evaluation:confirm"),
	REGISTRATION_LIST_EXPORT("registration:list:export"), REPORTS_SUMMARY_READ("reports:summary:read"),
	REPORTS_SUMMARY_FREEZE("reports:summary:freeze"), REPORTS_RECORDS_EXPORT("reports:records:export"),
	STAFF_RETIREMENT_PROPOSE("staff:retirement:propose"), STAFF_RETIREMENT_APPROVE("staff:retirement:approve"),
	REPORTS_SUMMARY_EDIT("reports:summary:edit"), STAFF_SANCTION_READ("staff:sanction:read"),
	STAFF_SANCTION_DECIDE("staff:sanction:decide"), STAFF_CERTIFICATE_STATUS("staff:certificate:status"),
	CADRES_ROSTER_READ("cadres:roster:read"), CADRES_ROSTER_MANAGE("cadres:roster:manage"),
	CADRES_EVALUATION_MANAGE("cadres:evaluation:manage"), CADRES_ELECTION_MANAGE("cadres:election:manage"),
	CADRES_BALLOT_CAST("cadres:ballot:cast"), SAFETY_RECORD_READ("safety:record:read"),
	SAFETY_RECORD_MANAGE("safety:record:manage"), SAFETY_HAZARD_VERIFY("safety:hazard:verify"),
	SAFETY_LETTER_ISSUE("safety:letter:issue"), SAFETY_INCIDENT_MANAGE("safety:incident:manage"),
	PARTY_RECORD_READ("party:record:read"), PARTY_ORGANISATION_MANAGE("party:organisation:manage"),
	PARTY_DEVELOPMENT_MANAGE("party:development:manage"), PARTY_MEETING_RECORD("party:meeting:record"),
	PARTY_MEMBER_MANAGE("party:member:manage"), STUDENTS_RECORD_READ("students:record:read"),
	STUDENTS_RECORD_MANAGE("students:record:manage"), STUDENTS_SENSITIVE_READ("students:sensitive:read"),
	AID_RECORD_READ("aid:record:read"), AID_APPLICATION_MANAGE("aid:application:manage"),
	AID_APPLICATION_APPROVE("aid:application:approve"), AID_BATCH_MANAGE("aid:batch:manage"),
	AID_STANDARD_MANAGE("aid:standard:manage"), PETITIONS_PETITION_READ("petitions:petition:read"),
	PETITIONS_PETITION_MANAGE("petitions:petition:manage"), PETITIONS_PETITIONER_READ("petitions:petitioner:read"),
	PAY_RECORD_READ("pay:record:read"), PAY_SELF_READ("pay:self:read"), PAY_PAYROLL_MANAGE("pay:payroll:manage"),
	PAY_TABLE_IMPORT("pay:table:import"), PAY_PAYROLL_EXPORT("pay:payroll:export"),
	// Each person's amounts unmasked in pay exports (back pay).
	PAY_SENSITIVE_READ("pay:sensitive:read"),
	// 奖励性绩效工资: the school draws up its plan, the bureau approves it.
	PAY_REWARD_PLAN("pay:reward:plan"), PAY_REWARD_APPROVE("pay:reward:approve"),
	// Modules after pay.
	EXCHANGE_PLAN_READ("exchange:plan:read"), EXCHANGE_PLAN_MANAGE("exchange:plan:manage"),
	ETHICS_VETO_READ("ethics:veto:read"), ETHICS_ASSESSMENT_RECORD("ethics:assessment:record"),
	ETHICS_ASSESSMENT_REVIEW("ethics:assessment:review"), ETHICS_CASE_READ("ethics:case:read"),
	ETHICS_CASE_MANAGE("ethics:case:manage"), RECRUITMENT_ROUND_READ("recruitment:round:read"),
	RECRUITMENT_ROUND_MANAGE("recruitment:round:manage"), FACILITIES_RECORD_READ("facilities:record:read"),
	FACILITIES_PROJECT_MANAGE("facilities:project:manage"), FACILITIES_PROJECT_APPROVE("facilities:project:approve"),
	FACILITIES_INVENTORY_MANAGE("facilities:inventory:manage"), EXAMS_RESULT_READ("exams:result:read"),
	EXAMS_RESULT_MANAGE("exams:result:manage"), RECRUITMENT_POST_READ("recruitment:post:read"),
	RECRUITMENT_POST_MANAGE("recruitment:post:manage"), RECRUITMENT_CONTRACT_READ("recruitment:contract:read"),
	RECRUITMENT_CONTRACT_MANAGE("recruitment:contract:manage"), AWARDS_ROUND_READ("awards:round:read"),
	AWARDS_ROUND_MANAGE("awards:round:manage"), AWARDS_NOMINATION_SUBMIT("awards:nomination:submit"),
	SUPERVISION_RECORD_READ("supervision:record:read"), SUPERVISION_VISIT_RECORD("supervision:visit:record"),
	SUPERVISION_ITEM_RECTIFY("supervision:item:rectify"), SUPERVISION_ITEM_VERIFY("supervision:item:verify"),
	AWARDS_KEYTEACHER_MANAGE("awards:keyteacher:manage");

	private final String code;

	Permission(String code) {
		this.code = code;
	}

	// The API speaks in codes, not constant names.
	@JsonValue
	public String code() {
		return code;
	}

	public AdminDomain domain() {
		return AdminDomain.of(code);
	}

	public static Optional<Permission> fromCode(String code) {
		return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
	}

	/**
	 * The three administrative domains kept apart (三员分立); {@code NEUTRAL} permissions go
	 * with any.
	 */
	public enum AdminDomain {

		SYSTEM, SECURITY, AUDIT, NEUTRAL;

		static AdminDomain of(String code) {
			if (code.startsWith("security:")) {
				return SECURITY;
			}
			if (code.startsWith("audit:")) {
				return AUDIT;
			}
			if (code.startsWith("account:")) {
				return NEUTRAL;
			}
			return SYSTEM;
		}

	}

}
