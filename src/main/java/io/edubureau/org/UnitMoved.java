package io.edubureau.org;

/**
 * Published when a unit moves in the tree (and with it its whole subtree), within the
 * moving transaction, so modules that copy unit paths follow at once.
 *
 * @param unitId the unit that moved
 * @param oldPath its path before
 * @param newPath its path after
 */
public record UnitMoved(long unitId, String oldPath, String newPath) {
}
