package io.edubureau.titles;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.context.MessageSourceResolvable;

/**
 * An enum value inside a reason: worded in the reader's language when the reason is
 * explained, its code in the API.
 *
 * @param key the message key of its label
 * @param code the value's code
 */
public record Term(String key, String code) implements MessageSourceResolvable {

	static Term of(Enum<?> value) {
		return new Term("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), value.name());
	}

	static Term message(String key) {
		return new Term(key, key);
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public String getDefaultMessage() {
		return code;
	}

	@JsonValue
	@Override
	public String toString() {
		return code;
	}

}
