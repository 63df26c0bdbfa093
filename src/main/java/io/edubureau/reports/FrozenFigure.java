package io.edubureau.reports;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One figure's value in a frozen book. */
@Entity
@Table(name = "reports_frozen_figure")
class FrozenFigure {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reports_frozen_figure_seq")
	@SequenceGenerator(name = "reports_frozen_figure_seq", sequenceName = "reports_frozen_figure_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "figure_key", nullable = false, length = 120)
	private String key;

	@Column(name = "figure_value", nullable = false, precision = 19, scale = 2)
	private BigDecimal value;

	protected FrozenFigure() {
	}

	FrozenFigure(String key, BigDecimal value) {
		this.key = key;
		this.value = value;
	}

	String getKey() {
		return key;
	}

	BigDecimal getValue() {
		return value;
	}

}
