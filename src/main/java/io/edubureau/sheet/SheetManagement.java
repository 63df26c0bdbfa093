package io.edubureau.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import and export mechanism's public face. A module describes its sheet once as a
 * {@link SheetLayout}, supplies a {@link SheetImport}, and gets synchronous imports for
 * its API, background imports with progress for its pages, templates, error reports and
 * exports, all with the same limits and checks.
 */
@Service
public class SheetManagement implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SheetManagement.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private final SheetProperties limits;

	private final MessageSource messages;

	private final CellParsing parsing;

	private final ImportJobs jobs;

	private final ImportClaims claims;

	private final JdbcTemplate jdbc;

	// Read from the server at the first page upload (restart after changing it there).
	private volatile Long storableBytes;

	@org.springframework.beans.factory.annotation.Autowired
	SheetManagement(SheetProperties limits, MessageSource messages, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.limits = limits;
		this.messages = messages;
		this.jdbc = jdbc;
		this.parsing = new CellParsing(messages);
		this.jobs = jdbc == null ? null
				: new ImportJobs(new JobStore(jdbc, transactions), messages, limits.jobRetention());
		this.claims = jdbc == null ? null : new ImportClaims(jdbc, transactions);
	}

	// Reading and writing files only, without a database (no jobs, no claims).
	SheetManagement(SheetProperties limits, MessageSource messages) {
		this(limits, messages, null, null);
	}

	// ---- importing

	/**
	 * Imports an upload now, in the caller's thread and language (for the API).
	 * @throws SheetTooLarge when the upload is over the file size limit
	 */
	public <T> ImportResult importNow(MultipartFile upload, SheetImport<T> importer, boolean dryRun) {
		Locale locale = LocaleContextHolder.getLocale();
		Optional<ImportResult> refused = refuse(upload, dryRun, locale, limits.maxFileBytes());
		if (refused.isPresent()) {
			return refused.get();
		}
		Path file = store(upload);
		String jobId = dryRun ? null : jobs.startRequest(currentUser(), upload.getOriginalFilename(), locale);
		try {
			return importFile(file, upload.getOriginalFilename(), importer, dryRun, locale, ImportContext.Progress.NONE,
					jobId);
		}
		finally {
			delete(file);
			if (jobId != null) {
				jobs.endRequest(jobId);
			}
		}
	}

	/**
	 * Starts importing an upload in the background (for pages, which poll
	 * {@link #job(String)}); runs as the signed-in user, in their language.
	 * @throws SheetTooLarge when the upload is over the file size limit
	 */
	public <T> ImportJob startImport(MultipartFile upload, SheetImport<T> importer, boolean dryRun) {
		Locale locale = LocaleContextHolder.getLocale();
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String owner = user == null ? "" : user.getName();
		String filename = upload == null ? null : upload.getOriginalFilename();
		// The file is kept in the database for every node, so the server's limit applies.
		Optional<ImportResult> refused = refuse(upload, dryRun, locale, storableBytes());
		if (refused.isPresent()) {
			return new ImportJob(jobs.finished(owner, filename, dryRun, locale, refused.get()), filename, dryRun,
					ImportJob.Phase.DONE, 0, 0, refused.get());
		}
		return submit(user, locale, filename, dryRun, bytes(upload), importer);
	}

	/**
	 * Imports again the stored file of a finished import the signed-in user started (one
	 * refused, or cut short by a node's death), as a new background job.
	 * @return the new job, or empty when there is no such job of the user's or its file
	 * is gone
	 */
	public <T> Optional<ImportJob> rerun(String jobId, SheetImport<T> importer) {
		Locale locale = LocaleContextHolder.getLocale();
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		Optional<JobStore.Row> old = jobs.get(jobId, currentUser()).filter(j -> j.finishedAt() != null);
		Optional<byte[]> content = old.flatMap(j -> jobs.file(j.id()));
		if (content.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(submit(user, locale, old.get().label(), old.get().dryRun(), content.get(), importer));
	}

	private <T> ImportJob submit(Authentication user, Locale locale, String filename, boolean dryRun, byte[] content,
			SheetImport<T> importer) {
		String owner = user == null ? "" : user.getName();
		ImportJobs.Job started = jobs.submit(owner, filename, dryRun, locale, content, job -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(user);
			SecurityContextHolder.setContext(context);
			LocaleContextHolder.setLocale(locale);
			Path file = null;
			try {
				file = temporary(filename, content);
				return importFile(file, filename, importer, dryRun, locale, job, job.id);
			}
			catch (RuntimeException ex) {
				log.error("Import of {} failed", filename, ex);
				ImportContext failed = new ImportContext(messages, locale, dryRun, filename, job);
				failed.error(0, null, "sheet.import.failed");
				return failed.result(0, 0);
			}
			finally {
				if (file != null) {
					delete(file);
				}
				SecurityContextHolder.clearContext();
				LocaleContextHolder.resetLocaleContext();
			}
		});
		return new ImportJob(started.id, filename, dryRun, ImportJob.Phase.QUEUED, 0, -1, null);
	}

	/**
	 * Starts a long action in the background (evaluating a registration cycle,
	 * recomputing, bulk approvals), as the signed-in user and in their language, on the
	 * same pool, registry and retention as the page imports.
	 * @param label what it does, in the user's language
	 */
	public ActionJob startAction(String label, BackgroundAction action) {
		Locale locale = LocaleContextHolder.getLocale();
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String owner = user == null ? "" : user.getName();
		ImportJobs.Job started = jobs.submitAction(owner, label, locale, job -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(user);
			SecurityContextHolder.setContext(context);
			LocaleContextHolder.setLocale(locale);
			try {
				return action.run(job);
			}
			finally {
				SecurityContextHolder.clearContext();
				LocaleContextHolder.resetLocaleContext();
			}
		}, ex -> {
			if (ex instanceof io.edubureau.platform.Rejection rejection) {
				return rejection.problems()
					.stream()
					.map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
					.collect(java.util.stream.Collectors.joining(" "));
			}
			log.error("Background action {} failed", label, ex);
			return text("sheet.action.failed", locale);
		});
		return new ActionJob(started.id, label, ActionJob.State.QUEUED, 0, -1, null, Map.of(), java.time.Instant.now(),
				null);
	}

	/** A background action started by the signed-in user; others' are not found. */
	public Optional<ActionJob> action(String id) {
		return jobs.get(id, currentUser()).filter(j -> j.kind() == JobStore.Kind.ACTION).map(JobStore.Row::actionView);
	}

	/**
	 * The signed-in user's background action; another user's or an unknown one is not
	 * found.
	 */
	public ActionJob ownAction(String id) {
		return action(id).orElseThrow(() -> new NotFound("job " + id));
	}

	/**
	 * The signed-in user's imports of the retention time that were refused (row errors, a
	 * wrong file), newest first: the home page lists them as work to do.
	 */
	public List<FailedImport> failedImports() {
		return jobs.refused(currentUser()).stream().map(JobStore.Row::failedView).toList();
	}

	void linkPage(String jobId, String page) {
		if (jobs.get(jobId, currentUser()).isPresent()) {
			jobs.linkPage(jobId, page);
		}
	}

	/**
	 * Whether a finished import of the signed-in user can be imported again: it did not
	 * import (refused, failed, or its node died) and its file is still kept.
	 */
	public boolean canRerun(String jobId) {
		return jobs.get(jobId, currentUser())
			.filter(j -> j.kind() == JobStore.Kind.IMPORT && j.finishedAt() != null)
			.filter(j -> j.importResult() == null || !j.importResult().accepted())
			.isPresent() && jobs.hasFile(jobId);
	}

	/** A background import started by the signed-in user; others' jobs are not found. */
	public Optional<ImportJob> job(String id) {
		return jobs.get(id, currentUser()).filter(j -> j.kind() == JobStore.Kind.IMPORT).map(JobStore.Row::importView);
	}

	/**
	 * Writes the uploaded rows of a finished import with an error column added, as .xlsx.
	 * @return false when there is no such job of the user's, or nothing to report
	 */
	public boolean writeErrorReport(String jobId, SheetLayout layout, OutputStream out) throws IOException {
		Optional<JobStore.Row> found = jobs.get(jobId, currentUser()).filter(j -> j.kind() == JobStore.Kind.IMPORT);
		ImportResult result = found.map(JobStore.Row::importResult).orElse(null);
		if (result == null || !result.hasRowErrors()) {
			return false;
		}
		Optional<byte[]> content = jobs.file(jobId);
		if (content.isEmpty()) {
			return false;
		}
		Path file = temporary(found.get().label(), content.get());
		try {
			return writeErrorReport(found.get().label(), result, file, layout, out);
		}
		finally {
			delete(file);
		}
	}

	private boolean writeErrorReport(String filename, ImportResult result, Path file, SheetLayout layout,
			OutputStream out) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		Map<Integer, StringBuilder> byRow = new HashMap<>();
		for (RowError e : result.errors()) {
			String column = e.column() == null ? null
					: layout.column(e.column()).map(c -> c.header(locale)).orElse(e.column());
			StringBuilder b = byRow.computeIfAbsent(e.row(), r -> new StringBuilder());
			b.append(b.isEmpty() ? "" : "; ").append(column == null ? "" : "[" + column + "] ").append(e.message());
		}
		SheetFormat format = SheetFormat.ofFilename(filename).orElseThrow();
		try (RowSource source = RowSource.open(file, format, limits.maxInflatedBytes())) {
			RawRow first = nextNonBlank(source);
			if (first == null) {
				return false;
			}
			List<String> headers = new ArrayList<>(first.cells().stream().map(SheetCell::text).toList());
			int width = headers.size();
			headers.add(text("sheet.report.errors", locale));
			String headerErrors = byRow.containsKey(first.number()) ? byRow.get(first.number()).toString() : null;
			SheetWriters.write(out, SheetFormat.XLSX, sheetName(layout.name()), headers, writer -> {
				if (headerErrors != null) {
					List<Object> row = new ArrayList<>();
					for (int i = 0; i < width; i++) {
						row.add(null);
					}
					row.add(headerErrors);
					writer.row(row);
				}
				int rows = 0;
				RawRow raw;
				while ((raw = source.next()) != null && rows++ <= limits.maxRows()) {
					if (raw.isBlank()) {
						continue;
					}
					List<Object> row = new ArrayList<>(raw.cells().stream().map(SheetCell::text).toList());
					while (row.size() < width) {
						row.add(null);
					}
					StringBuilder errors = byRow.get(raw.number());
					row.add(errors == null ? null : errors.toString());
					writer.row(row);
				}
			});
		}
		return true;
	}

	/** Reads a stored file and hands its rows to the importer; used by both paths. */
	<T> ImportResult importFile(Path file, String filename, SheetImport<T> importer, boolean dryRun, Locale locale,
			ImportContext.Progress progress) {
		return importFile(file, filename, importer, dryRun, locale, progress, null);
	}

	// jobId: the job whose claims the import holds, or null to claim nothing.
	private <T> ImportResult importFile(Path file, String filename, SheetImport<T> importer, boolean dryRun,
			Locale locale, ImportContext.Progress progress, String jobId) {
		ImportContext context = new ImportContext(messages, locale, dryRun, filename, progress, claims, jobId);
		context.orderColumnsAs(importer.layout());
		Optional<SheetFormat> format = SheetFormat.ofFilename(filename);
		if (format.isEmpty()) {
			context.error(0, null, "sheet.file.extension", filename);
			return context.result(0, 0);
		}
		List<SheetEntry<T>> entries = new ArrayList<>();
		int rows = 0;
		progress.update(ImportJob.Phase.READING, 0, -1);
		try (RowSource source = RowSource.open(file, format.get(), limits.maxInflatedBytes())) {
			RawRow first = nextNonBlank(source);
			if (first == null) {
				context.error(0, null, "sheet.file.empty");
				return context.result(0, 0);
			}
			SheetHeader header = SheetHeader.match(first, importer.layout(), context);
			if (context.hasErrors()) {
				return context.result(0, 0);
			}
			RawRow raw;
			while ((raw = source.next()) != null) {
				if (raw.isBlank()) {
					continue;
				}
				if (header.isExample(raw)) {
					context.note("sheet.row.example", raw.number());
					continue;
				}
				if (++rows > limits.maxRows()) {
					// Stop reading at once: a file far over the limit is never read to
					// its end.
					context.error(raw.number(), null, "sheet.file.tooManyRows", limits.maxRows());
					return context.result(0, rows - 1);
				}
				entries.add(new SheetEntry<>(raw.number(), importer.read(header.row(raw, parsing, context))));
				if (rows % 1000 == 0) {
					progress.update(ImportJob.Phase.READING, rows, -1);
				}
			}
		}
		catch (SheetFailure failure) {
			context.error(failure.row(), null, failure.messageKey(), failure.args());
			return context.result(0, rows);
		}
		catch (IOException ex) {
			context.error(0, null, "sheet.file.unreadable");
			return context.result(0, rows);
		}
		if (rows == 0) {
			context.error(0, null, "sheet.file.noRows");
			return context.result(0, 0);
		}
		progress.update(ImportJob.Phase.WRITING, 0, rows);
		try {
			int imported = importer.write(entries, context);
			return context.result(imported, rows);
		}
		finally {
			context.releaseClaims();
		}
	}

	private static RawRow nextNonBlank(RowSource source) throws IOException {
		RawRow raw;
		while ((raw = source.next()) != null && raw.isBlank()) {
			// skip leading blank rows
		}
		return raw;
	}

	private Optional<ImportResult> refuse(MultipartFile upload, boolean dryRun, Locale locale, long maxBytes) {
		String filename = upload == null ? null : upload.getOriginalFilename();
		ImportContext context = new ImportContext(messages, locale, dryRun, filename, ImportContext.Progress.NONE);
		if (upload == null) {
			context.error(0, null, "sheet.file.missing");
		}
		else if (upload.getSize() > maxBytes) {
			throw new SheetTooLarge(maxBytes, maxBytes < limits.maxFileBytes());
		}
		else if (SheetFormat.ofFilename(filename).isEmpty()) {
			context.error(0, null, "sheet.file.extension", filename == null ? "" : filename);
		}
		else if (upload.isEmpty()) {
			context.error(0, null, "sheet.file.empty");
		}
		return context.hasErrors() ? Optional.of(context.result(0, 0)) : Optional.empty();
	}

	private static byte[] bytes(MultipartFile upload) {
		try {
			return upload.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
	}

	private static Path temporary(String filename, byte[] content) {
		try {
			String extension = SheetFormat.ofFilename(filename).orElseThrow().extension();
			Path file = Files.createTempFile("edubureau-import-", "." + extension);
			Files.write(file, content);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the upload", ex);
		}
	}

	private static Path store(MultipartFile upload) {
		try {
			String extension = SheetFormat.ofFilename(upload.getOriginalFilename()).orElseThrow().extension();
			Path file = Files.createTempFile("edubureau-import-", "." + extension);
			try (var in = upload.getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the upload", ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

	private static String currentUser() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null ? "" : user.getName();
	}

	// ---- writing

	/**
	 * Writes a sheet: the header row, then whatever {@code body} writes, streamed.
	 */
	public void write(OutputStream out, SheetFormat format, String sheetName, List<String> headers,
			SheetWriter.Body body) throws IOException {
		SheetWriters.write(out, format, sheetName(sheetName), headers, body);
	}

	/**
	 * Writes an import template: the headers in {@code language} (required ones marked
	 * with *) and one example row; in .xlsx, a column of choices gets a drop-down of
	 * their labels.
	 */
	public void writeTemplate(OutputStream out, SheetLayout layout, SheetFormat format, Locale language)
			throws IOException {
		List<String> headers = layout.columns()
			.stream()
			.map(c -> c.required() ? c.header(language) + "*" : c.header(language))
			.toList();
		List<Object> example = new ArrayList<>();
		layout.columns().forEach(c -> example.add(c.example()));
		Map<Integer, List<String>> dropDowns = new HashMap<>();
		for (int i = 0; i < layout.columns().size(); i++) {
			Class<? extends Enum<?>> type = layout.columns().get(i).choices();
			if (type != null) {
				dropDowns.put(i,
						java.util.Arrays.stream(type.getEnumConstants()).map(e -> parsing.label(e, language)).toList());
			}
		}
		SheetWriters.write(out, format, sheetName(layout.name()), headers, writer -> writer.row(example), dropDowns,
				Math.min(limits.maxRows(), SheetWriters.LAST_XLSX_ROW));
	}

	/**
	 * Prepares a download: content type and an attachment name like
	 * {@code units-20261122-0930.xlsx}.
	 */
	/**
	 * Downloads a layout's empty template as {@code <baseName>-template-*}, headers in
	 * {@code lang} or else the request's language; an unknown format is refused (422), so
	 * every import's template endpoint answers the same way.
	 */
	public void downloadTemplate(HttpServletResponse response, SheetLayout layout, String baseName, String format,
			String lang, Locale locale) throws IOException {
		SheetFormat f = SheetFormat.parse(format)
			.orElseThrow(() -> new Rejection("format", "sheet.format.unknown", String.valueOf(format)));
		Locale language = lang == null || lang.isBlank() ? locale : Locale.forLanguageTag(lang);
		writeTemplate(download(response, f, baseName + "-template"), layout, f, language);
	}

	public OutputStream download(HttpServletResponse response, SheetFormat format, String baseName) throws IOException {
		String filename = baseName + "-" + STAMP.format(LocalDateTime.now()) + "." + format.extension();
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return response.getOutputStream();
	}

	/**
	 * The label of an enum constant in a language ({@code enum.Stage.PRIMARY}), for
	 * exports people read; the import accepts it back.
	 */
	public String label(Enum<?> value, Locale language) {
		return value == null ? null : parsing.label(value, language);
	}

	/** 是/否 or Yes/No. */
	public String yesNo(boolean value, Locale language) {
		return text(value ? "boolean.true" : "boolean.false", language);
	}

	/** The largest upload a page accepts, in megabytes, for messages. */
	public long maxFileMegabytes() {
		return (this.jdbc == null ? limits.maxFileBytes() : storableBytes()) / (1024 * 1024);
	}

	/**
	 * The largest page upload: the configured limit, or less where the database server
	 * cannot store a file that large in one statement (MariaDB's max_allowed_packet).
	 */
	long storableBytes() {
		Long known = this.storableBytes;
		if (known == null) {
			known = StoredFileLimit.effective(limits.maxFileBytes(), StoredFileLimit.serverPacket(this.jdbc));
			if (known < limits.maxFileBytes()) {
				log.warn("The database server stores at most {} bytes in one statement (max_allowed_packet): page "
						+ "uploads are limited to {} bytes instead of {}", known, known, limits.maxFileBytes());
			}
			this.storableBytes = known;
		}
		return known;
	}

	/** The most data rows one import reads. */
	public int maxRows() {
		return limits.maxRows();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String sheetName(String name) {
		// Excel allows 31 characters and none of []:*?/\ in a sheet name.
		String clean = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\[\\]:*?/\\\\]", "_");
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

	// This node's name in the jobs it runs.
	String node() {
		return jobs.node();
	}

	/** Beats this node's jobs' heartbeat (every node, every few seconds). */
	void heartbeat() {
		jobs.heartbeat();
	}

	/** Fails the jobs of dead nodes, releases their claims, deletes expired jobs. */
	int sweepJobs() {
		return jobs.sweep(limits.jobHeartbeatTimeout());
	}

	@Override
	public void destroy() {
		if (jobs != null) {
			jobs.shutdown();
		}
	}

	/**
	 * A module's import pages on the shared template: form, upload, job, error report and
	 * template download.
	 * @param downloadName the start of the downloaded files' names, e.g. {@code units}
	 * gives {@code units-errors-…} and {@code units-template-…}
	 */
	public SheetImportPages importPages(SheetLayout layout, ImportPage page, String downloadName) {
		return new SheetImportPages(this, layout, page, downloadName);
	}

	/** Fills the model of the shared import page for a module's layout. */
	public void describeImportPage(org.springframework.ui.Model model, SheetLayout layout, ImportPage page,
			Locale locale) {
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		for (SheetColumn c : layout.columns()) {
			headers.put(c.key(), c.header(locale));
		}
		model.addAttribute("importPage", page);
		model.addAttribute("headers", headers);
		model.addAttribute("columns", layout.columns());
		model.addAttribute("maxMegabytes", maxFileMegabytes());
		model.addAttribute("maxRows", maxRows());
	}

}
