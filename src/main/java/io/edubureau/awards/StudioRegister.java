package io.edubureau.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.awards.Views.MentoringView;
import io.edubureau.awards.Views.StudioMemberView;
import io.edubureau.awards.Views.StudioRecordView;
import io.edubureau.awards.Views.StudioView;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Master-teacher studios (名师工作室) and mentoring pairs (名师带徒, 青蓝工程), seed 002: a studio is
 * led by a key teacher whose designation is in force on the day it opens, has members,
 * yearly goals and an activity log; a pair's mentor holds a designation in force on the
 * first day, and the pair ends with a result. A studio is seen within the scope of its
 * unit, a pair within that of the mentee's unit; every change is audited and every
 * transition a history row.
 */
@Service
class StudioRegister {

	static final String STUDIO = "awards.studio";

	static final String PAIR = "awards.mentoring";

	private final StaffManagement staff;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final KeyTeacherRepository designations;

	private final StudioRepository studios;

	private final StudioMemberRepository members;

	private final StudioRecordRepository records;

	private final MentoringPairRepository pairs;

	private final StudioStepRepository steps;

	StudioRegister(StaffManagement staff, OrgManagement org, AuditManagement audit, KeyTeacherRepository designations,
			StudioRepository studios, StudioMemberRepository members, StudioRecordRepository records,
			MentoringPairRepository pairs, StudioStepRepository steps) {
		this.staff = staff;
		this.org = org;
		this.audit = audit;
		this.designations = designations;
		this.studios = studios;
		this.members = members;
		this.records = records;
		this.pairs = pairs;
		this.steps = steps;
	}

	// ---- studios

	/** Opens a studio led by the key teacher of a designation in force on the day. */
	@Transactional
	public StudioView open(DataScope scope, Forms.StudioForm form) {
		List<Rejection.Problem> problems = new ArrayList<>(AwardsManagement.text("name", form.name(), 100, true));
		problems.addAll(AwardsManagement.text("subject", form.subject(), 30, false));
		if (form.leaderKeyTeacherId() == null) {
			problems.add(new Rejection.Problem("leaderKeyTeacherId", "keyTeachers.studio.leader"));
		}
		if (form.openedOn() == null) {
			problems.add(new Rejection.Problem("openedOn", "awards.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		KeyTeacher k = designations.findById(form.leaderKeyTeacherId())
			.orElseThrow(() -> new Rejection("leaderKeyTeacherId", "keyTeachers.studio.leader"));
		StaffView leader = staff.get(scope, k.getStaffId());
		if (!k.inForceOn(form.openedOn())) {
			throw new Rejection("leaderKeyTeacherId", "keyTeachers.studio.leaderNotInForce", leader.name(),
					form.openedOn().toString());
		}
		String subject = form.subject() == null || form.subject().isBlank() ? k.getSubject() : form.subject().strip();
		Studio s = studios.save(new Studio(form.name().strip(), k.getId(), leader.id(), leader.name(), leader.unitId(),
				subject, form.openedOn()));
		steps.save(new StudioStep(s.getId(), null, null, s.getStatus().name(), form.openedOn(), null));
		audit.record(AuditAction.CREATE, STUDIO, s.getId(), s.getName(), Change.created(Map.of("leaderKeyTeacherId",
				k.getId(), "leaderStaffId", leader.id(), "openedOn", form.openedOn().toString())));
		return view(s);
	}

	private Studio studio(DataScope scope, long id) {
		Studio s = studios.findById(id).orElseThrow(() -> new NotFound("studio " + id));
		if (!org.isWithin(scope, s.getUnitId())) {
			throw new NotFound("studio " + id);
		}
		return s;
	}

	private StudioView view(Studio s) {
		return view(s, unitNames(List.of(s.getUnitId())));
	}

	private StudioView view(Studio s, Map<Long, String> units) {
		int current = (int) members.findByStudioIdOrderByJoinedOnAscIdAsc(s.getId())
			.stream()
			.filter(StudioMember::current)
			.count();
		int activities = (int) records.findByStudioIdOrderByYearDescActivityAscOnDayDescIdDesc(s.getId())
			.stream()
			.filter(r -> "ACTIVITY".equals(r.toView().kind()))
			.count();
		return new StudioView(s.getId(), s.getName(), s.getLeaderKeyTeacherId(), s.getLeaderStaffId(),
				s.getLeaderName(), s.getUnitId(), units.get(s.getUnitId()), s.getSubject(), s.getOpenedOn(),
				s.getClosedOn(), s.getStatus().name(), current, activities);
	}

	private Map<Long, String> unitNames(java.util.Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(ids).forEach((id, unit) -> names.put(id, unit.name()));
		return names;
	}

	/** The studios of the units the scope sees, newest first. */
	@Transactional(readOnly = true)
	public List<StudioView> studios(DataScope scope) {
		List<Studio> seen = studios.findAll(org.<Studio>unitIdScope(scope, "unitId"), NEWEST_STUDIOS);
		Map<Long, String> units = unitNames(seen.stream().map(Studio::getUnitId).distinct().toList());
		return seen.stream().map(s -> view(s, units)).toList();
	}

	/**
	 * A page of the studios the scope sees, newest first; scope and page in the query.
	 */
	@Transactional(readOnly = true)
	public Page<StudioView> studios(DataScope scope, Pageable page) {
		Page<Studio> seen = studios.findAll(org.<Studio>unitIdScope(scope, "unitId"),
				PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_STUDIOS));
		Map<Long, String> units = unitNames(seen.getContent().stream().map(Studio::getUnitId).distinct().toList());
		return seen.map(s -> view(s, units));
	}

	private static final Sort NEWEST_STUDIOS = Sort.by(Sort.Direction.DESC, "openedOn", "id");

	private static final Sort NEWEST_PAIRS = Sort.by(Sort.Direction.DESC, "startOn", "id");

	@Transactional(readOnly = true)
	public StudioView studioView(DataScope scope, long id) {
		return view(studio(scope, id));
	}

	@Transactional(readOnly = true)
	public List<StudioMemberView> members(DataScope scope, long id) {
		studio(scope, id);
		return members.findByStudioIdOrderByJoinedOnAscIdAsc(id).stream().map(StudioMember::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<StudioRecordView> records(DataScope scope, long id) {
		studio(scope, id);
		return records.findByStudioIdOrderByYearDescActivityAscOnDayDescIdDesc(id)
			.stream()
			.map(StudioRecord::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Views.StepView> studioHistory(DataScope scope, long id) {
		studio(scope, id);
		// The studio's own transitions; its pairs have their own history.
		return steps.findByStudioIdOrderByIdAsc(id)
			.stream()
			.filter(x -> x.toView().nominationId() == null)
			.map(StudioStep::toView)
			.toList();
	}

	/** Closes an open studio from a day not before it opened; its records are kept. */
	@Transactional
	public StudioView close(DataScope scope, long id, Forms.DayForm form) {
		Studio s = studio(scope, id);
		if (form == null || form.on() == null) {
			throw new Rejection("on", "awards.day.required");
		}
		s.close(form.on());
		steps.save(new StudioStep(s.getId(), null, StudioStatus.OPEN.name(), StudioStatus.CLOSED.name(), form.on(),
				form.note()));
		audit.record(AuditAction.UPDATE, STUDIO, s.getId(), s.getName() + ": OPEN → CLOSED",
				List.of(new Change("status", StudioStatus.OPEN.name(), StudioStatus.CLOSED.name())));
		return view(s);
	}

	/** Adds a person in service (not the leader, not already a member) from a day. */
	@Transactional
	public StudioMemberView join(DataScope scope, long id, Forms.MemberForm form) {
		Studio s = studio(scope, id);
		s.requireOpen();
		List<Rejection.Problem> problems = new ArrayList<>();
		if (form.staffId() == null) {
			problems.add(new Rejection.Problem("staffId", "keyTeachers.staff.required"));
		}
		if (form.on() == null) {
			problems.add(new Rejection.Problem("on", "awards.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffView p = staff.get(scope, form.staffId());
		if (p.status() != StaffStatus.ACTIVE) {
			throw new Rejection("staffId", "keyTeachers.staff.inactive", p.name());
		}
		if (p.id() == s.getLeaderStaffId()) {
			throw new Rejection("staffId", "keyTeachers.studio.leaderMember", p.name());
		}
		if (form.on().isBefore(s.getOpenedOn())) {
			throw new Rejection("on", "keyTeachers.studio.beforeOpening", form.on().toString(),
					s.getOpenedOn().toString());
		}
		boolean already = members.findByStudioIdOrderByJoinedOnAscIdAsc(id)
			.stream()
			.anyMatch(m -> m.current() && m.getStaffId() == p.id());
		if (already) {
			throw new Rejection("staffId", "keyTeachers.studio.alreadyMember", p.name());
		}
		StudioMember m = members.save(new StudioMember(id, p.id(), p.name(), form.on()));
		audit.record(AuditAction.CREATE, STUDIO, id, s.getName() + ": member " + p.name(),
				List.of(new Change("member." + p.id(), null, form.on().toString())));
		return m.toView();
	}

	/** A member leaves on a day (not before joining); the membership is kept. */
	@Transactional
	public StudioMemberView leave(DataScope scope, long id, long memberId, Forms.DayForm form) {
		Studio s = studio(scope, id);
		StudioMember m = members.findById(memberId)
			.filter(x -> x.getStudioId() == id)
			.orElseThrow(() -> new NotFound("member " + memberId));
		if (form == null || form.on() == null) {
			throw new Rejection("on", "awards.day.required");
		}
		if (!m.current()) {
			throw new Rejection("staffId", "keyTeachers.studio.notMember", m.getStaffName());
		}
		if (form.on().isBefore(m.getJoinedOn())) {
			throw new Rejection("on", "keyTeachers.studio.beforeJoining", form.on().toString(),
					m.getJoinedOn().toString());
		}
		m.leave(form.on());
		audit.record(AuditAction.UPDATE, STUDIO, id, s.getName() + ": member " + m.getStaffName() + " left",
				List.of(new Change("member." + m.getStaffId(), m.getJoinedOn().toString(), form.on().toString())));
		return m.toView();
	}

	/**
	 * Records a yearly goal or an activity of an open studio: an activity's day not
	 * before the studio opened; participants 0–10,000.
	 */
	@Transactional
	public StudioRecordView record(DataScope scope, long id, Forms.StudioRecordForm form) {
		Studio s = studio(scope, id);
		s.requireOpen();
		List<Rejection.Problem> problems = new ArrayList<>(AwardsManagement.text("title", form.title(), 200, true));
		boolean activity = Boolean.TRUE.equals(form.activity());
		if (form.activity() == null) {
			problems.add(new Rejection.Problem("activity", "keyTeachers.studio.recordKind"));
		}
		else if (activity && form.onDay() == null) {
			problems.add(new Rejection.Problem("onDay", "awards.day.required"));
		}
		else if (activity && form.onDay().isBefore(s.getOpenedOn())) {
			problems.add(new Rejection.Problem("onDay", "keyTeachers.studio.beforeOpening", form.onDay().toString(),
					s.getOpenedOn().toString()));
		}
		else if (!activity && (form.year() == null || form.year() < s.getOpenedOn().getYear() || form.year() > 2100)) {
			problems.add(new Rejection.Problem("year", "keyTeachers.studio.goalYear", String.valueOf(form.year()),
					s.getOpenedOn().getYear()));
		}
		if (form.participants() != null && (form.participants() < 0 || form.participants() > 10_000)) {
			problems.add(new Rejection.Problem("participants", "keyTeachers.studio.participants",
					String.valueOf(form.participants())));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		int year = activity ? form.onDay().getYear() : form.year();
		StudioRecord r = records.save(new StudioRecord(id, year, activity, activity ? form.onDay() : null,
				form.title().strip(), form.participants()));
		audit.record(AuditAction.CREATE, STUDIO, id, s.getName() + ": " + (activity ? "activity" : "goal"),
				List.of(new Change("record." + r.toView().id(), null, form.title().strip())));
		return r.toView();
	}

	// ---- mentoring pairs

	/**
	 * Pairs a mentor holding a key-teacher designation in force on the first day with a
	 * teacher in service for a period (the last day after the first), in a studio or not;
	 * refused when the same two are already paired over an overlapping period.
	 */
	@Transactional
	public MentoringView pair(DataScope scope, Forms.PairForm form) {
		List<Rejection.Problem> problems = new ArrayList<>();
		if (form.mentorStaffId() == null) {
			problems.add(new Rejection.Problem("mentorStaffId", "keyTeachers.pair.mentor"));
		}
		if (form.menteeStaffId() == null) {
			problems.add(new Rejection.Problem("menteeStaffId", "keyTeachers.pair.mentee"));
		}
		if (form.startOn() == null) {
			problems.add(new Rejection.Problem("startOn", "awards.day.required"));
		}
		if (form.endOn() == null) {
			problems.add(new Rejection.Problem("endOn", "awards.day.required"));
		}
		else if (form.startOn() != null && !form.endOn().isAfter(form.startOn())) {
			problems.add(new Rejection.Problem("endOn", "keyTeachers.pair.period", form.startOn().toString(),
					form.endOn().toString()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (form.mentorStaffId().equals(form.menteeStaffId())) {
			throw new Rejection("menteeStaffId", "keyTeachers.pair.self");
		}
		StaffView mentor = staff.get(scope, form.mentorStaffId());
		StaffView mentee = staff.get(scope, form.menteeStaffId());
		for (StaffView p : List.of(mentor, mentee)) {
			if (p.status() != StaffStatus.ACTIVE) {
				throw new Rejection("staffId", "keyTeachers.staff.inactive", p.name());
			}
		}
		boolean key = designations.findByStaffIdOrderByStartOnAscIdAsc(mentor.id())
			.stream()
			.anyMatch(k -> k.inForceOn(form.startOn()));
		if (!key) {
			throw new Rejection("mentorStaffId", "keyTeachers.pair.mentorNotKey", mentor.name(),
					form.startOn().toString());
		}
		if (form.studioId() != null) {
			studio(scope, form.studioId()).requireOpen();
		}
		boolean overlapping = pairs.findByMenteeStaffId(mentee.id())
			.stream()
			.anyMatch(x -> x.getMentorStaffId() == mentor.id() && x.getStatus() == MentoringStatus.ACTIVE
					&& !x.getStartOn().isAfter(form.endOn()) && !x.getEndOn().isBefore(form.startOn()));
		if (overlapping) {
			throw new Rejection("menteeStaffId", "keyTeachers.pair.exists", mentor.name(), mentee.name());
		}
		MentoringPair pair = pairs.save(new MentoringPair(mentor.id(), mentor.name(), mentee.id(), mentee.name(),
				mentee.unitId(), form.studioId(), form.startOn(), form.endOn()));
		steps.save(new StudioStep(form.studioId(), pair.getId(), null, pair.getStatus().name(), form.startOn(), null));
		audit.record(AuditAction.CREATE, PAIR, pair.getId(), mentor.name() + " → " + mentee.name(),
				Change.created(Map.of("mentorStaffId", mentor.id(), "menteeStaffId", mentee.id(), "startOn",
						form.startOn().toString(), "endOn", form.endOn().toString())));
		return pair.toView();
	}

	private MentoringPair pairOf(DataScope scope, long id) {
		MentoringPair p = pairs.findById(id).orElseThrow(() -> new NotFound("pair " + id));
		if (!org.isWithin(scope, p.getUnitId())) {
			throw new NotFound("pair " + id);
		}
		return p;
	}

	/**
	 * A pair's result: qualified or not from its last day on, or ended early within its
	 * period with a reason.
	 */
	@Transactional
	public MentoringView result(DataScope scope, long id, Forms.PairResultForm form) {
		MentoringPair p = pairOf(scope, id);
		List<Rejection.Problem> problems = new ArrayList<>(AwardsManagement.text("note", form.note(), 500,
				form.result() == MentoringStatus.ENDED || form.result() == MentoringStatus.NOT_QUALIFIED));
		if (form.result() == null || form.result() == MentoringStatus.ACTIVE) {
			problems.add(new Rejection.Problem("result", "keyTeachers.pair.result"));
		}
		if (form.on() == null) {
			problems.add(new Rejection.Problem("on", "awards.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (form.result() == MentoringStatus.ENDED) {
			if (form.on().isBefore(p.getStartOn()) || form.on().isAfter(p.getEndOn())) {
				throw new Rejection("on", "keyTeachers.pair.endOutside", form.on().toString(),
						p.getStartOn().toString(), p.getEndOn().toString());
			}
		}
		else if (form.on().isBefore(p.getEndOn())) {
			throw new Rejection("on", "keyTeachers.pair.early", form.on().toString(), p.getEndOn().toString());
		}
		MentoringStatus from = p.getStatus();
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		p.move(form.result(), form.on(), note);
		steps.save(new StudioStep(null, p.getId(), from.name(), form.result().name(), form.on(), note));
		audit.record(AuditAction.UPDATE, PAIR, p.getId(),
				p.getMentorName() + " → " + p.getMenteeName() + ": " + from + " → " + form.result(),
				List.of(new Change("status", from.name(), form.result().name())));
		return p.toView();
	}

	/** The pairs of mentees whose unit the scope sees, newest first. */
	@Transactional(readOnly = true)
	public List<MentoringView> pairs(DataScope scope) {
		return pairs.findAll(org.<MentoringPair>unitIdScope(scope, "unitId"), NEWEST_PAIRS)
			.stream()
			.map(MentoringPair::toView)
			.toList();
	}

	/**
	 * A page of the pairs of mentees the scope sees, newest first; scope and page in the
	 * query.
	 */
	@Transactional(readOnly = true)
	public Page<MentoringView> pairs(DataScope scope, Pageable page) {
		return pairs
			.findAll(org.<MentoringPair>unitIdScope(scope, "unitId"),
					PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_PAIRS))
			.map(MentoringPair::toView);
	}

	@Transactional(readOnly = true)
	public List<Views.StepView> pairHistory(DataScope scope, long id) {
		pairOf(scope, id);
		return steps.findByPairIdOrderByIdAsc(id).stream().map(StudioStep::toView).toList();
	}

	/** The studios open at some time between the two days in scope (figures). */
	@Transactional(readOnly = true)
	List<Studio> studiosBetween(DataScope scope, LocalDate from, LocalDate to) {
		return studios.findAllByOrderByOpenedOnDescIdDesc()
			.stream()
			.filter(s -> s.openBetween(from, to) && org.isWithin(scope, s.getUnitId()))
			.toList();
	}

	/** The pairs whose period overlaps the two days in scope (figures). */
	@Transactional(readOnly = true)
	List<MentoringPair> pairsBetween(DataScope scope, LocalDate from, LocalDate to) {
		return pairs.findAllByOrderByStartOnDescIdDesc()
			.stream()
			.filter(p -> p.activeBetween(from, to) && org.isWithin(scope, p.getUnitId()))
			.toList();
	}

	/** Unit names by id, for the figures' lineage. */
	Map<Long, String> names(java.util.Collection<Long> unitIds) {
		return unitNames(unitIds);
	}

}
