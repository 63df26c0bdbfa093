package io.edubureau.dataset;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code generate} command line: starts the application without its web server or
 * demo data on the given database, migrates it, writes a generated bureau and exits.
 * <pre>
 * generate --scale county|city|province --seed 42 [--staff N] [--as-of YYYY-MM-DD]
 *          [--jdbc-url jdbc:postgresql://127.0.0.1:5432/db --username postgres --password ...]
 * </pre>
 */
public final class DatasetCommand {

	/** Exit status for arguments that do not parse. */
	public static final int BAD_ARGUMENTS = 2;

	/** Exit status when generating failed (database not empty, not PostgreSQL, ...). */
	public static final int FAILED = 1;

	private static final String USAGE = "usage: generate --scale county|city|province --seed N [--staff N]"
			+ " [--as-of YYYY-MM-DD] [--jdbc-url URL --username USER [--password PASSWORD]]";

	private DatasetCommand() {
	}

	/** Whether the command line asks for this command rather than the web application. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && "generate".equals(args[0]);
	}

	/**
	 * Runs the command.
	 * @return the process exit status: 0, {@link #BAD_ARGUMENTS} or {@link #FAILED}
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		return run(application, args, out, err, List.of());
	}

	/**
	 * {@link #run} with more application properties ({@code --name=value}), for tests.
	 */
	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err, List<String> settings) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("generate: " + ex.getMessage());
			err.println(USAGE);
			return BAD_ARGUMENTS;
		}
		List<String> properties = new ArrayList<>();
		properties.add("--edubureau.demo=false");
		properties.add("--spring.main.web-application-type=none");
		if (options.jdbcUrl != null) {
			properties.add("--spring.datasource.url=" + options.jdbcUrl);
			properties.add("--spring.datasource.username=" + (options.username == null ? "" : options.username));
			properties.add("--spring.datasource.password=" + (options.password == null ? "" : options.password));
		}
		properties.addAll(settings);
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = app.run(properties.toArray(String[]::new))) {
			DatasetGenerator generator = context.getBean(DatasetGenerator.class);
			DatasetGenerator.Summary summary = generator.generate(options.scale, options.seed, options.staff,
					options.asOf, out::println);
			out.println(String.format(Locale.ROOT,
					"Generated %s (seed %d, as of %s): %,d units (%,d schools), %,d staff in %.1f s (%,.0f staff per second)",
					options.scale.name().toLowerCase(Locale.ROOT), options.seed, options.asOf, summary.units(),
					summary.schools(), summary.staff(), summary.seconds(), summary.staff() / summary.seconds()));
			return 0;
		}
		catch (RuntimeException ex) {
			err.println("generate failed: " + rootMessage(ex));
			return FAILED;
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t == ex ? String.valueOf(ex.getMessage()) : ex.getMessage() + " (" + t.getMessage() + ")";
	}

	/** The parsed command line. */
	static final class Options {

		Scale scale;

		long seed = 42;

		int staff;

		LocalDate asOf = LocalDate.now();

		String jdbcUrl;

		String username;

		String password;

		static Options parse(String[] args) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if (!arg.startsWith("--")) {
					throw new IllegalArgumentException("unexpected argument '" + arg + "'");
				}
				String name = arg.substring(2);
				String value;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				else if (i + 1 < args.length) {
					value = args[++i];
				}
				else {
					throw new IllegalArgumentException("--" + name + " needs a value");
				}
				if (!List.of("scale", "seed", "staff", "as-of", "jdbc-url", "username", "password").contains(name)) {
					throw new IllegalArgumentException("unknown option --" + name);
				}
				values.put(name, value);
			}
			Options o = new Options();
			String scale = values.get("scale");
			if (scale == null) {
				throw new IllegalArgumentException("--scale is required");
			}
			try {
				o.scale = Scale.valueOf(scale.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"unknown scale '" + scale + "'; use county (60 schools, 5,000 staff), city (600, 50,000)"
								+ " or province (20,000, 1,000,000)");
			}
			o.seed = number(values, "seed", 42);
			o.staff = (int) number(values, "staff", o.scale.staff);
			if (o.staff > 5_000_000) {
				throw new IllegalArgumentException("--staff must be at most 5000000");
			}
			if (values.containsKey("as-of")) {
				try {
					o.asOf = LocalDate.parse(values.get("as-of"));
				}
				catch (DateTimeParseException ex) {
					throw new IllegalArgumentException("--as-of must be a date like 2026-09-01");
				}
			}
			o.jdbcUrl = values.get("jdbc-url");
			if (o.jdbcUrl != null && !o.jdbcUrl.startsWith("jdbc:postgresql:")) {
				throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL URL (jdbc:postgresql://...)");
			}
			o.username = values.get("username");
			o.password = values.get("password");
			return o;
		}

		private static long number(Map<String, String> values, String name, long fallback) {
			String v = values.get(name);
			if (v == null) {
				return fallback;
			}
			try {
				long n = Long.parseLong(v.strip());
				if (n < 0) {
					throw new IllegalArgumentException("--" + name + " must not be negative (got " + v + ")");
				}
				return n;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + name + " must be a whole number (got '" + v + "')");
			}
		}

	}

}
