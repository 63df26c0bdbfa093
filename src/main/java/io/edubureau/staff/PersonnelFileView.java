package io.edubureau.staff;

import java.util.List;
import java.util.Map;

/**
 * A person's personnel file: entries per category (archived ones included), materials,
 * and the required material categories still missing.
 */
public record PersonnelFileView(Map<FileCategory, List<FileEntryView>> entries, List<MaterialView> materials,
		List<MaterialCategory> missingMaterials) {

}
