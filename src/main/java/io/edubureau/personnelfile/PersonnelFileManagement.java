package io.edubureau.personnelfile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.platform.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personnelfile module's public face: a person's sanctions (处分, policy rules §7), the
 * file's digitised materials and its special audit. Every call takes the caller's
 * {@link DataScope} and finds the person through {@link StaffManagement} first (a person
 * outside the scope is not found); every change is audited in its transaction. A merge of
 * duplicate records ({@code DuplicateMerge}) carries materials and sanctions over through
 * it.
 */
@Service
public class PersonnelFileManagement {

	private static final int MAX_PAGE_SIZE = 200;

	private final StaffManagement staff;

	private final StaffSanctions sanctions;

	private final FileMaterials materials;

	private final FileAudits audits;

	private final FileAuditRepository conclusions;

	private final Clock clock = Clock.systemDefaultZone();

	PersonnelFileManagement(StaffManagement staff, StaffSanctions sanctions, FileMaterials materials, FileAudits audits,
			FileAuditRepository conclusions) {
		this.staff = staff;
		this.sanctions = sanctions;
		this.materials = materials;
		this.audits = audits;
		this.conclusions = conclusions;
	}

	// ---- sanctions

	/** The person's sanctions and other handling, revoked ones included, oldest first. */
	@Transactional(readOnly = true)
	public List<SanctionRecord> sanctions(DataScope scope, long staffId) {
		return sanctions.of(staff.get(scope, staffId).id());
	}

	/** Sanctions of many people; people outside the scope are left out. */
	@Transactional(readOnly = true)
	public Map<Long, List<SanctionRecord>> sanctions(DataScope scope, Collection<Long> staffIds) {
		return sanctions.of(staff.visible(scope, staffIds).keySet());
	}

	/**
	 * Records a sanction; its period is computed from the kind's months on the decision
	 * date; audited.
	 */
	@Transactional
	public SanctionRecord recordSanction(DataScope scope, long staffId, SanctionForm form) {
		return sanctions.record(staff.get(scope, staffId), form, today());
	}

	/** Revokes a sanction (撤销处分) from a date with a note; the record stays; audited. */
	@Transactional
	public SanctionRecord revokeSanction(DataScope scope, long staffId, long sanctionId, LocalDate on, String note) {
		return sanctions.revoke(staff.get(scope, staffId), sanctionId, on, note, today());
	}

	// ---- digitised materials (档案材料)

	/** The person's materials, archived included, in the order stored. */
	@Transactional(readOnly = true)
	public List<MaterialView> materials(DataScope scope, long staffId) {
		return materials.of(staff.get(scope, staffId).id());
	}

	/** The required material categories with no current material. */
	@Transactional(readOnly = true)
	public List<MaterialCategory> missingMaterials(DataScope scope, long staffId) {
		return missingMaterials(materials(scope, staffId));
	}

	/** The required categories missing from a list already read. */
	List<MaterialCategory> missingMaterials(List<MaterialView> read) {
		return materials.missing(read);
	}

	/** Stores a scanned material; only PDF, JPEG or PNG (by their bytes) up to 10 MB. */
	@Transactional
	public MaterialView addMaterial(DataScope scope, long staffId, MaterialCategory category, String title,
			Integer pages, String fileName, byte[] content) {
		return materials.add(staff.get(scope, staffId), category, title, pages, fileName, content);
	}

	@Transactional
	public MaterialView archiveMaterial(DataScope scope, long staffId, long materialId) {
		return materials.archive(staff.get(scope, staffId), materialId);
	}

	@Transactional(readOnly = true)
	public MaterialFile materialFile(DataScope scope, long staffId, long materialId) {
		return materials.download(staff.get(scope, staffId), materialId);
	}

	// ---- the special audit (档案专项审核, 三龄两历一身份)

	/** The automatic checks' findings on one person's record and file entries. */
	@Transactional(readOnly = true)
	public List<Discrepancy> fileChecks(DataScope scope, long staffId) {
		StaffView person = staff.get(scope, staffId);
		return audits.checks(person, staff.personnelFile(scope, staffId), today());
	}

	/** The person's signed conclusions, latest first. */
	@Transactional(readOnly = true)
	public List<FileAuditView> fileAuditConclusions(DataScope scope, long staffId) {
		return audits.of(staff.get(scope, staffId).id());
	}

	/**
	 * Signs an auditor's conclusion on one person's file; earlier conclusions stay as
	 * history; audited.
	 */
	@Transactional
	public FileAuditView concludeFileAudit(DataScope scope, long staffId, FileAuditForm form) {
		return audits.conclude(staff.get(scope, staffId), form, today());
	}

	/**
	 * Audited people against active people per unit in the scope's subtree, units in id
	 * order; the people and their units read through {@link StaffManagement}.
	 */
	@Transactional(readOnly = true)
	public List<FileAuditCoverage> fileAuditCoverage(DataScope scope) {
		Map<Long, Long> total = staff.activeByUnit(scope, null);
		if (total.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> audited = staff.activeByUnit(scope, conclusions.audited());
		return total.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new FileAuditCoverage(e.getKey(), audited.getOrDefault(e.getKey(), 0L), e.getValue()))
			.toList();
	}

	/**
	 * One page of {@link #fileAuditCoverage(DataScope)}, units in id order (page from 0,
	 * size 1–200).
	 */
	@Transactional(readOnly = true)
	Page<FileAuditCoverage> fileAuditCoverage(DataScope scope, int page, int size) {
		PageRequest request = Paging.request(page, size, MAX_PAGE_SIZE);
		List<FileAuditCoverage> all = fileAuditCoverage(scope);
		int from = (int) Math.min(request.getOffset(), all.size());
		return new PageImpl<>(all.subList(from, Math.min(all.size(), from + size)), request, all.size());
	}

	// ---- a merge of duplicates (inside the merge's transaction)

	/**
	 * Moves the merged record's materials and sanctions to the survivor; what moved per
	 * kind, for the merge's audit entry.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Change> carryOver(long mergedId, long survivorId) {
		List<Change> moved = new ArrayList<>();
		int n = materials.carryOver(mergedId, survivorId);
		if (n > 0) {
			moved.add(new Change("materials", null, Integer.toString(n)));
		}
		n = sanctions.carryOver(mergedId, survivorId);
		if (n > 0) {
			moved.add(new Change("sanctions", null, Integer.toString(n)));
		}
		return moved;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
