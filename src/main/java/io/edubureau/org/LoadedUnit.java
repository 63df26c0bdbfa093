package io.edubureau.org;

/** A unit as {@link OrgManagement#bulkLoad} wrote it: enough to hang staff under it. */
public record LoadedUnit(long id, String code, UnitType type, String path) {

}
