package io.edubureau.reports;

/**
 * A named, documented measure. The key is a stable contract; a family key ends in a
 * placeholder ({@code staff.byStage.<STAGE>}) and covers every concrete key with one more
 * segment ({@code staff.byStage.PRIMARY}).
 *
 * @param key stable key or family key
 * @param labelZh Chinese label
 * @param labelEn English label
 * @param unit what is counted: {@code people}, {@code percent}, {@code units}, ...
 * @param definitionZh what is counted, as of which date, in Chinese
 * @param definitionEn the same in English
 * @param module the contributing module
 * @param percent whether the value is a percentage with one decimal (else an integer)
 * @param period the calendar year of the book, or the school year that began in it
 * @param tone whether a rise is good, bad or neither (neither unless the module says)
 */
public record FigureDefinition(String key, String labelZh, String labelEn, String unit, String definitionZh,
		String definitionEn, String module, boolean percent, FigurePeriod period, FigureTone tone) {

	public FigureDefinition {
		period = period == null ? FigurePeriod.CALENDAR_YEAR : period;
		tone = tone == null ? FigureTone.NEUTRAL : tone;
	}

	/** A figure whose change is neither good nor bad until the module says. */
	public FigureDefinition(String key, String labelZh, String labelEn, String unit, String definitionZh,
			String definitionEn, String module, boolean percent, FigurePeriod period) {
		this(key, labelZh, labelEn, unit, definitionZh, definitionEn, module, percent, period, FigureTone.NEUTRAL);
	}

	/** The same figure, a rise of which is good news. */
	public FigureDefinition goodWhenUp() {
		return withTone(FigureTone.GOOD_WHEN_UP);
	}

	/**
	 * The same figure, a rise of which is bad news (overdue items, incidents, dropouts).
	 */
	public FigureDefinition goodWhenDown() {
		return withTone(FigureTone.GOOD_WHEN_DOWN);
	}

	private FigureDefinition withTone(FigureTone newTone) {
		return new FigureDefinition(key, labelZh, labelEn, unit, definitionZh, definitionEn, module, percent, period,
				newTone);
	}

	/** A calendar-year figure. */
	public FigureDefinition(String key, String labelZh, String labelEn, String unit, String definitionZh,
			String definitionEn, String module, boolean percent) {
		this(key, labelZh, labelEn, unit, definitionZh, definitionEn, module, percent, FigurePeriod.CALENDAR_YEAR);
	}

	/** Whether the figure counts the school year that began in the book's year. */
	public boolean perSchoolYear() {
		return period == FigurePeriod.SCHOOL_YEAR;
	}

	/** Whether this is a family key such as {@code staff.byStage.<STAGE>}. */
	public boolean family() {
		return key.endsWith(">") && key.contains(".<");
	}

	/**
	 * The family prefix including the last dot ({@code staff.byStage.}), or the key
	 * itself.
	 */
	public String prefix() {
		return family() ? key.substring(0, key.lastIndexOf(".<") + 1) : key;
	}

	/** Whether the concrete key belongs to this definition. */
	public boolean covers(String concreteKey) {
		if (concreteKey == null) {
			return false;
		}
		if (!family()) {
			return key.equals(concreteKey);
		}
		String rest = concreteKey.startsWith(prefix()) ? concreteKey.substring(prefix().length()) : null;
		return rest != null && !rest.isEmpty() && rest.indexOf('.') < 0;
	}

	/**
	 * The member code of a concrete key in a family ({@code PRIMARY}), or {@code null}.
	 */
	public String member(String concreteKey) {
		return family() && covers(concreteKey) ? concreteKey.substring(prefix().length()) : null;
	}

	/** The label in Chinese or English. */
	public String label(boolean chinese) {
		return chinese ? labelZh : labelEn;
	}

	/** The definition in Chinese or English. */
	public String definition(boolean chinese) {
		return chinese ? definitionZh : definitionEn;
	}

}
