package io.edubureau.staff;

import java.time.LocalDate;

import io.edubureau.org.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff form is built by naming its fields, never by their position. */
class StaffFormTests {

	@Test
	void eachNamedFieldLandsInItsComponentAndTheRestStayEmpty() {
		StaffForm form = StaffForm.builder()
			.idNumber("11010519491231002X")
			.name(" 王芳 ")
			.unitCode("3601010001")
			.employmentType(EmploymentType.CONTRACT)
			.postCategory(PostCategory.PROFESSIONAL)
			.stage(Stage.JUNIOR)
			.subject("数学")
			.hireDate(LocalDate.of(2010, 9, 1))
			.titleLevel(TitleLevel.SECOND)
			.originalRetirementAge(55)
			.status(StaffStatus.ACTIVE)
			.build();
		assertThat(form.idNumber()).isEqualTo("11010519491231002X");
		assertThat(form.name()).as("trimmed like any form").isEqualTo("王芳");
		assertThat(form.unitCode()).isEqualTo("3601010001");
		assertThat(form.employmentType()).isEqualTo(EmploymentType.CONTRACT);
		assertThat(form.postCategory()).isEqualTo(PostCategory.PROFESSIONAL);
		assertThat(form.stage()).isEqualTo(Stage.JUNIOR);
		assertThat(form.subject()).isEqualTo("数学");
		assertThat(form.hireDate()).isEqualTo(LocalDate.of(2010, 9, 1));
		assertThat(form.titleLevel()).isEqualTo(TitleLevel.SECOND);
		assertThat(form.originalRetirementAge()).isEqualTo(55);
		assertThat(form.status()).isEqualTo(StaffStatus.ACTIVE);
		assertThat(form.sex()).isNull();
		assertThat(form.birthDate()).isNull();
		assertThat(form.phone()).isNull();
		assertThat(form.fullTimeTeacher()).isNull();
		assertThat(form.titleDate()).isNull();
	}

	@Test
	void aCopyChangesOnlyTheFieldsItNames() {
		StaffForm form = StaffForm.builder()
			.idNumber("11010519491231002X")
			.name("王芳")
			.phone("13800001111")
			.unitCode("3601010001")
			.backbone(true)
			.build();
		StaffForm moved = form.toBuilder().unitCode("3601010002").build();
		assertThat(moved).isEqualTo(StaffForm.builder()
			.idNumber("11010519491231002X")
			.name("王芳")
			.phone("13800001111")
			.unitCode("3601010002")
			.backbone(true)
			.build());
		assertThat(moved.toBuilder().unitCode("3601010001").build()).isEqualTo(form);
	}

}
