package io.edubureau.facilities;

/** What a construction project builds (新建, 改扩建, 危房改造, 维修). */
public enum ProjectKind {

	NEW_BUILD, EXPANSION, DANGEROUS_REBUILD, REPAIR

}
