/**
 * Personnel file (干部人事档案): the parts of a person's file kept apart from the staff record
 * — sanctions and other handling (处分, policy rules §7: the kind's period computed on the
 * decision date, revocation 撤销处分, never deleted) and the digitised materials (档案材料: scans
 * by category, archived rather than deleted, the required categories still missing, every
 * download audited as a read) and the special audit (档案专项审核, 三龄两历一身份: automatic checks on
 * the record and the file's entries, signed conclusions kept as history, coverage per
 * unit, the {@code fileAudit.coverage} figure).
 * <p>
 * Owns the tables {@code staff_sanction}, {@code staff_material},
 * {@code staff_material_content} and {@code staff_file_audit}; their migrations stay
 * under {@code db/migration/staff} ({@code V50_2}, {@code V50_10}, {@code V50_51}), where
 * they were applied before this module was split from {@code staff}. A top-level module
 * built on {@code staff} rather than a nested {@code staff.personnelfile}: a nested
 * module may use its parent's internals, which is the coupling the split removes (and
 * Java would make every type the two share public anyway, a sub-package seeing no
 * package-private type), while a top-level one reads people only through
 * {@code StaffManagement}, which {@code ApplicationModules.verify()} proves. Publishes
 * the sanction record types ({@code SanctionRecord}, {@code SanctionKind},
 * {@code SanctionForm}), which registration, titles, ethics and pay read; the categories'
 * record types (appraisals, certificates, the category forms) stay in {@code staff} with
 * the entries that build them. Runs the merge of duplicate records (same name and birth
 * date; {@code /staff/duplicates}, {@code /api/v1/staff/duplicates}, permission
 * {@code staff:duplicate:merge}, as before the split): the groups are found and the
 * person records' part written through {@code StaffManagement.duplicateGroups} and
 * {@code absorbDuplicate}, materials and sanctions carried over here, and the modules
 * built on {@code staff} asked through {@link io.edubureau.personnelfile.MergeGuard}
 * ({@code transfers} refuses a record with an open request); the person's page loads the
 * sanctions, materials and file-audit panels by URL ({@code /staff/{id}/sanctions-panel},
 * {@code /staff/{id}/materials-panel}, {@code /staff/{id}/file-audit-panel}). Serves the
 * categories' endpoints ({@code /staff/{id}/file/{category}},
 * {@code /api/v1/staff/{id}/{category}}, a certificate's standing; same URLs, permissions
 * and operation ids as in {@code staff}) through {@code StaffManagement}'s file methods.
 * The file's categories (education … honours) stay in {@code staff} until its set-based
 * figures, bulk load and merge no longer join their tables; the audit reads them through
 * {@code StaffManagement.personnelFile} and counts its figure on the people
 * {@code StaffManagement.inPostIdsOn} returns. Public face:
 * {@link io.edubureau.personnelfile.PersonnelFileManagement} and
 * {@link io.edubureau.personnelfile.MergeGuard}. Depends on {@code staff} (the person
 * within the scope, the record types), {@code rules} (a sanction kind's period in force
 * on the decision date), {@code audit}, {@code org} (the data scope) and {@code platform}
 * and {@code reports} (contributes the file audit's figure).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "staff", "org", "rules", "audit", "platform", "reports", "sheet" })
package io.edubureau.personnelfile;
