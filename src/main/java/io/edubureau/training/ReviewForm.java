package io.edubureau.training;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bureau's review: accept (credit the hours) or return with a comment. */
@Schema(name = "TrainingReviewForm")
public record ReviewForm(Boolean accept, String comment) {

}
