package io.edubureau.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Checks the {@code @PreAuthorize} of the handler a request will reach already in the
 * filter chain, so a caller without the permission gets 401/403 before any parameter is
 * read or validated (the method security interceptor still checks again at the method). A
 * request that maps to no handler needs only a signed-in user; it ends as 404.
 */
class HandlerPermissions implements AuthorizationManager<RequestAuthorizationContext> {

	private final RequestMappingHandlerMapping mapping;

	private final Map<String, WebExpressionAuthorizationManager> expressions = new ConcurrentHashMap<>();

	HandlerPermissions(RequestMappingHandlerMapping mapping) {
		this.mapping = mapping;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String expression = expressionFor(context.getRequest());
		return expressions.computeIfAbsent(expression, WebExpressionAuthorizationManager::new)
			.authorize(authentication, context);
	}

	private String expressionFor(HttpServletRequest request) {
		boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
		if (parsedHere) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
				PreAuthorize pre = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
				if (pre == null) {
					pre = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
				}
				return pre == null ? "isAuthenticated()" : pre.value();
			}
			return "isAuthenticated()";
		}
		catch (Exception ex) {
			// A request the mapping cannot even match (e.g. a wrong method) still needs a
			// signed-in user.
			return "isAuthenticated()";
		}
		finally {
			if (parsedHere) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

}
