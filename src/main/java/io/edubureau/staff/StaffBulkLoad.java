package io.edubureau.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.BulkCopy;

import org.springframework.stereotype.Component;

/**
 * Writes generated people with COPY, a batch at a time: the members first (their rows
 * must exist before the history's foreign keys point at them), then the history and file
 * tables side by side on connections of their own.
 */
@Component
class StaffBulkLoad {

	static final int BATCH = 20_000;

	private final DataSource dataSource;

	private final OrgManagement org;

	StaffBulkLoad(DataSource dataSource, OrgManagement org) {
		this.dataSource = dataSource;
		this.org = org;
	}

	long load(Iterator<StaffSeed> seeds, Instant at, String actor, Consumer<Long> progress) {
		Map<Long, String> paths = new HashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(5, r -> {
			Thread t = new Thread(r, "staff-bulk-load");
			t.setDaemon(true);
			return t;
		});
		long total = 0;
		try {
			// One batch is written while the next is drawn; batches are written in order.
			CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
			List<StaffSeed> batch = new ArrayList<>(BATCH);
			while (seeds.hasNext()) {
				batch.add(seeds.next());
				if (batch.size() == BATCH || !seeds.hasNext()) {
					List<StaffSeed> full = batch;
					writing.join();
					if (total > 0) {
						progress.accept(total);
					}
					writing = CompletableFuture.runAsync(() -> write(full, paths, at, actor, pool), pool);
					total += full.size();
					batch = new ArrayList<>(BATCH);
				}
			}
			writing.join();
			progress.accept(total);
			return total;
		}
		catch (java.util.concurrent.CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void write(List<StaffSeed> batch, Map<Long, String> paths, Instant at, String actor, ExecutorService pool) {
		Set<Long> unknown = new HashSet<>();
		for (StaffSeed s : batch) {
			if (!paths.containsKey(s.unitId())) {
				unknown.add(s.unitId());
			}
			for (StaffSeed.Event e : s.events()) {
				if (e.kind() == StaffEventKind.TRANSFER && e.fromUnitId() != null
						&& !paths.containsKey(e.fromUnitId())) {
					unknown.add(e.fromUnitId());
				}
			}
		}
		if (!unknown.isEmpty()) {
			Map<Long, UnitView> units = org.byIds(unknown);
			for (Long id : unknown) {
				UnitView u = units.get(id);
				if (u == null) {
					throw new IllegalArgumentException("No unit with id " + id);
				}
				paths.put(id, u.path());
			}
		}
		long memberId = BulkCopy.reserveIds(dataSource, "staff_member_seq", 100, batch.size());
		long[] ids = new long[batch.size()];
		copy("staff_member", MEMBER_COLUMNS, c -> {
			for (int i = 0; i < batch.size(); i++) {
				StaffSeed s = batch.get(i);
				ids[i] = memberId + i;
				c.row(ids[i], s.idNumber(), s.name(), s.sex(), s.birthDate(), s.ethnicity(), s.nativePlace(),
						s.politicalStatus(), s.partyJoinDate(), s.workStartDate(), s.phone(), s.unitId(),
						paths.get(s.unitId()), s.employmentType(), s.postCategory(), s.fullTimeTeacher(), s.stage(),
						s.subject(), s.backbone(), s.academicLeader(), s.hireDate(), s.hireChannel(),
						s.highestEducation(), s.graduateSchoolTier(), s.titleLevel(), s.titleDate(),
						s.originalRetirementAge(), s.status(), s.statusDate(), at, at, 0L);
			}
		});
		long eventId = BulkCopy.reserveIds(dataSource, "staff_event_seq", 100,
				Math.max(1, batch.stream().mapToInt(s -> s.events().size()).sum()));
		long education = BulkCopy.reserveIds(dataSource, "staff_file_entry_seq", 50, Math.max(1,
				batch.stream().mapToInt(s -> s.education().size() + s.titles().size() + s.appraisals().size()).sum()));
		int transfers = (int) batch.stream()
			.flatMap(s -> s.events().stream())
			.filter(e -> e.kind() == StaffEventKind.TRANSFER && e.fromUnitId() != null)
			.count();
		long postingId = transfers == 0 ? 0 : BulkCopy.reserveIds(dataSource, "staff_posting_seq", 50, transfers);
		long titleFrom = education + batch.stream().mapToInt(s -> s.education().size()).sum();
		long appraisalFrom = titleFrom + batch.stream().mapToInt(s -> s.titles().size()).sum();
		CompletableFuture.allOf(CompletableFuture.runAsync(() -> copy("staff_event", EVENT_COLUMNS, c -> {
			long id = eventId;
			for (int i = 0; i < batch.size(); i++) {
				for (StaffSeed.Event e : batch.get(i).events()) {
					c.row(id++, ids[i], e.kind(), e.occurredOn(), e.fromUnitId(), e.toUnitId(), actor, at);
				}
			}
		}), pool), CompletableFuture.runAsync(() -> {
			if (transfers > 0) {
				copy("staff_posting", POSTING_COLUMNS, c -> {
					long id = postingId;
					for (int i = 0; i < batch.size(); i++) {
						// Each transfer ends the posting at the unit left, begun at the
						// previous transfer.
						LocalDate since = null;
						for (StaffSeed.Event e : batch.get(i).events()) {
							if (e.kind() == StaffEventKind.TRANSFER && e.fromUnitId() != null) {
								c.row(id++, ids[i], e.fromUnitId(), paths.get(e.fromUnitId()), since, e.occurredOn());
								since = e.occurredOn();
							}
						}
					}
				});
			}
		}, pool), CompletableFuture.runAsync(() -> copy("staff_education", EDUCATION_COLUMNS, c -> {
			long id = education;
			for (int i = 0; i < batch.size(); i++) {
				for (EducationForm e : batch.get(i).education()) {
					c.row(id++, ids[i], e.level(), e.degree(), e.school(), e.tier(), e.major(), e.fullTime(),
							e.startDate(), e.endDate(), false, actor, at, 0L);
				}
			}
		}), pool), CompletableFuture.runAsync(() -> copy("staff_title", TITLE_COLUMNS, c -> {
			long id = titleFrom;
			for (int i = 0; i < batch.size(); i++) {
				for (TitleForm t : batch.get(i).titles()) {
					c.row(id++, ids[i], t.level(), t.obtainedOn(), t.appointedOn(), false, actor, at, 0L);
				}
			}
		}), pool), CompletableFuture.runAsync(() -> copy("staff_appraisal", APPRAISAL_COLUMNS, c -> {
			long id = appraisalFrom;
			for (int i = 0; i < batch.size(); i++) {
				for (AppraisalForm a : batch.get(i).appraisals()) {
					c.row(id++, ids[i], a.year(), a.result(), a.ethics(), false, actor, at, 0L);
				}
			}
		}), pool)).join();
	}

	private void copy(String table, String[] columns, Consumer<BulkCopy> rows) {
		BulkCopy copy = BulkCopy.into(dataSource, table, columns);
		try {
			rows.accept(copy);
		}
		catch (RuntimeException ex) {
			copy.abort();
			throw ex;
		}
		copy.close();
	}

	private static final String[] MEMBER_COLUMNS = { "id", "id_number", "name", "sex", "birth_date", "ethnicity",
			"native_place", "political_status", "party_join_date", "work_start_date", "phone", "unit_id", "unit_path",
			"employment_type", "post_category", "full_time_teacher", "stage", "subject", "backbone", "academic_leader",
			"hire_date", "hire_channel", "highest_education", "graduate_school_tier", "title_level", "title_date",
			"original_retirement_age", "status", "status_date", "created_at", "updated_at", "version" };

	private static final String[] EVENT_COLUMNS = { "id", "member_id", "kind", "occurred_on", "from_unit_id",
			"to_unit_id", "recorded_by", "recorded_at" };

	private static final String[] POSTING_COLUMNS = { "id", "member_id", "unit_id", "unit_path", "valid_from",
			"valid_to" };

	private static final String[] EDUCATION_COLUMNS = { "id", "staff_id", "level", "degree", "school", "tier", "major",
			"full_time", "start_date", "end_date", "archived", "updated_by", "updated_at", "version" };

	private static final String[] TITLE_COLUMNS = { "id", "staff_id", "level", "obtained_on", "appointed_on",
			"archived", "updated_by", "updated_at", "version" };

	private static final String[] APPRAISAL_COLUMNS = { "id", "staff_id", "appraisal_year", "result", "ethics_result",
			"archived", "updated_by", "updated_at", "version" };

}
