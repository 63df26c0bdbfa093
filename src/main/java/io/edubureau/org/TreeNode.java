package io.edubureau.org;

/** A unit in the tree navigation, with the number of units directly below it. */
public record TreeNode(long id, String code, String name, UnitType type, UnitStatus status, int childCount) {
}
