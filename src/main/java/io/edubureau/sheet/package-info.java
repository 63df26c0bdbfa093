/**
 * Sheets: the import and export mechanism every module uses for its lists.
 * <p>
 * Owns reading .xlsx (streamed, zip-bomb guarded) and .csv (UTF-8 with or without BOM,
 * GBK), header matching, cell parsing (enum codes or Chinese labels, booleans, dates,
 * integers), the file and row limits, all-or-nothing imports with per-row errors, the
 * background import jobs the pages poll, error reports, templates, and writing .xlsx and
 * .csv with formula injection escaped. Public face:
 * {@link io.edubureau.sheet.SheetManagement}, {@link io.edubureau.sheet.SheetLayout},
 * {@link io.edubureau.sheet.SheetImport}, {@link io.edubureau.sheet.SheetImportPages}
 * (the import page flow a module's controller delegates to) and the records they use.
 * Depends only on the platform; modules plug their own rows in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package io.edubureau.sheet;
