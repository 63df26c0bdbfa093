package io.edubureau.facilities;

import java.time.LocalDate;

/** A payment on a project, in fen. */
record PaymentView(long id, LocalDate paidOn, long amountFen, String note, String recordedBy) {
}
