package io.edubureau.personnelfile;

/** Category of a digitised file material (档案材料). */
public enum MaterialCategory {

	IDENTITY, EDUCATION, WORK_HISTORY, APPRAISAL, TITLE, CERTIFICATE, HONOUR, OTHER

}
