package io.edubureau.supervision;

import io.swagger.v3.oas.annotations.media.Schema;

/** The re-check (复查) of a rectified item: passed closes it, failed reopens it. */
@Schema(name = "SupervisionRecheckForm")
record RecheckForm(Boolean passed, String note) {
}
