package io.edubureau.staff;

import java.util.List;
import java.util.Map;

/**
 * A person's personnel file: entries per category (archived ones included); its materials
 * are listed by the {@code personnelfile} module.
 */
public record PersonnelFileView(Map<FileCategory, List<FileEntryView>> entries) {

}
