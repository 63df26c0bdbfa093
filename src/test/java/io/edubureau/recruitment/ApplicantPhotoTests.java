package io.edubureau.recruitment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.PostCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An applicant's photo (issue 16): JPEG and PNG judged by their bytes (a text file named
 * .jpg, a PDF and a damaged JPEG refused), at most 2 MB, 100–4,000 pixels a side (both
 * limits included), a refused file changing nothing; shown on the round page, uploaded
 * there too; read audited; the application's permissions and scope.
 */
@EduBureauTest
class ApplicantPhotoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	EstablishmentManagement establishment;

	@Autowired
	RecruitmentManagement recruitment;

	@Autowired
	JdbcTemplate jdbc;

	County county;

	RequestPostProcessor officer;

	long round;

	long application;

	String path;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		String idNumber = accounts.idNumber(LocalDate.now().minusYears(24), true);
		accounts.asSystem(() -> {
			establishment.approve(bureau, county.schoolA().id(), Map.of(PostCategory.PROFESSIONAL, 2));
			round = recruitment
				.openRound(bureau, new Forms.RoundForm(LocalDate.now().getYear(), "照片测试招聘", 50, 50, 2, 1, 7))
				.id();
			long position = recruitment
				.addPosition(bureau, round,
						new Forms.PositionForm(county.schoolA().id(), PostCategory.PROFESSIONAL, null, "语文", 1,
								io.edubureau.staff.HireChannel.OPEN_RECRUITMENT, io.edubureau.staff.Education.BACHELOR,
								false, null, null))
				.id();
			recruitment.approve(bureau, round, new Forms.ApprovalForm("测编办〔2026〕1号", LocalDate.now()));
			recruitment.advance(bureau, round, RoundStatus.PUBLISHED);
			application = recruitment
				.apply(bureau, round,
						new Forms.ApplicationForm(position, idNumber, "照片甲", io.edubureau.staff.Education.BACHELOR,
								true, null, true))
				.id();
			return null;
		});
		path = "/api/v1/recruitment/rounds/" + round + "/applications/" + application + "/photo";
	}

	static byte[] image(String format, int width, int height) throws Exception {
		BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			picture.setRGB(x, x % height, 0x3366cc);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(picture, format, out)).isTrue();
		return out.toByteArray();
	}

	private ResultActions upload(RequestPostProcessor who, String fileName, byte[] bytes) throws Exception {
		return mvc.perform(multipart(path).file(new MockMultipartFile("file", fileName, "image/jpeg", bytes))
			.with(who)
			.header("Accept-Language", "zh-CN"));
	}

	private int reads() {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'READ' and entity_type = "
				+ "'recruitment.photo' and entity_id = ?", Integer.class, String.valueOf(application));
	}

	@Test
	void jpegAndPngAreStoredByContentAndEachReadIsAudited() throws Exception {
		mvc.perform(get(path).with(officer)).andExpect(status().isNotFound());
		byte[] jpeg = image("jpg", 295, 413);
		// The name says PNG; the bytes are JPEG, and the bytes decide.
		upload(officer, "证件照.png", jpeg).andExpect(status().isOk())
			.andExpect(jsonPath("$.contentType").value("image/jpeg"))
			.andExpect(jsonPath("$.fileName").value("证件照.jpg"))
			.andExpect(jsonPath("$.width").value(295))
			.andExpect(jsonPath("$.height").value(413));
		int before = reads();
		mvc.perform(get(path).with(officer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(jpeg));
		assertThat(reads()).isEqualTo(before + 1);

		byte[] png = image("png", 100, 100);
		upload(officer, "photo.png", png).andExpect(status().isOk())
			.andExpect(jsonPath("$.contentType").value("image/png"));
		mvc.perform(get(path).with(officer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(png));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'UPDATE' and entity_type = "
				+ "'recruitment.photo' and entity_id = ?", Integer.class, String.valueOf(application)))
			.isEqualTo(1);
	}

	@Test
	void badFilesAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
		byte[] good = image("png", 300, 400);
		upload(officer, "good.png", good).andExpect(status().isOk());

		upload(officer, "photo.jpg", "这不是图片，只是一个文本文件".getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("JPEG或PNG")));
		upload(officer, "scan.jpg", "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
			.andExpect(status().isUnprocessableContent());
		byte[] jpeg = image("jpg", 300, 400);
		upload(officer, "broken.jpg", Arrays.copyOf(jpeg, 40)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("损坏")));
		// 2 MB is allowed, one byte more is not (the size is checked before the content).
		byte[] large = Arrays.copyOf(jpeg, ApplicantPhotos.MAX_BYTES + 1);
		upload(officer, "large.jpg", large).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2 MB")));
		upload(officer, "small.png", image("png", 99, 400)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("99×400")));
		upload(officer, "wide.png", image("png", 4001, 100)).andExpect(status().isUnprocessableContent());
		upload(officer, "empty.jpg", new byte[0]).andExpect(status().isUnprocessableContent());
		mvc.perform(multipart(path).with(officer).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Choose a photo")));
		mvc.perform(get(path).with(officer)).andExpect(status().isOk()).andExpect(content().bytes(good));

		upload(officer, "edge.png", image("png", 4000, 100)).andExpect(status().isOk());
	}

	@Test
	void theRoundPageShowsAndUploadsThePhoto() throws Exception {
		String page = "/recruitment/rounds/" + round;
		mvc.perform(get(page).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上传照片")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"app-photo "))));
		mvc.perform(multipart(page + "/applications/" + application + "/photo")
			.file(new MockMultipartFile("file", "a.txt", "text/plain", "not an image".getBytes()))
			.with(officer)
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problems"));
		byte[] jpeg = image("jpg", 200, 260);
		mvc.perform(multipart(page + "/applications/" + application + "/photo")
			.file(new MockMultipartFile("file", "me.jpg", "image/jpeg", jpeg))
			.with(officer)
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
		mvc.perform(get(page).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"app-photo ")));
		mvc.perform(get(page + "/applications/" + application + "/photo").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().bytes(jpeg));
	}

	@Test
	void theApplicationsPermissionsAndScopeHold() throws Exception {
		byte[] png = image("png", 120, 160);
		// A school administrator reads the round but does not manage it.
		RequestPostProcessor school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		upload(school, "p.png", png).andExpect(status().isForbidden());
		upload(officer, "p.png", png).andExpect(status().isOk());
		mvc.perform(get(path).with(school)).andExpect(status().isOk());
		RequestPostProcessor other = accounts.as(accounts.account("BUREAU_OFFICER", accounts.county().bureau()));
		mvc.perform(get(path).with(other)).andExpect(status().isNotFound());
		upload(other, "p.png", png).andExpect(status().isNotFound());
	}

}
