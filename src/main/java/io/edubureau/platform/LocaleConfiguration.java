package io.edubureau.platform;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** The language comes from the switch in the header (a cookie), else from the browser. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("edubureau-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
		return resolver;
	}

	static Locale supported(Locale requested) {
		return requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : Locale.ENGLISH;
	}

	@Controller
	static class LocaleSwitch {

		private final LocaleResolver resolver;

		LocaleSwitch(LocaleResolver resolver) {
			this.resolver = resolver;
		}

		/**
		 * Sets the language and returns to the page the switch was clicked on (same site
		 * only).
		 */
		@GetMapping("/locale")
		String change(@RequestParam String lang, @RequestParam(required = false) String back,
				HttpServletRequest request, HttpServletResponse response) {
			resolver.setLocale(request, response, supported(Locale.forLanguageTag(lang)));
			String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
					? back : "/";
			return "redirect:" + target;
		}

	}

}
