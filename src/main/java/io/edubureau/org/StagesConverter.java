package io.edubureau.org;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores stages as "|PRIMARY|JUNIOR|" so one stage is found with a bound LIKE parameter.
 */
@Converter
class StagesConverter implements AttributeConverter<Set<Stage>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Stage> stages) {
		if (stages == null || stages.isEmpty()) {
			return "";
		}
		return stages.stream().sorted().map(Stage::name).collect(Collectors.joining("|", "|", "|"));
	}

	@Override
	public Set<Stage> convertToEntityAttribute(String column) {
		EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
		if (column != null) {
			Arrays.stream(column.split("\\|")).filter(s -> !s.isBlank()).map(Stage::valueOf).forEach(stages::add);
		}
		return stages;
	}

	static String pattern(Stage stage) {
		return "%|" + stage.name() + "|%";
	}

}
