package org.sanxiang.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, obtained at test time the way the build obtains the
 * CJK font (build/fetch-font.mjs): {@code npm pack} of a pinned version into a cache
 * outside the repository, checked against the package's published integrity before
 * anything is extracted; never committed. Without npm the accessibility checks are
 * skipped with a message, except with {@code CI=true}, where they must run.
 */
final class AxeCore {

	static final String PACKAGE = "axe-core@4.10.3";

	static final String INTEGRITY = "sha512-Xm7bpRXnDSX2YE2YFfBk2FnF0ep6tmG7xPh8iHee8MIcrgq762Nkce856dYtJYLkuIoYZvGfTs/PbZhideTcEg==";

	/** WCAG 2.1 A and AA, the level the portal must meet. */
	static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

	private static String script;

	private AxeCore() {
	}

	/**
	 * The axe.min.js source, fetched and checked once per cache; skips the test without
	 * npm.
	 */
	static synchronized String script() throws IOException, InterruptedException {
		if (script != null) {
			return script;
		}
		Path cache = Path.of(System.getenv()
			.getOrDefault("SANXIANG_AXE_CACHE", Path
				.of(System.getProperty("user.home"), ".cache", "sanxiang", "axe-core", PACKAGE.replace('@', '_'))
				.toString()));
		Path js = cache.resolve("axe.min.js");
		if (!Files.isRegularFile(js)) {
			Optional<Path> npm = onPath("npm");
			if (npm.isEmpty()) {
				if ("true".equals(System.getenv("CI"))) {
					throw new IllegalStateException("CI=true but npm is missing: the accessibility check (axe-core) "
							+ "must run in CI; install Node.js with npm");
				}
				Assumptions.abort("Accessibility checks skipped: npm is not on the PATH to fetch " + PACKAGE
						+ " (install Node.js with npm)");
			}
			Files.createDirectories(cache);
			Path tgz = tarball(cache);
			if (tgz == null || !INTEGRITY.equals(sha512(tgz))) {
				run(cache, npm.get().toString(), "pack", PACKAGE, "--pack-destination", cache.toString(), "--silent");
				tgz = tarball(cache);
			}
			if (tgz == null) {
				throw new IllegalStateException("npm pack " + PACKAGE + " produced no tarball in " + cache);
			}
			String actual = sha512(tgz);
			if (!INTEGRITY.equals(actual)) {
				Files.delete(tgz);
				throw new IllegalStateException(
						"checksum mismatch for " + PACKAGE + ": expected " + INTEGRITY + ", got " + actual);
			}
			Path work = Files.createTempDirectory("sanxiang-axe");
			run(work, "tar", "-xzf", tgz.toString(), "-C", work.toString(), "package/axe.min.js");
			Files.copy(work.resolve("package/axe.min.js"), js, StandardCopyOption.REPLACE_EXISTING);
		}
		script = Files.readString(js, StandardCharsets.UTF_8);
		return script;
	}

	/**
	 * The serious and critical WCAG 2.1 AA violations on the page the browser shows, one
	 * line each: rule, impact, help and the first elements it found.
	 */
	@SuppressWarnings("unchecked")
	static List<String> seriousViolations(WebDriver browser) throws IOException, InterruptedException {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof axe === 'object'"))) {
			js.executeScript(script());
		}
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return (List<String>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "axe.run(document, {runOnly: {type: 'tag', values: " + TAGS + "}, resultTypes: ['violations']})"
				+ ".then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')"
				+ ".map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 5)"
				+ ".map((n) => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : ''))"
				+ ".join(' | '))))" + ".catch((e) => done(['axe failed: ' + e]))");
	}

	private static Path tarball(Path cache) throws IOException {
		try (Stream<Path> files = Files.list(cache)) {
			return files.filter((f) -> f.getFileName().toString().endsWith(".tgz")).findFirst().orElse(null);
		}
	}

	private static String sha512(Path file) throws IOException {
		try {
			return "sha512-" + Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void run(Path dir, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed");
		}
	}

	private static Optional<Path> onPath(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
