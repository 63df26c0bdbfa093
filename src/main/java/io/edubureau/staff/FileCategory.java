package io.edubureau.staff;

/**
 * The categories of the personnel file (following the national teacher MIS), each with
 * its entry type, form, API path and the permission that changes it.
 */
public enum FileCategory {

	EDUCATION("education", EducationEntry.class, EducationForm.class, FileCategory.FILE_UPDATE),
	WORK_HISTORY("work-history", WorkEntry.class, WorkForm.class, FileCategory.FILE_UPDATE),
	POSTS("posts", PostEntry.class, PostForm.class, FileCategory.FILE_UPDATE),
	TITLES("titles", TitleEntry.class, TitleForm.class, FileCategory.FILE_UPDATE),
	APPRAISALS("appraisals", AppraisalEntry.class, AppraisalForm.class, "staff:appraisal:update"),
	CERTIFICATES("certificates", CertificateEntry.class, CertificateForm.class, FileCategory.FILE_UPDATE),
	HONOURS("honours", HonourEntry.class, HonourForm.class, FileCategory.FILE_UPDATE);

	static final String FILE_UPDATE = "staff:file:update";

	private final String path;

	private final Class<? extends FileEntry<?>> entryType;

	private final Class<? extends FileForm> formType;

	private final String writePermission;

	@SuppressWarnings("unchecked")
	FileCategory(String path, Class<?> entryType, Class<? extends FileForm> formType, String writePermission) {
		this.path = path;
		this.entryType = (Class<? extends FileEntry<?>>) entryType;
		this.formType = formType;
		this.writePermission = writePermission;
	}

	/** The path segment in URLs, e.g. {@code work-history}. */
	public String path() {
		return path;
	}

	public Class<? extends FileForm> formType() {
		return formType;
	}

	public String writePermission() {
		return writePermission;
	}

	Class<? extends FileEntry<?>> entryType() {
		return entryType;
	}

	public static FileCategory ofPath(String path) {
		for (FileCategory c : values()) {
			if (c.path.equals(path)) {
				return c;
			}
		}
		return null;
	}

}
