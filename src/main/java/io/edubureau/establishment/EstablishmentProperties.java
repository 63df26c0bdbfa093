package io.edubureau.establishment;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Students per teacher of the unified urban-rural staffing standard (中央编办发〔2014〕72号),
 * configurable by the bureau.
 *
 * @param primary students per teacher in primary schools
 * @param junior students per teacher in junior secondary schools
 * @param senior students per teacher in senior secondary schools
 */
@ConfigurationProperties("edubureau.establishment.students-per-teacher")
record EstablishmentProperties(@DefaultValue("19") BigDecimal primary, @DefaultValue("13.5") BigDecimal junior,
		@DefaultValue("12.5") BigDecimal senior) {

	EstablishmentProperties {
		for (BigDecimal ratio : new BigDecimal[] { primary, junior, senior }) {
			if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.valueOf(100)) > 0 || ratio.scale() > 1) {
				throw new IllegalArgumentException(
						"edubureau.establishment.students-per-teacher.*: a positive number up to 100 with one decimal");
			}
		}
	}

}
