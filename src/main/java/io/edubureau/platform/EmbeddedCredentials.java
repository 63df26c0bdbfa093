package io.edubureau.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded cluster, kept in {@code <data dir>/pgpass}: PostgreSQL's
 * own password file format, readable and writable by the process owner only, so an
 * operator can use it as {@code PGPASSFILE} for psql.
 */
final class EmbeddedCredentials {

	static final String SUPERUSER = "postgres";

	static final String APPLICATION_ROLE = "edubureau";

	static final String FILE_NAME = "pgpass";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final SecureRandom random = new SecureRandom();

	private final Map<String, String> passwords;

	private final Path file;

	private final boolean created;

	private EmbeddedCredentials(Map<String, String> passwords, Path file, boolean created) {
		this.passwords = passwords;
		this.file = file;
		this.created = created;
	}

	/** Reads the file, creating it or the passwords it lacks. */
	static EmbeddedCredentials loadOrCreate(Path dataDir) {
		Path file = dataDir.resolve(FILE_NAME);
		try {
			Map<String, String> passwords = new LinkedHashMap<>();
			boolean created = !Files.exists(file);
			if (!created) {
				ownerOnly(file);
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String[] fields = line.split(":", -1);
					if (!line.startsWith("#") && fields.length == 5 && fields[4].matches("[A-Za-z0-9_-]{16,}")) {
						passwords.put(fields[3], fields[4]);
					}
				}
			}
			else {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			boolean complete = passwords.containsKey(SUPERUSER) && passwords.containsKey(APPLICATION_ROLE);
			if (!complete) {
				passwords.computeIfAbsent(SUPERUSER, u -> generate());
				passwords.computeIfAbsent(APPLICATION_ROLE, u -> generate());
				write(file, passwords);
			}
			return new EmbeddedCredentials(passwords, file, created);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the database password file " + file, ex);
		}
	}

	/** Whether this start created the file: there were no passwords before. */
	boolean created() {
		return this.created;
	}

	void forget() throws IOException {
		Files.deleteIfExists(this.file);
	}

	String superuserPassword() {
		return this.passwords.get(SUPERUSER);
	}

	String applicationPassword() {
		return this.passwords.get(APPLICATION_ROLE);
	}

	/** A file holding only the superuser's password, for initdb's --pwfile. */
	Path writeInitdbPasswordFile(Path dataDir) throws IOException {
		Path file = dataDir.resolve(".initdb-password");
		Files.deleteIfExists(file);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		Files.writeString(file, superuserPassword() + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private static void write(Path file, Map<String, String> passwords) throws IOException {
		StringBuilder text = new StringBuilder();
		text.append("# EduBureau's embedded PostgreSQL. Keep this file; only its owner may read it.\n");
		text.append("# Maintenance: PGPASSFILE=<this file> psql -h localhost -p <port> -U postgres edubureau\n");
		text.append("# (the port is line 4 of postgres/postmaster.pid while EduBureau runs)\n");
		passwords.forEach((user,
				password) -> text.append("localhost:*:*:").append(user).append(':').append(password).append('\n'));
		Files.setPosixFilePermissions(file, OWNER_ONLY);
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	// psql ignores a password file others can read; so does EduBureau, after narrowing
	// it.
	private static void ownerOnly(Path file) throws IOException {
		if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			log.warn("{} could be read by others; it is now readable by its owner only", file);
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static String generate() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
