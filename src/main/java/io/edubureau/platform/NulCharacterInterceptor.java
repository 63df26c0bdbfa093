package io.edubureau.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * The multipart half of {@link NulCharacterFilter}: once the DispatcherServlet has parsed
 * an upload within its limits, a NUL in a form field or file name is refused as a
 * malformed parameter — 400 problem detail for the API, the 400 page for pages — before
 * the handler reads it.
 */
@Configuration(proxyBeanMethods = false)
class NulCharacterInterceptor implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			NulCharacterFilter.inMultipart(multipart).ifPresent(field -> {
				throw Rejection.malformed(field, "problem.nulCharacter");
			});
		}
		return true;
	}

}
