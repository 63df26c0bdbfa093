package io.edubureau.ethics;

/** Where a case came from: a petition, an inspection, the media, the school. */
enum CaseSource {

	PETITION, INSPECTION, MEDIA, SCHOOL

}
