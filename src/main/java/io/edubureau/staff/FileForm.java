package io.edubureau.staff;

/** The values of one entry of a personnel-file category, as entered and as stored. */
public sealed interface FileForm
		permits EducationForm, WorkForm, PostForm, TitleForm, AppraisalForm, CertificateForm, HonourForm {

}
