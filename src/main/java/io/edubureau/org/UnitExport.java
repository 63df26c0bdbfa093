package io.edubureau.org;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the units a user sees, with the list's filters, and records the export in the
 * audit trail.
 */
@Component
class UnitExport {

	private final OrgManagement org;

	private final AuditManagement audit;

	private final SheetManagement sheets;

	UnitExport(OrgManagement org, AuditManagement audit, SheetManagement sheets) {
		this.org = org;
		this.audit = audit;
		this.sheets = sheets;
	}

	/** The units to export, read in the same transaction as the EXPORT audit entry. */
	@Transactional
	public List<UnitView> select(DataScope scope, UnitFilter filter, SheetFormat format) {
		List<UnitView> rows = org.listAll(scope, filter);
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("format", format.extension());
		criteria.put("q", filter.q());
		criteria.put("type", filter.type());
		criteria.put("stage", filter.stage());
		criteria.put("locality", filter.locality());
		criteria.put("ownership", filter.ownership());
		criteria.put("status", filter.status());
		criteria.put("rows", rows.size());
		audit.record(AuditAction.EXPORT, OrgManagement.ENTITY, null,
				rows.size() + " units (" + format.extension() + ")", Change.created(criteria));
		return rows;
	}

	/**
	 * Writes the units; with a language, headers and choices in it, without, canonical
	 * keys and codes for tools.
	 */
	void write(OutputStream out, List<UnitView> rows, SheetFormat format, Locale language) throws IOException {
		List<String> headers = language == null ? UnitSheet.LAYOUT.keys() : UnitSheet.LAYOUT.headers(language);
		sheets.write(out, format, UnitSheet.LAYOUT.name(), headers, writer -> {
			for (UnitView u : rows) {
				writer.row(UnitSheet.row(u, sheets, language));
			}
		});
	}

}
