package io.edubureau.personnelfile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The personnel file's digitised materials (moved with them from staff's
 * PersonnelFileTests): checked by their bytes, downloaded unchanged, the required
 * categories still missing, in scope and with permission.
 */
@EduBureauTest
class FileMaterialsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	County county;

	StaffView person;

	String adminA;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		person = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1985, 4, 4), true), "档案老师", county.schoolA().code())));
		adminA = accounts.account("SCHOOL_ADMIN", county.schoolA());
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 3 3]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", out);
		return out.toByteArray();
	}

	ResultActions upload(String user, String category, String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/v1/staff/" + person.id() + "/materials")
			.file(new MockMultipartFile("file", name, "application/pdf", bytes))
			.param("category", category)
			.param("title", "材料 " + category)
			.param("pages", "2")
			.header("Accept-Language", "en")
			.with(TestAccounts.basic(user)));
	}

	@Test
	void materialsAreCheckedByTheirBytesAndDownloadedUnchanged() throws Exception {
		String base = "/api/v1/staff/" + person.id() + "/materials";
		mvc.perform(get(base).with(TestAccounts.basic(adminA)))
			.andExpect(jsonPath("$.missing", hasItem("IDENTITY")))
			.andExpect(jsonPath("$.missing", hasSize(4)));
		byte[] pdf = pdf();
		String body = upload(adminA, "IDENTITY", "身份证 \"scan\".pdf", pdf).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long pdfId = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
		byte[] png = png();
		upload(adminA, "EDUCATION", "diploma.png", png).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"));
		upload(adminA, "WORK_HISTORY", "fake.pdf", "just some text".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Only PDF, JPEG or PNG files are accepted (checked by their content)."));
		byte[] big = Arrays.copyOf(pdf, (int) FileMaterials.MAX_MATERIAL_BYTES + 1);
		upload(adminA, "WORK_HISTORY", "big.pdf", big).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("The file is larger than 10 MB."));
		upload(accounts.account("TEACHER", county.schoolA(), person.id()), "WORK_HISTORY", "a.pdf", pdf)
			.andExpect(status().isForbidden());
		upload(accounts.account("SCHOOL_ADMIN", county.schoolB()), "WORK_HISTORY", "a.pdf", pdf)
			.andExpect(status().isNotFound());
		byte[] downloaded = mvc.perform(get(base + "/" + pdfId + "/content").with(TestAccounts.basic(adminA)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", not(containsString("\"scan\""))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		mvc.perform(get(base).with(TestAccounts.basic(adminA)))
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$.missing", hasSize(2)));
		upload(adminA, "WORK_HISTORY", "work.png", png).andExpect(status().isCreated());
		upload(adminA, "APPRAISAL", "appraisal.pdf", pdf).andExpect(status().isCreated());
		mvc.perform(get(base).with(TestAccounts.basic(adminA))).andExpect(jsonPath("$.missing", empty()));
		// An archived material no longer counts.
		mvc.perform(post(base + "/" + pdfId + "/archive").with(TestAccounts.basic(adminA)))
			.andExpect(jsonPath("$.archived").value(true));
		mvc.perform(get(base).with(TestAccounts.basic(adminA))).andExpect(jsonPath("$.missing[0]").value("IDENTITY"));
	}

}
