package io.edubureau.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One value a bureau set for a local parameter, from a date on; never updated, so the
 * rows are the parameter's history.
 */
@Entity
@Table(name = "rules_parameter_value")
class ParameterValue {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rules_parameter_value_seq")
	@SequenceGenerator(name = "rules_parameter_value_seq", sequenceName = "rules_parameter_value_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "parameter_key", nullable = false, length = 80)
	private String parameterKey;

	@Column(name = "parameter_value", nullable = false, precision = 19, scale = 4)
	private BigDecimal value;

	@Column(nullable = false)
	private LocalDate effectiveFrom;

	@Column(nullable = false, length = 500)
	private String reason;

	@Column(nullable = false, length = 64)
	private String changedBy;

	@Column(nullable = false)
	private Instant changedAt;

	protected ParameterValue() {
	}

	ParameterValue(LocalParameter parameter, BigDecimal value, LocalDate effectiveFrom, String reason,
			String changedBy) {
		this.parameterKey = parameter.key();
		this.value = value;
		this.effectiveFrom = effectiveFrom;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	String getParameterKey() {
		return parameterKey;
	}

	BigDecimal getValue() {
		return value;
	}

	LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	String getReason() {
		return reason;
	}

	String getChangedBy() {
		return changedBy;
	}

	Instant getChangedAt() {
		return changedAt;
	}

	ParameterChange view() {
		return new ParameterChange(value.stripTrailingZeros(), effectiveFrom, reason, changedBy, changedAt);
	}

}
