package io.edubureau.titles;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * The list for the municipal bureau (报送名单): qualified, voted and granted applications of
 * a round in Chinese, the export itself audited.
 */
@Component
class TitlesExport {

	static final List<String> HEADERS = List.of("姓名", "单位", "现职称", "申报职称", "状态", "资格审查符合规则", "审查说明", "赞成票", "到会评委",
			"结果日期", "聘任日期");

	private final TitlesManagement titles;

	private final SheetManagement sheets;

	TitlesExport(TitlesManagement titles, SheetManagement sheets) {
		this.titles = titles;
		this.sheets = sheets;
	}

	void write(DataScope scope, long roundId, HttpServletResponse response) throws IOException {
		List<ApplicationView> listed = titles.exportList(scope, roundId);
		int year = titles.round(scope, roundId).year();
		OutputStream out = sheets.download(response, SheetFormat.XLSX, "titles-" + year);
		write(out, listed);
	}

	void write(OutputStream out, List<ApplicationView> listed) throws IOException {
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		sheets.write(out, SheetFormat.XLSX, "职称评审名单", HEADERS, writer -> {
			for (ApplicationView a : listed) {
				List<Object> row = new ArrayList<>();
				row.add(a.staffName());
				row.add(a.unitName());
				row.add(sheets.label(a.currentLevel(), zh));
				row.add(sheets.label(a.targetLevel(), zh));
				row.add(sheets.label(a.state(), zh));
				row.add(sheets.yesNo(a.eligible(), zh));
				row.add(a.overrideNote());
				row.add(a.yesVotes());
				row.add(a.presentVotes());
				row.add(a.resultOn());
				row.add(a.appointedOn());
				writer.row(row);
			}
		});
	}

}
