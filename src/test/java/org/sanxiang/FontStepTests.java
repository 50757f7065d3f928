package org.sanxiang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's font step ({@code build/FontStep.java}, run by the JDK at
 * generate-resources): without Node.js the build goes on with a warning, so the
 * application starts where Node.js is missing — except with {@code CI=true}, where the
 * tests need the font; with Node.js it runs the fetch script and passes its result on.
 */
class FontStepTests {

	@TempDir
	Path bin;

	record Run(int exit, String output) {
	}

	Run fontStep(Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"build/FontStep.java", "build/fetch-font.mjs", "pkg@1.0.0", "sha512-x", "target/font-step-test")
			.redirectErrorStream(true);
		builder.environment().remove("CI");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Run(process.waitFor(), output);
	}

	@Test
	void withoutNodeTheBuildWarnsAndGoesOn() throws Exception {
		Run run = fontStep(Map.of("PATH", this.bin.toString()));
		assertThat(run.exit()).isZero();
		assertThat(run.output()).contains("Node.js (node) is not on the PATH")
			.contains("rendering a PDF reports that the font is missing");
	}

	@Test
	void withoutNodeOnCiTheBuildFails() throws Exception {
		Run run = fontStep(Map.of("PATH", this.bin.toString(), "CI", "true"));
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.output()).contains("CI=true");
	}

	@Test
	void withNodeTheFetchScriptRunsAndItsResultIsTheStepsResult() throws Exception {
		Path node = this.bin.resolve("node");
		Files.writeString(node, "#!/bin/sh\necho \"fetching $1 $2\"\nexit 3\n");
		assertThat(node.toFile().setExecutable(true)).isTrue();
		Run run = fontStep(Map.of("PATH", this.bin + ":/usr/bin:/bin"));
		assertThat(run.exit()).isEqualTo(3);
		assertThat(run.output()).contains("fetching build/fetch-font.mjs pkg@1.0.0");
		assertThat(List.of(run.output().split("\n"))).noneMatch((line) -> line.contains("not on the PATH"));
	}

}
