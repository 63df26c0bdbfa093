package io.edubureau.safety;

import io.swagger.v3.oas.annotations.media.Schema;

/** The re-check (复查) of a rectified hazard: passed closes it, failed reopens it. */
@Schema(name = "SafetyRecheckForm")
record RecheckForm(Boolean passed, String note) {
}
