package io.edubureau.training;

/** The bureau's review: accept (credit the hours) or return with a comment. */
public record ReviewForm(Boolean accept, String comment) {

}
