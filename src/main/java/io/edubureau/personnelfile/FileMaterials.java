package io.edubureau.personnelfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.platform.ScannedDocument;
import io.edubureau.staff.StaffView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The digitised materials of a personnel file (档案材料): scans kept apart from their
 * listing, archived rather than deleted, and the required categories still missing.
 * Callers have found the person in their data scope.
 */
@Component
class FileMaterials {

	static final long MAX_MATERIAL_BYTES = 10L * 1024 * 1024;

	static final int MAX_MATERIAL_MB = 10;

	// The permission that changes the file's entries changes its materials too.
	static final String FILE_UPDATE = "staff:file:update";

	private static final String ENTITY = "staff.material";

	private final EntityManager em;

	private final AuditManagement audit;

	private final Set<MaterialCategory> requiredMaterials;

	FileMaterials(EntityManager em, AuditManagement audit,
			@Value("${edubureau.staff.required-materials:IDENTITY,EDUCATION,WORK_HISTORY,APPRAISAL}") List<MaterialCategory> requiredMaterials) {
		this.em = em;
		this.audit = audit;
		this.requiredMaterials = new LinkedHashSet<>(requiredMaterials);
	}

	List<MaterialView> of(long staffId) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<StaffMaterial> q = cb.createQuery(StaffMaterial.class);
		Root<StaffMaterial> root = q.from(StaffMaterial.class);
		q.where(cb.equal(root.get("staffId"), staffId)).orderBy(cb.asc(root.get("id")));
		return em.createQuery(q).getResultList().stream().map(StaffMaterial::toView).toList();
	}

	/** The required material categories with no current (unarchived) material. */
	List<MaterialCategory> missing(List<MaterialView> materials) {
		Set<MaterialCategory> present = materials.stream()
			.filter(v -> !v.archived())
			.map(MaterialView::category)
			.collect(Collectors.toSet());
		return requiredMaterials.stream().filter(c -> !present.contains(c)).toList();
	}

	MaterialFile download(StaffView p, long materialId) {
		StaffMaterial material = material(p, materialId);
		StaffMaterialContent content = em.find(StaffMaterialContent.class, material.getId());
		return new MaterialFile(material.getFileName(), material.getContentType(), content.getContent());
	}

	MaterialView add(StaffView p, MaterialCategory category, String title, Integer pages, String fileName,
			byte[] content) {
		requirePermission(FILE_UPDATE);
		List<Problem> problems = new ArrayList<>();
		if (category == null) {
			problems.add(new Problem("category", "staffFile.required"));
		}
		if (title == null || title.isBlank()) {
			problems.add(new Problem("title", "staffFile.required"));
		}
		else if (title.strip().length() > 100) {
			problems.add(new Problem("title", "fileAudit.text.tooLong", 100));
		}
		if (pages == null) {
			problems.add(new Problem("pages", "staffFile.required"));
		}
		else if (pages < 1 || pages > 9999) {
			problems.add(new Problem("pages", "staffFile.material.pages", 1, 9999));
		}
		String type = null;
		if (content == null || content.length == 0) {
			problems.add(new Problem("file", "staffFile.material.empty"));
		}
		else if (content.length > MAX_MATERIAL_BYTES) {
			problems.add(new Problem("file", "staffFile.material.tooLarge", MAX_MATERIAL_MB));
		}
		else {
			type = ScannedDocument.contentType(content);
			if (type == null) {
				problems.add(new Problem("file", "staffFile.material.type"));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffMaterial material = new StaffMaterial(p.id(), category, title.strip(), pages,
				ScannedDocument.safeFileName(fileName, type, "material"), type, content.length, Actor.current());
		em.persist(material);
		em.flush();
		em.persist(new StaffMaterialContent(material.getId(), content));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("category", category);
		created.put("title", title.strip());
		created.put("pages", pages);
		created.put("fileName", material.getFileName());
		created.put("size", content.length);
		audit.record(AuditAction.CREATE, ENTITY, material.getId(), p.name(), Change.created(created));
		return material.toView();
	}

	MaterialView archive(StaffView p, long materialId) {
		requirePermission(FILE_UPDATE);
		StaffMaterial material = material(p, materialId);
		if (!material.isArchived()) {
			material.archive(Actor.current());
			audit.record(AuditAction.ARCHIVE, ENTITY, material.getId(), p.name(),
					List.of(new Change("archived", "false", "true")));
		}
		return material.toView();
	}

	/** Moves one record's materials to another (a merge of duplicates); how many. */
	int carryOver(long from, long to) {
		return em.createQuery("update StaffMaterial m set m.staffId = :to where m.staffId = :from")
			.setParameter("to", to)
			.setParameter("from", from)
			.executeUpdate();
	}

	private StaffMaterial material(StaffView p, long materialId) {
		StaffMaterial material = em.find(StaffMaterial.class, materialId);
		if (material == null || material.getStaffId() != p.id()) {
			throw new NotFound("material " + materialId);
		}
		return material;
	}

	private static void requirePermission(String code) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth.getAuthorities().stream().noneMatch(a -> code.equals(a.getAuthority()))) {
			throw new AccessDeniedException(code);
		}
	}

}
