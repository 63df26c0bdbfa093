package io.edubureau.training;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Completion of a training record: hours to credit (at most the programme's), the date,
 * the certificate's number.
 */
public record CompletionForm(Integer hours, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
		String certificateNumber) {

}
