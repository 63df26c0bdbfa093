package io.edubureau.awards;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static io.edubureau.awards.AwardsPageController.date;
import static io.edubureau.awards.AwardsPageController.number;
import static io.edubureau.awards.AwardsPageController.value;
import static io.edubureau.awards.AwardsPageController.whole;

/**
 * The key-teacher pages: designations with their review, studios with members, goals and
 * activities, mentoring pairs with their result.
 */
@Controller
class KeyTeachersPageController {

	// The pickers list at most this many people; a larger scope narrows by unit first.
	private static final int MAX_PEOPLE = 500;

	/** Rows per page of each list on the page. */
	static final int PAGE_SIZE = 50;

	// A page number typed into the address bar is kept within the lists' reach, not
	// refused.
	private static PageRequest pageOf(int page) {
		return PageRequest.of(Math.max(0, Math.min(page, Paging.lastPage(PAGE_SIZE))), PAGE_SIZE);
	}

	private final KeyTeacherRegister register;

	private final StudioRegister studios;

	private final AwardsManagement awards;

	private final KeyTeacherImport designationImport;

	private final SheetImportPages importPages;

	KeyTeachersPageController(KeyTeacherRegister register, StudioRegister studios, AwardsManagement awards,
			KeyTeacherImport designationImport, SheetManagement sheets) {
		this.register = register;
		this.studios = studios;
		this.awards = awards;
		this.designationImport = designationImport;
		this.importPages = sheets.importPages(KeyTeacherImport.LAYOUT,
				new ImportPage("/key-teachers/import", "keyTeachers.import", "/key-teachers", "keyTeachers.title"),
				"key-teachers");
	}

	// ---- designation import

	@GetMapping("/key-teachers/import")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/key-teachers/import")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, designationImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/key-teachers/import/jobs/{id}")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/key-teachers/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/key-teachers/import/template")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

	@GetMapping("/key-teachers")
	@PreAuthorize("hasAuthority('awards:round:read')")
	String index(DataScope scope, Model model, @RequestParam(defaultValue = "0") int page,
			@RequestParam(name = "studios", defaultValue = "0") int studioPage,
			@RequestParam(name = "pairs", defaultValue = "0") int pairPage) {
		LocalDate today = LocalDate.now();
		model.addAttribute("designations", register.list(scope, null, pageOf(page)));
		// The choices of leader and mentor: designations in force today, as many as a
		// list offers.
		model.addAttribute("inForce",
				register.list(scope, today, PageRequest.of(0, MAX_PEOPLE))
					.stream()
					.filter(k -> "IN_FORCE".equals(k.status()) || "RENEWED".equals(k.status()))
					.toList());
		model.addAttribute("studios", studios.studios(scope, pageOf(studioPage)));
		model.addAttribute("pairs", studios.pairs(scope, pageOf(pairPage)));
		model.addAttribute("people", awards.nominees(scope, MAX_PEOPLE));
		model.addAttribute("kinds", KeyTeacherKind.values());
		model.addAttribute("levels", KeyTeacherLevel.values());
		model.addAttribute("today", today);
		return "awards/key-teachers";
	}

	@GetMapping("/key-teachers/studios/{id}")
	@PreAuthorize("hasAuthority('awards:round:read')")
	String studio(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("studio", studios.studioView(scope, id));
		model.addAttribute("members", studios.members(scope, id));
		model.addAttribute("records", studios.records(scope, id));
		model.addAttribute("pairs",
				studios.pairs(scope).stream().filter(p -> Long.valueOf(id).equals(p.studioId())).toList());
		model.addAttribute("history", studios.studioHistory(scope, id));
		model.addAttribute("people", awards.nominees(scope, MAX_PEOPLE));
		model.addAttribute("today", LocalDate.now());
		return "awards/studio";
	}

	@PostMapping("/key-teachers")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String designate(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, "/key-teachers",
				() -> register.designate(scope, new Forms.DesignationForm(number("staffId", form.get("staffId")),
						value(KeyTeacherKind.class, form.get("kind")), value(KeyTeacherLevel.class, form.get("level")),
						form.get("subject"), date("startOn", form.get("startOn")), form.get("documentNumber"))));
	}

	@PostMapping("/key-teachers/{id}/review")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String review(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		String decision = form.get("decision");
		Boolean renew = "renew".equals(decision) ? Boolean.TRUE : "lapse".equals(decision) ? Boolean.FALSE : null;
		return act(redirect, "/key-teachers", () -> register.review(scope, id, new Forms.TermReviewForm(renew,
				date("on", form.get("on")), form.get("documentNumber"), form.get("note"))));
	}

	@PostMapping("/key-teachers/studios")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String open(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, "/key-teachers",
				() -> studios.open(scope,
						new Forms.StudioForm(form.get("name"),
								number("leaderKeyTeacherId", form.get("leaderKeyTeacherId")), form.get("subject"),
								date("openedOn", form.get("openedOn")))));
	}

	@PostMapping("/key-teachers/studios/{id}/members")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String join(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, "/key-teachers/studios/" + id, () -> studios.join(scope, id,
				new Forms.MemberForm(number("staffId", form.get("staffId")), date("on", form.get("on")))));
	}

	@PostMapping("/key-teachers/studios/{id}/records")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String record(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		String kind = form.get("kind");
		Boolean activity = "ACTIVITY".equals(kind) ? Boolean.TRUE : "GOAL".equals(kind) ? Boolean.FALSE : null;
		return act(redirect, "/key-teachers/studios/" + id,
				() -> studios.record(scope, id,
						new Forms.StudioRecordForm(activity, whole("year", form.get("year")),
								date("onDay", form.get("onDay")), form.get("title"),
								whole("participants", form.get("participants")))));
	}

	@PostMapping("/key-teachers/mentoring")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String pair(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, "/key-teachers",
				() -> studios.pair(scope, new Forms.PairForm(number("mentorStaffId", form.get("mentorStaffId")),
						number("menteeStaffId", form.get("menteeStaffId")), number("studioId", form.get("studioId")),
						date("startOn", form.get("startOn")), date("endOn", form.get("endOn")))));
	}

	@PostMapping("/key-teachers/mentoring/{id}/result")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	String result(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(redirect, "/key-teachers",
				() -> studios.result(scope, id,
						new Forms.PairResultForm(value(MentoringStatus.class, form.get("result")),
								date("on", form.get("on")), form.get("note"))));
	}

	// A refusal goes back to the page with its problems, in the page's language.
	private String act(RedirectAttributes redirect, String back, Supplier<?> work) {
		try {
			work.get();
			redirect.addFlashAttribute("notice", "awards.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:" + back;
	}

}
