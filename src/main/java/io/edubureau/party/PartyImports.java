package io.edubureau.party;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The party module's imports through the sheet skeleton, each row through the method the
 * form and the API use, so every check applies as there: the roster of members who are
 * not staff (retired and others, {@link Memberships#addNonStaff}) and 三会一课 meeting
 * records ({@link PartyManagement#recordMeeting}). The branch or organisation is named as
 * it is called and looked up in the caller's scope only, so a school's officer cannot
 * import into another branch. All rows are checked and written in one transaction; any
 * error, or a dry run, rolls the file back.
 */
@Component
class PartyImports {

	/** A member's kind on the roster: full (正式党员) or probationary (预备党员). */
	enum MemberKind {

		FULL, PROBATIONARY

	}

	static final SheetLayout MEMBERS = new SheetLayout("party-members",
			SheetColumn.required("branch", "所在党支部", "Branch", "教育局机关党支部", "党支部", "支部"),
			SheetColumn.required("person_name", "姓名", "Name", "周德厚", "党员姓名"),
			SheetColumn.required("birth_date", "出生日期", "Birth date", "1949-03-12", "出生年月日"),
			SheetColumn.choice("member_kind", "党员类别", "Member kind", "正式党员", MemberKind.class, true, "类别"),
			SheetColumn.optional("probationary_until", "预备期满日期", "Probation ends", "", "预备期满"),
			SheetColumn.optional("retired", "是否退休", "Retired", "是", "退休"),
			SheetColumn.required("from", "编入支部日期", "In the branch from", "2009-04-01", "转入日期", "编入日期"));

	static final SheetLayout MEETINGS = new SheetLayout("party-meetings",
			SheetColumn.required("organisation", "党组织名称", "Party organisation", "教育局机关党支部", "党支部", "支部"),
			SheetColumn.choice("kind", "会议类型", "Kind", "支部党员大会", MeetingKind.class, true, "类型", "会议类别"),
			SheetColumn.required("held_on", "会议日期", "Day held", "2026-03-20", "日期"),
			SheetColumn.required("topic", "会议主题", "Topic", "学习党章", "主题", "内容"),
			SheetColumn.required("present", "实到人数", "Present", "12", "到会人数"),
			SheetColumn.optional("absent", "缺席人数", "Absent", "1"),
			SheetColumn.optional("absence_notes", "缺席原因", "Reasons for absence", "王某：外出培训", "缺席情况"));

	private static final ImportSummary MEMBERS_SUMMARY = new ImportSummary("party.import.members.summary",
			List.of("added"));

	private static final ImportSummary MEETINGS_SUMMARY = new ImportSummary("party.import.meetings.summary",
			List.of("added"));

	private final Memberships memberships;

	private final PartyManagement party;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	PartyImports(Memberships memberships, PartyManagement party, AuditManagement audit, TransactionTemplate tx) {
		this.memberships = memberships;
		this.party = party;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Member> members(DataScope scope) {
		return new Members(scope);
	}

	SheetImport<Meeting> meetings(DataScope scope) {
		return new Meetings(scope);
	}

	/** A roster row read from the file. */
	record Member(String branch, String name, LocalDate birthDate, MemberKind kind, LocalDate probationaryUntil,
			Boolean retired, LocalDate from) {
	}

	/** A meeting row read from the file. */
	record Meeting(String organisation, MeetingKind kind, LocalDate heldOn, String topic, Integer present,
			Integer absent, String absenceNotes) {
	}

	// Organisations in scope by name; a name given to two of them is ambiguous (null).
	private Map<String, Long> named(DataScope scope, boolean branchesOnly) {
		Map<String, Long> byName = new HashMap<>();
		for (OrganisationView o : party.organisations(scope)) {
			if (!o.active() || (branchesOnly && o.kind() != OrganisationKind.BRANCH)) {
				continue;
			}
			byName.merge(o.name().strip(), o.id(), (a, b) -> -1L);
		}
		return byName;
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}

	private final class Members implements SheetImport<Member> {

		private final DataScope scope;

		Members(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return MEMBERS;
		}

		@Override
		public Member read(SheetRow row) {
			return new Member(strip(row.text("branch")), strip(row.text("person_name")), row.date("birth_date"),
					row.choice("member_kind", MemberKind.class), row.date("probationary_until"), row.bool("retired"),
					row.date("from"));
		}

		@Override
		public int write(List<SheetEntry<Member>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, MEMBERS_SUMMARY, count, () -> {
				Map<String, Long> branches = named(scope, true);
				for (SheetEntry<Member> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Member m = e.value();
					Long branch = branches.get(m.branch());
					if (branch == null || branch < 0) {
						context.error(e.row(), "branch",
								branch == null ? "party.import.branch.unknown" : "party.import.branch.ambiguous",
								m.branch());
						continue;
					}
					boolean probationary = m.kind() == MemberKind.PROBATIONARY;
					if (probationary != (m.probationaryUntil() != null)) {
						context.error(e.row(), "probationary_until", "party.import.probationaryUntil");
						continue;
					}
					try {
						memberships.addNonStaff(scope, new PartyForms.NonStaffMemberForm(branch, m.name(),
								m.birthDate(), m.retired(), m.from(), m.probationaryUntil()));
						count[0]++;
					}
					catch (Rejection ex) {
						context.reject(e.row(), ex, PartyImports::memberColumn);
					}
					catch (NotFound ex) {
						context.error(e.row(), "branch", "party.import.branch.unknown", m.branch());
					}
				}
			}, audit.importEntry(Memberships.MEMBERSHIP));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	private final class Meetings implements SheetImport<Meeting> {

		private final DataScope scope;

		Meetings(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return MEETINGS;
		}

		@Override
		public Meeting read(SheetRow row) {
			return new Meeting(strip(row.text("organisation")), row.choice("kind", MeetingKind.class),
					row.date("held_on"), row.text("topic"), row.integer("present"), row.integer("absent"),
					row.text("absence_notes"));
		}

		@Override
		public int write(List<SheetEntry<Meeting>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, MEETINGS_SUMMARY, count, () -> {
				Map<String, Long> organisations = named(scope, false);
				for (SheetEntry<Meeting> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Meeting m = e.value();
					Long organisation = organisations.get(m.organisation());
					if (organisation == null || organisation < 0) {
						context.error(e.row(), "organisation",
								organisation == null ? "party.import.branch.unknown" : "party.import.branch.ambiguous",
								m.organisation());
						continue;
					}
					try {
						party.recordMeeting(scope, new PartyForms.MeetingForm(organisation, m.kind(), m.heldOn(),
								m.topic(), m.present(), m.absent(), m.absenceNotes()));
						count[0]++;
					}
					catch (Rejection ex) {
						context.reject(e.row(), ex, PartyImports::meetingColumn);
					}
					catch (NotFound ex) {
						context.error(e.row(), "organisation", "party.import.branch.unknown", m.organisation());
					}
				}
			}, audit.importEntry(PartyManagement.MEETING));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	private static String memberColumn(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "organisationId" -> "branch";
			case "personName" -> "person_name";
			case "birthDate" -> "birth_date";
			case "probationaryUntil" -> "probationary_until";
			case "from" -> "from";
			default -> null;
		};
	}

	private static String meetingColumn(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "organisationId" -> "organisation";
			case "kind" -> "kind";
			case "heldOn" -> "held_on";
			case "topic" -> "topic";
			case "present" -> "present";
			case "absent" -> "absent";
			case "absenceNotes" -> "absence_notes";
			default -> null;
		};
	}

}
