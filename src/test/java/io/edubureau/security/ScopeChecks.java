package io.edubureau.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.staff.StaffForm;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Data-scope probes shared by the modules' scope tests: a path answers a status, a body
 * or an .xlsx without someone else's rows.
 */
public final class ScopeChecks {

	/** An id no table holds (a guessed id must answer like another school's). */
	public static final long MISSING = 8_999_999_999_999L;

	private ScopeChecks() {
	}

	/** GET that must answer 200; the body as UTF-8 text. */
	public static String read(MockMvc mvc, RequestPostProcessor user, String url) throws Exception {
		var response = mvc.perform(get(url).with(user).header("Accept-Language", "zh-CN")).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET " + url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** GET of an .xlsx that must answer 200; every cell's text. */
	public static List<String> xlsx(MockMvc mvc, RequestPostProcessor user, String url) throws Exception {
		var response = mvc.perform(get(url).with(user).header("Accept-Language", "zh-CN")).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET " + url).isEqualTo(200);
		return cells(response.getContentAsByteArray());
	}

	/** Every GET answers the status (404 for ids outside the scope, never 403 or 200). */
	public static void answers(MockMvc mvc, RequestPostProcessor user, int status, String... urls) throws Exception {
		for (String url : urls) {
			assertThat(mvc.perform(get(url).with(user)).andReturn().getResponse().getStatus()).as("GET " + url)
				.isEqualTo(status);
		}
	}

	/** Any request (POST, PUT) answers the status. */
	public static void answers(MockMvc mvc, MockHttpServletRequestBuilder request, int status) throws Exception {
		var result = mvc.perform(request.with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus())
			.as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
			.isEqualTo(status);
	}

	/** The text of every cell of every sheet. */
	public static List<String> cells(byte[] xlsx) throws IOException {
		List<String> cells = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(format.formatCellValue(cell));
					}
				}
			}
		}
		return cells;
	}

	/** A primary teacher at the unit, hired on the date, with a unique name. */
	public static StaffForm teacher(TestAccounts accounts, String name, String unitCode, LocalDate birth,
			LocalDate hired) {
		StaffForm t = TestAccounts.teacher(accounts.idNumber(birth, false), name, unitCode);
		return t.toBuilder().hireDate(hired).build();
	}

}
