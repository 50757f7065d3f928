package org.sanxiang.inspection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-alone verifier tools/replay-draw.py (Python 3, standard library only) replays
 * the product's draws from the published canonical lists and the revealed seed. Skipped
 * with a message where python3 is missing.
 */
class ReplayDrawScriptTests {

	@TempDir
	Path dir;

	@Test
	void theScriptReplaysTheWorkedExampleAndRandomDraws() throws Exception {
		requirePython3();
		Random random = new Random(3);
		List<DrawInput> inputs = new ArrayList<>(List.of(WorkedExample.INPUT));
		for (int i = 0; i < 10; i++) {
			inputs.add(DrawInputs.random(random));
		}
		int replayed = 0;
		for (DrawInput input : inputs) {
			byte[] seed = DrawInputs.seed(random);
			Path lists = Files.write(this.dir.resolve("lists-" + replayed + ".txt"),
					DrawCanonicalForm.of(input).bytes());
			List<String> expected = new ArrayList<>();
			try {
				RandomDraw.draw(seed, input)
					.picks()
					.forEach((p) -> expected.add("pick " + p.partyId() + " " + p.objectClass() + " "
							+ String.join(" ", p.inspectorIds().stream().map(String::valueOf).toList())));
			}
			catch (RuleViolation refused) {
				assertThat(run(lists, seed, null, null).status).isEqualTo(2);
				continue;
			}
			Result result = run(lists, seed, HexFormat.of().formatHex(RandomDraw.digest(input)),
					HexFormat.of().formatHex(RandomDraw.commitment(seed)));
			assertThat(result.status).as(result.output).isZero();
			assertThat(result.output.lines().filter((l) -> l.startsWith("pick ")).toList()).isEqualTo(expected);
			replayed++;
		}
		assertThat(replayed).isGreaterThan(6);
	}

	@Test
	void theScriptRejectsAWrongCommitmentAndAlteredLists() throws Exception {
		requirePython3();
		byte[] seed = HexFormat.of().parseHex(WorkedExample.SEED);
		Path lists = Files.write(this.dir.resolve("lists.txt"), RandomDraw.canonicalBytes(WorkedExample.INPUT));
		assertThat(run(lists, seed, WorkedExample.DIGEST, WorkedExample.DIGEST).status).isEqualTo(1);
		Path altered = Files.writeString(this.dir.resolve("altered.txt"),
				WorkedExample.CANONICAL.replace("recusal 13 101\n", ""));
		assertThat(run(altered, seed, WorkedExample.DIGEST, WorkedExample.COMMITMENT).status).isEqualTo(1);
		Path unsorted = Files.writeString(this.dir.resolve("unsorted.txt"), WorkedExample.CANONICAL
			.replace("recusal 11 104\nrecusal 13 101\n", "recusal 13 101\nrecusal 11 104\n"));
		assertThat(run(unsorted, seed, null, null).status).isEqualTo(2);
	}

	record Result(int status, String output) {
	}

	static Result run(Path lists, byte[] seed, String digest, String commitment)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("python3", Path.of("tools/replay-draw.py").toString(),
				lists.toString(), HexFormat.of().formatHex(seed)));
		if (digest != null) {
			command.addAll(List.of("--digest", digest, "--commitment", commitment));
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	/** Skips without python3, except under CI=true, where .ci/run installs it. */
	static void requirePython3() {
		boolean present = python3();
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("python3 is missing under CI=true: .ci/run installs it");
		}
		Assumptions.assumeTrue(present, "python3 is not installed: tools/replay-draw.py is not exercised");
	}

	static boolean python3() {
		try {
			Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
