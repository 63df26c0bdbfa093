package io.edubureau.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import io.edubureau.audit.AuditManagement;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports units from a sheet. A known code updates that unit (inside the user's scope), a
 * new code creates one; parents may be rows of the same file, in any order. Rows are
 * written through {@link OrgManagement#create} and {@link OrgManagement#update} in one
 * transaction, so every check and audit entry is the form's own; any error, or a dry run,
 * rolls the whole file back.
 */
@Component
class UnitImport {

	private static final int BATCH = 500;

	private static final ImportSummary SUMMARY = ImportSummary.createdUpdatedUnchanged("org.import.summary");

	private final OrgManagement org;

	private final UnitRepository units;

	private final AuditManagement audit;

	private final Validator validator;

	private final TransactionTemplate tx;

	private final EntityManager entityManager;

	UnitImport(OrgManagement org, UnitRepository units, AuditManagement audit, Validator validator,
			TransactionTemplate tx, EntityManager entityManager) {
		this.org = org;
		this.units = units;
		this.audit = audit;
		this.validator = validator;
		this.tx = tx;
		this.entityManager = entityManager;
	}

	/** The import as the user with that scope runs it. */
	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/**
	 * A row read from the file.
	 *
	 * @param form the unit as the row gives it
	 * @param status the status column's value, which must match the unit's
	 * @param present the columns the file has; an absent column keeps an existing unit's
	 * value
	 */
	record Line(UnitForm form, UnitStatus status, Set<String> present) {
	}

	// One unit to create or update, with everything known before writing.
	private record Plan(int row, UnitForm form, UnitView existing, boolean unchanged) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return UnitSheet.LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			UnitForm form = new UnitForm(row.text("code"), row.text("name"), row.text("short_name"),
					row.choice("type", UnitType.class), row.text("parent_code"), row.choices("stages", Stage.class),
					row.choice("ownership", Ownership.class), row.choice("locality", Locality.class),
					row.text("address"), row.bool("boarding"), row.text("principal"), row.text("phone"),
					row.date("founded_date"));
			for (ConstraintViolation<UnitForm> v : validator.validate(form)) {
				String column = column(v.getPropertyPath().toString());
				// A cell that could not be parsed is already refused; "required" would
				// only repeat it.
				if (v.getConstraintDescriptor().getAnnotation() instanceof NotNull && row.text(column) != null) {
					continue;
				}
				row.error(column, messageKey(v.getMessageTemplate()));
			}
			Set<String> present = new HashSet<>();
			for (String key : UnitSheet.LAYOUT.keys()) {
				if (row.has(key)) {
					present.add(key);
				}
			}
			return new Line(form, row.choice("status", UnitStatus.class), present);
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			Map<String, SheetEntry<Line>> byCode = new LinkedHashMap<>();
			FirstRows<String> firstRows = new FirstRows<>(context, "org.import.code.duplicateInFile");
			for (SheetEntry<Line> e : entries) {
				String code = e.value().form().code();
				if (code == null || !code.matches("\\d{10}")) {
					continue;
				}
				if (firstRows.admit(e.row(), code, "code", code)) {
					byCode.put(code, e);
				}
			}
			Map<String, UnitView> existing = new HashMap<>();
			Set<String> outOfScope = new HashSet<>();
			tx.executeWithoutResult(status -> {
				status.setRollbackOnly();
				findExisting(byCode.keySet(), existing, outOfScope);
			});
			Map<String, Plan> plans = new LinkedHashMap<>();
			byCode.forEach((code, e) -> plans.put(code, plan(e, existing.get(code), outOfScope, context)));
			Map<String, Integer> depth = depths(plans, context);
			List<Plan> ordered = new ArrayList<>(plans.values());
			ordered.sort(Comparator.comparingInt((Plan p) -> depth.get(p.form().code())).thenComparingInt(Plan::row));
			int[] counts = new int[3];
			context.writeAllOrNothing(tx, SUMMARY, counts, () -> apply(ordered, plans, context, counts),
					audit.importEntry(OrgManagement.ENTITY));
			return counts[0] + counts[1] + counts[2];
		}

		private void findExisting(Set<String> codes, Map<String, UnitView> existing, Set<String> outOfScope) {
			List<String> all = new ArrayList<>(codes);
			for (int i = 0; i < all.size(); i += BATCH) {
				List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
				for (Unit u : units.findAll(org.inScope(scope).and((root, q, cb) -> root.get("code").in(batch)))) {
					existing.put(u.getCode(), org.toView(u));
				}
				for (Unit u : units.findByCodeIn(batch)) {
					if (!existing.containsKey(u.getCode())) {
						outOfScope.add(u.getCode());
					}
				}
			}
		}

		private Plan plan(SheetEntry<Line> e, UnitView current, Set<String> outOfScope, ImportContext context) {
			Line line = e.value();
			UnitForm form = line.form();
			if (outOfScope.contains(form.code())) {
				context.error(e.row(), "code", "org.import.code.outOfScope", form.code());
			}
			UnitStatus expected = current == null ? UnitStatus.ACTIVE : current.status();
			if (line.status() != null && line.status() != expected) {
				context.error(e.row(), "status", "org.import.status.unchangeable");
			}
			UnitForm merged = current == null ? complete(form) : merge(line, current);
			return new Plan(e.row(), merged, current, current != null && merged.equals(current.toForm()));
		}

		/**
		 * How many in-file ancestors each row has, so parents are written before their
		 * children; rows whose parent codes go round in a circle are refused.
		 */
		private Map<String, Integer> depths(Map<String, Plan> plans, ImportContext context) {
			Map<String, Integer> depth = new HashMap<>();
			for (Plan p : plans.values()) {
				String code = p.form().code();
				Set<String> walked = new LinkedHashSet<>();
				walked.add(code);
				String parent = p.form().parentCode();
				int d = 0;
				while (parent != null && plans.containsKey(parent)) {
					if (!walked.add(parent)) {
						if (parent.equals(code)) {
							walked.add(code);
							context.error(p.row(), "parent_code", "org.import.parentCode.cycle",
									String.join(" → ", walked));
						}
						d = Integer.MAX_VALUE;
						break;
					}
					d++;
					parent = plans.get(parent).form().parentCode();
				}
				depth.put(code, d);
			}
			return depth;
		}

		private void apply(List<Plan> ordered, Map<String, Plan> plans, ImportContext context, int[] counts) {
			Set<String> failed = new HashSet<>();
			int done = 0;
			for (Plan p : ordered) {
				context.progress(done++, ordered.size());
				String code = p.form().code();
				if (context.hasErrors(p.row())) {
					failed.add(code);
					continue;
				}
				if (p.unchanged()) {
					counts[2]++;
					continue;
				}
				String parent = p.form().parentCode();
				if (parent != null && failed.contains(parent) && plans.containsKey(parent)) {
					context.error(p.row(), "parent_code", "org.import.parentCode.rowInvalid", parent,
							plans.get(parent).row());
					failed.add(code);
					continue;
				}
				boolean written = context.writeRow(p.row(), () -> {
					if (p.existing() == null) {
						org.create(scope, p.form());
						counts[0]++;
					}
					else {
						org.update(scope, p.existing().id(), p.form());
						// A move rewrites the paths below in bulk: drop what the
						// persistence context still holds of them.
						entityManager.flush();
						entityManager.clear();
						counts[1]++;
					}
				}, UnitImport::column, "code", "org.import.code.outOfScope", code);
				if (!written) {
					failed.add(code);
				}
			}
			context.progress(ordered.size(), ordered.size());
		}

	}

	private static UnitForm complete(UnitForm f) {
		return new UnitForm(f.code(), f.name(), f.shortName(), f.type(), f.parentCode(), f.stages(), f.ownership(),
				f.locality(), f.address(), Boolean.TRUE.equals(f.boarding()), f.principal(), f.phone(),
				f.foundedDate());
	}

	// Columns the file leaves out keep the unit's values; blank cells clear them.
	private static UnitForm merge(Line line, UnitView u) {
		UnitForm f = line.form();
		Set<String> has = line.present();
		return new UnitForm(f.code(), f.name(), has.contains("short_name") ? f.shortName() : u.shortName(), f.type(),
				has.contains("parent_code") ? f.parentCode() : u.parentCode(),
				has.contains("stages") ? f.stages() : u.stages(),
				has.contains("ownership") ? f.ownership() : u.ownership(),
				has.contains("locality") ? f.locality() : u.locality(),
				has.contains("address") ? f.address() : u.address(),
				has.contains("boarding") ? Boolean.TRUE.equals(f.boarding()) : u.boarding(),
				has.contains("principal") ? f.principal() : u.principal(),
				has.contains("phone") ? f.phone() : u.phone(),
				has.contains("founded_date") ? f.foundedDate() : u.foundedDate());
	}

	/** The sheet column of a form field: {@code parentCode} → {@code parent_code}. */
	static String column(String field) {
		return field == null || field.isEmpty() ? null : field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
	}

	private static String messageKey(String template) {
		return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
				: template;
	}

}
