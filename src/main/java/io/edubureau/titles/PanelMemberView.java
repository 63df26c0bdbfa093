package io.edubureau.titles;

/** A review panel member of a round. */
public record PanelMemberView(long id, String name, String affiliation) {
}
