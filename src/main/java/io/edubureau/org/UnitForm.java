package io.edubureau.org;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters for a unit, on the page, through the API or as an import row. */
public record UnitForm(
		@NotBlank(message = "{org.unit.code.required}") @Pattern(regexp = "\\d{10}",
				message = "{org.unit.code.pattern}") String code,
		@NotBlank(message = "{org.unit.name.required}") @Size(max = 100, message = "{org.unit.name.size}") String name,
		@Size(max = 50, message = "{org.unit.shortName.size}") String shortName,
		@NotNull(message = "{org.unit.type.required}") UnitType type,
		@Pattern(regexp = "\\d{10}", message = "{org.unit.parentCode.pattern}") String parentCode, Set<Stage> stages,
		Ownership ownership, Locality locality, @Size(max = 200, message = "{org.unit.address.size}") String address,
		Boolean boarding, @Size(max = 50, message = "{org.unit.principal.size}") String principal,
		@Pattern(regexp = "[0-9+\\-() ]{0,30}", message = "{org.unit.phone.pattern}") String phone,
		@PastOrPresent(message = "{org.unit.foundedDate.past}") LocalDate foundedDate) {

	public UnitForm {
		code = trim(code);
		name = trim(name);
		shortName = blankToNull(trim(shortName));
		parentCode = blankToNull(trim(parentCode));
		address = blankToNull(trim(address));
		principal = blankToNull(trim(principal));
		phone = blankToNull(trim(phone));
		stages = stages == null ? Set.of() : Set.copyOf(stages);
	}

	UnitForm withPrincipal(String kept) {
		return new UnitForm(code, name, shortName, type, parentCode, stages, ownership, locality, address, boarding,
				kept, phone, foundedDate);
	}

	public static UnitForm empty() {
		return new UnitForm(null, null, null, UnitType.SCHOOL, null, Set.of(), Ownership.PUBLIC, Locality.URBAN, null,
				false, null, null, null);
	}

	private static String trim(String s) {
		return s == null ? null : s.strip();
	}

	private static String blankToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}

}
