package io.edubureau.org;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.edubureau.platform.BulkCopy;

import org.springframework.stereotype.Component;

/**
 * Writes a whole unit tree and its enrolment with COPY: for generated data sets, where
 * going through the forms one unit at a time would take hours at province scale.
 */
@Component
class UnitBulkLoad {

	private final DataSource dataSource;

	UnitBulkLoad(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	List<LoadedUnit> load(List<UnitSeed> seeds, Instant at) {
		long firstId = BulkCopy.reserveIds(dataSource, "org_unit_seq", 50, seeds.size());
		Map<String, LoadedUnit> byCode = new HashMap<>();
		List<LoadedUnit> loaded = new ArrayList<>(seeds.size());
		int enrolmentRows = seeds.stream().mapToInt(s -> s.enrolment() == null ? 0 : s.enrolment().size()).sum();
		long enrolmentId = BulkCopy.reserveIds(dataSource, "org_enrolment_seq", 50, Math.max(1, enrolmentRows));
		BulkCopy units = BulkCopy.into(dataSource, "org_unit", "id", "code", "name", "type", "parent_id", "path",
				"depth", "stages", "ownership", "locality", "boarding", "founded_date", "status", "created_at",
				"updated_at", "version");
		BulkCopy enrolment = null;
		try {
			long id = firstId;
			for (UnitSeed s : seeds) {
				LoadedUnit parent = s.parentCode() == null ? null : byCode.get(s.parentCode());
				if (s.parentCode() != null && parent == null) {
					throw new IllegalArgumentException(
							"Unit " + s.code() + " comes before its parent " + s.parentCode());
				}
				if (byCode.containsKey(s.code())) {
					throw new IllegalArgumentException("Unit code " + s.code() + " twice");
				}
				String path = (parent == null ? "/" : parent.path()) + id + "/";
				int depth = parent == null ? 0 : (int) path.chars().filter(c -> c == '/').count() - 2;
				units.row(id, s.code(), s.name(), s.type(), parent == null ? null : parent.id(), path, depth,
						new StagesConverter().convertToDatabaseColumn(s.stages()), s.ownership(), s.locality(),
						s.type() == UnitType.SCHOOL && s.stages().contains(Stage.SENIOR), s.foundedDate(),
						UnitStatus.ACTIVE, at, at, 0L);
				LoadedUnit unit = new LoadedUnit(id, s.code(), s.type(), path);
				byCode.put(s.code(), unit);
				loaded.add(unit);
				id++;
			}
			units.close();
			enrolment = BulkCopy.into(dataSource, "org_enrolment", "id", "unit_id", "school_year", "stage", "students",
					"classes");
			for (int i = 0; i < seeds.size(); i++) {
				if (seeds.get(i).enrolment() == null) {
					continue;
				}
				for (EnrolmentView e : seeds.get(i).enrolment()) {
					enrolment.row(enrolmentId++, loaded.get(i).id(), e.schoolYear(), e.stage(), e.students(),
							e.classes());
				}
			}
			enrolment.close();
			return loaded;
		}
		catch (RuntimeException ex) {
			units.abort();
			if (enrolment != null) {
				enrolment.abort();
			}
			throw ex;
		}
	}

}
