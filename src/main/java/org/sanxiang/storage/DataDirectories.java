package org.sanxiang.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The directories where the platform keeps its data (the embedded database, logs, blobs,
 * keys, import previews) are created owner-only before anything writes to them — before
 * logging starts, as an environment post-processor — and whatever they already hold is
 * tightened; once the application is ready, again, for the files the database and the log
 * created meanwhile.
 */
final class DataDirectories implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		for (Path dir : of(environment)) {
			try {
				OwnerOnly.createDirectories(dir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot create the data directory " + dir.toAbsolutePath(), ex);
			}
			OwnerOnly.tighten(dir);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	static Set<Path> of(Environment environment) {
		Set<Path> dirs = new LinkedHashSet<>();
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:h2:file:")) {
			parent(url.substring("jdbc:h2:file:".length()).split(";", 2)[0], dirs);
		}
		parent(environment.getProperty("logging.file.name"), dirs);
		dirs.add(Path.of(environment.getProperty("sanxiang.blobs.dir", "./data/blobs")));
		dirs.add(Path.of(environment.getProperty("sanxiang.ledger.key-dir", "./data/ledger-keys")));
		parent(environment.getProperty("sanxiang.subject.key-file", "./data/keys/subject-sm4.key"), dirs);
		dirs.add(Path.of(environment.getProperty("sanxiang.subject.import-dir", "./data/import")));
		dirs.add(Path.of(environment.getProperty("sanxiang.evidence.uploads.dir", "./data/uploads")));
		return dirs;
	}

	private static void parent(String file, Set<Path> dirs) {
		if (file != null && !file.isBlank() && !file.startsWith("~")) {
			Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
			if (parent != null) {
				dirs.add(parent);
			}
		}
	}

	/** Tightens what the database and the log created while the application started. */
	@Component
	static class AtReady {

		private final Environment environment;

		AtReady(Environment environment) {
			this.environment = environment;
		}

		@EventListener(ApplicationReadyEvent.class)
		void tighten() {
			of(this.environment).forEach(OwnerOnly::tighten);
		}

	}

}
