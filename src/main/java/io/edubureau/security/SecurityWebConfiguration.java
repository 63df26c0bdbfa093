package io.edubureau.security;

import java.util.List;

import io.edubureau.org.DataScope;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands every controller method that declares a {@link DataScope} parameter the signed-in
 * user's scope: it never comes from the request, so it cannot be forged.
 */
@Configuration(proxyBeanMethods = false)
class SecurityWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new DataScopeResolver());
	}

	static DataScope currentScope() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof BureauUser user) {
			return user.scope();
		}
		throw new AccessDeniedException("no signed-in user");
	}

	static class DataScopeResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return DataScope.class.equals(parameter.getParameterType());
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
				WebDataBinderFactory binders) {
			return currentScope();
		}

	}

}
