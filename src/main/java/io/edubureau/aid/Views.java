package io.edubureau.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.edubureau.org.Stage;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "AidProgrammeView")
record ProgrammeView(String code, String nameZh, String nameEn, String kind, Set<Stage> stages, boolean local,
		boolean active) {
}

record StandardView(String programme, Stage stage, String tier, long amountPerYearFen, LocalDate effectiveFrom,
		String source, String recordedBy) {
}

/** The standard in force on a day, as the stable API answers it. */
record StandardAnswer(String programme, Stage stage, String tier, long amountPerYearFen, String source,
		LocalDate effectiveFrom) {
}

@Schema(name = "AidApplicationView")
record ApplicationView(long id, long studentId, String studentName, long unitId, String unitName, String programme,
		String semester, String tier, HardshipCategory category, String evidence, LocalDate appliedOn, AidStatus status,
		Long amountFen, LocalDate noticeFrom, LocalDate noticeUntil, Long batchId, LocalDate paidOn) {
}

record ApplicationDetail(ApplicationView application, List<StepView> steps, List<String> reasons) {
}

@Schema(name = "AidStepView")
record StepView(AidStatus from, AidStatus to, String note, String actor, Instant at) {
}

record BatchView(long id, long ownerUnitId, String programme, String semester, LocalDate paidOn, int students,
		long amountFen, String createdBy) {
}
