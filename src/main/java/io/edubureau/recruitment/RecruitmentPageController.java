package io.edubureau.recruitment;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.org.Stage;
import io.edubureau.platform.Masking;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.recruitment.Views.ApplicationView;
import io.edubureau.recruitment.Views.PositionView;
import io.edubureau.recruitment.Views.RoundView;
import io.edubureau.rules.Reason;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.staff.Education;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PostCategory;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recruitment pages, and the public announcement page (no sign-in). */
@Controller
class RecruitmentPageController {

	private final RecruitmentManagement recruitment;

	private final ApplicantPhotos photos;

	private final MessageSource messages;

	private final SheetManagement sheets;

	private final ScoreImport scoreImport;

	private final ApplicantImport applicantImport;

	RecruitmentPageController(RecruitmentManagement recruitment, MessageSource messages, SheetManagement sheets,
			ScoreImport scoreImport, ApplicantImport applicantImport, ApplicantPhotos photos) {
		this.photos = photos;
		this.recruitment = recruitment;
		this.messages = messages;
		this.sheets = sheets;
		this.scoreImport = scoreImport;
		this.applicantImport = applicantImport;
	}

	/**
	 * A reason in the reader's language, its source named in words, never as a rule code.
	 */
	String reason(Reason r, Locale locale) {
		String text = messages.getMessage(r.messageKey(), r.args().toArray(), r.messageKey(), locale);
		return messages.getMessage("recruitment.reason.source", new Object[] { text, r.rule().source() }, locale);
	}

	@GetMapping("/recruitment")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	String index(DataScope scope, Model model) {
		model.addAttribute("rounds", recruitment.rounds(scope));
		model.addAttribute("year", recruitment.today().getYear());
		return "recruitment/index";
	}

	@PostMapping("/recruitment/rounds")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String open(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			RoundView r = recruitment.openRound(scope, new Forms.RoundForm(number("year", form.get("year")),
					form.get("title"), number("writtenWeight", form.get("writtenWeight")),
					number("interviewWeight", form.get("interviewWeight")),
					number("scoreScale", form.get("scoreScale")), number("selectionRatio", form.get("selectionRatio")),
					number("publicityDays", form.get("publicityDays"))));
			return "redirect:/recruitment/rounds/" + r.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/recruitment";
		}
	}

	@GetMapping("/recruitment/rounds/{id}")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	String round(DataScope scope, @PathVariable long id, @RequestParam(required = false) Long position, Model model,
			Locale locale) {
		RoundView r = recruitment.round(scope, id);
		model.addAttribute("round", r);
		model.addAttribute("plan",
				recruitment.planCheck(scope, id).reasons().stream().map(x -> reason(x, locale)).toList());
		model.addAttribute("vacancies", recruitment.vacancies(scope, r.year()));
		List<ApplicationView> apps = recruitment.applications(scope, id, position);
		boolean reveal = RecruitmentApiController.revealsSensitive();
		model.addAttribute("applications", apps);
		model.addAttribute("photos", photos.withPhoto(apps.stream().map(ApplicationView::id).toList()));
		model.addAttribute("idNumbers",
				apps.stream()
					.collect(java.util.stream.Collectors.toMap(ApplicationView::id,
							a -> reveal ? a.idNumber() : Masking.idNumber(a.idNumber()))));
		model.addAttribute("reasons",
				apps.stream()
					.collect(java.util.stream.Collectors.toMap(ApplicationView::id,
							a -> a.reasons().stream().map(x -> reason(x, locale)).toList())));
		Map<Long, Object> rankings = new LinkedHashMap<>();
		for (PositionView p : r.positions()) {
			try {
				rankings.put(p.id(), recruitment.ranking(scope, id, p.id()));
			}
			catch (io.edubureau.platform.NotFound ex) {
				// A position of a unit outside the scope: its ranking is not shown.
			}
		}
		model.addAttribute("rankings", rankings);
		model.addAttribute("today", recruitment.today());
		model.addAttribute("categories", PostCategory.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("channels", HireChannel.values());
		model.addAttribute("educations", Education.values());
		return "recruitment/round";
	}

	@PostMapping("/recruitment/rounds/{id}/positions")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String addPosition(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> recruitment.addPosition(scope, id,
				new Forms.PositionForm(id("unitId", form.get("unitId")),
						value(PostCategory.class, "postCategory", form), value(Stage.class, "stage", form),
						form.get("subject"), number("headcount", form.get("headcount")),
						value(HireChannel.class, "channel", form), value(Education.class, "minEducation", form),
						"on".equals(form.get("certificateRequired")) || "true".equals(form.get("certificateRequired")),
						number("maxAge", form.get("maxAge")), form.get("household"))));
	}

	@PostMapping("/recruitment/rounds/{id}/approve")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String approve(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> recruitment.approve(scope, id,
				new Forms.ApprovalForm(form.get("document"), date("approvedOn", form.get("approvedOn")))));
	}

	@PostMapping("/recruitment/rounds/{id}/publish")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String publish(DataScope scope, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> recruitment.advance(scope, id, RoundStatus.PUBLISHED));
	}

	@PostMapping("/recruitment/rounds/{id}/close")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String close(DataScope scope, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> recruitment.advance(scope, id, RoundStatus.CLOSED));
	}

	@PostMapping("/recruitment/rounds/{id}/applications")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String apply(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> recruitment.apply(scope, id,
						new Forms.ApplicationForm(id("positionId", form.get("positionId")), form.get("idNumber"),
								form.get("name"), value(Education.class, "education", form),
								"on".equals(form.get("hasCertificate")), form.get("household"),
								!"on".equals(form.get("notFirstJob")))));
	}

	@PostMapping("/recruitment/rounds/{id}/scores")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String score(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> recruitment.scores(scope, id,
						List.of(new Forms.ScoreForm(id("applicationId", form.get("applicationId")),
								decimal("written", form.get("written")),
								decimal("interview", form.get("interview"))))));
	}

	@PostMapping("/recruitment/rounds/{id}/scores/import")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String importScores(DataScope scope, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, RedirectAttributes redirect) {
		recruitment.round(scope, id);
		redirect.addFlashAttribute("imported", sheets.importNow(file, scoreImport.forRound(scope, id), dryRun));
		return "redirect:/recruitment/rounds/" + id;
	}

	@PostMapping("/recruitment/rounds/{id}/applications/import")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String importApplicants(DataScope scope, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, RedirectAttributes redirect) {
		recruitment.round(scope, id);
		redirect.addFlashAttribute("imported", sheets.importNow(file, applicantImport.forRound(scope, id), dryRun));
		return "redirect:/recruitment/rounds/" + id;
	}

	@GetMapping("/recruitment/scores/template")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	void scoreTemplate(@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		sheets.downloadTemplate(response, ScoreImport.LAYOUT, "scores", format, null, locale);
	}

	@GetMapping("/recruitment/applications/template")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	void applicantTemplate(@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		sheets.downloadTemplate(response, ApplicantImport.LAYOUT, "applicants", format, null, locale);
	}

	@PostMapping("/recruitment/rounds/{id}/positions/{positionId}/select")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String select(DataScope scope, @PathVariable long id, @PathVariable long positionId, RedirectAttributes redirect) {
		return act(id, redirect, () -> recruitment.select(scope, id, positionId));
	}

	@PostMapping("/recruitment/rounds/{id}/applications/{applicationId}/photo")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String uploadPhoto(DataScope scope, @PathVariable long id, @PathVariable long applicationId,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		byte[] content = file == null ? null : file.getBytes();
		return act(id, redirect, () -> photos.upload(scope, id, applicationId,
				file == null ? null : file.getOriginalFilename(), content));
	}

	@GetMapping("/recruitment/rounds/{id}/applications/{applicationId}/photo")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	org.springframework.http.ResponseEntity<byte[]> photo(DataScope scope, @PathVariable long id,
			@PathVariable long applicationId) {
		return RecruitmentApiController.image(photos.photo(scope, id, applicationId));
	}

	@PostMapping("/recruitment/rounds/{id}/applications/{applicationId}/drop")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String drop(DataScope scope, @PathVariable long id, @PathVariable long applicationId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> recruitment.drop(scope, id, applicationId, new Forms.DropForm(form.get("reason"))));
	}

	@PostMapping("/recruitment/rounds/{id}/applications/{applicationId}/publicity")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String publicity(DataScope scope, @PathVariable long id, @PathVariable long applicationId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(id, redirect, () -> recruitment.publicize(scope, id, applicationId,
				new Forms.PublicityForm(date("from", form.get("from")))));
	}

	@PostMapping("/recruitment/rounds/{id}/applications/{applicationId}/hire")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	String hire(DataScope scope, @PathVariable long id, @PathVariable long applicationId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> recruitment.hire(scope, id, applicationId,
						new Forms.HireForm(date("hiredOn", form.get("hiredOn")),
								number("contractYears", form.get("contractYears")),
								number("probationMonths", form.get("probationMonths")))));
	}

	/**
	 * The public announcement: published rounds and their positions, in Chinese, without
	 * sign-in.
	 */
	@GetMapping("/recruitment/announcements")
	@PreAuthorize("permitAll()")
	String announcements(Model model) {
		model.addAttribute("rounds", recruitment.announcements());
		return "recruitment/announcements";
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "recruitment.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/recruitment/rounds/" + id;
	}

	private static Integer number(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "recruitment.number");
		}
	}

	private static Long id(String field, String value) {
		Integer n = number(field, value);
		return n == null ? null : n.longValue();
	}

	private static BigDecimal decimal(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "recruitment.number");
		}
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "recruitment.date");
		}
	}

	private static <E extends Enum<E>> E value(Class<E> type, String field, Map<String, String> form) {
		String v = form.get(field);
		if (v == null || v.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, v.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection(List.of(new Problem(field, "recruitment.required")));
		}
	}

}
