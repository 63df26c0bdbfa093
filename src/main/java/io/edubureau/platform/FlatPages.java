package io.edubureau.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The one page shape of the API is Spring Data's {@link PagedModel} ({@code content} and
 * {@code page}); a caller that still reads the flat shape {@code /api/v1/staff} and
 * {@code /api/v1/units} answered before 0.2 asks for it with the request header
 * {@value #HEADER}{@code : flat} and gets a {@code Deprecation} header with it. Kept for
 * one release (docs/api.md).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class FlatPages implements ResponseBodyAdvice<Object> {

	/** The request header asking for the old flat page shape. */
	static final String HEADER = "EduBureau-Page-Shape";

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return PagedModel.class.isAssignableFrom(returnType.getParameterType());
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (!(body instanceof PagedModel<?> page) || page.getMetadata() == null
				|| !"flat".equalsIgnoreCase(request.getHeaders().getFirst(HEADER))) {
			return body;
		}
		response.getHeaders().set("Deprecation", "true");
		Map<String, Object> flat = new LinkedHashMap<>();
		flat.put("content", page.getContent());
		flat.put("page", page.getMetadata().number());
		flat.put("size", page.getMetadata().size());
		flat.put("totalElements", page.getMetadata().totalElements());
		flat.put("totalPages", page.getMetadata().totalPages());
		return flat;
	}

}
