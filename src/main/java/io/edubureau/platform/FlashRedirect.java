package io.edubureau.platform;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page action's answer: a redirect with the notice when the action went through, or
 * with the rejection's problems when it did not (nothing written then).
 */
public final class FlashRedirect {

	private FlashRedirect() {
	}

	/** Runs the action and redirects to the same place either way. */
	public static String after(RedirectAttributes redirect, String notice, String target, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:" + target;
	}

	/**
	 * Runs an action that yields a record and redirects to it; back to the form when
	 * refused.
	 */
	public static <T> String toResult(RedirectAttributes redirect, String notice, Supplier<T> action,
			Function<T, String> target, String back) {
		try {
			T done = action.get();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:" + target.apply(done);
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:" + back;
		}
	}

}
