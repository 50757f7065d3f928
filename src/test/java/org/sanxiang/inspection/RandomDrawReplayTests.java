package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replays draws with an independent implementation written from docs/inspection-draw.md
 * alone: it calls no product code, only compares its results with the product's.
 */
class RandomDrawReplayTests {

	@Test
	void anIndependentImplementationOfTheSpecificationReplaysTwoHundredRandomDraws() throws Exception {
		Random random = new Random(20261201L);
		int drawn = 0;
		for (int i = 0; i < 200; i++) {
			DrawInput input = DrawInputs.random(random);
			byte[] seed = DrawInputs.seed(random);
			Replay replay = new Replay(input);
			assertThat(RandomDraw.digest(input)).as("digest of input %d", i).isEqualTo(replay.digest());
			List<DrawOutcome.Pick> expected = replay.draw(seed);
			if (expected == null) {
				assertThatThrownBy(() -> RandomDraw.draw(seed, input)).isInstanceOf(RuleViolation.class)
					.extracting((e) -> ((RuleViolation) e).code())
					.isEqualTo("DRAW_POOL_TOO_SMALL");
				continue;
			}
			drawn++;
			assertThat(RandomDraw.draw(seed, input).picks()).as("draw %d", i).isEqualTo(expected);
		}
		assertThat(drawn).as("most random inputs are drawable").isGreaterThan(150);
	}

	@Test
	void theWorkedExampleOfTheSpecificationComesOutAsPrinted() throws Exception {
		DrawInput input = WorkedExample.INPUT;
		byte[] seed = HexFormat.of().parseHex(WorkedExample.SEED);
		Replay replay = new Replay(input);
		assertThat(new String(replay.canonical(), StandardCharsets.UTF_8)).isEqualTo(WorkedExample.CANONICAL);
		assertThat(new String(RandomDraw.canonicalBytes(input), StandardCharsets.UTF_8))
			.isEqualTo(WorkedExample.CANONICAL);
		assertThat(HexFormat.of().formatHex(replay.digest())).isEqualTo(WorkedExample.DIGEST);
		assertThat(HexFormat.of().formatHex(RandomDraw.digest(input))).isEqualTo(WorkedExample.DIGEST);
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed)))
			.isEqualTo(WorkedExample.COMMITMENT);
		assertThat(HexFormat.of().formatHex(RandomDraw.commitment(seed))).isEqualTo(WorkedExample.COMMITMENT);
		assertThat(replay.draw(seed)).isEqualTo(WorkedExample.PICKS);
		assertThat(RandomDraw.draw(seed, input).picks()).isEqualTo(WorkedExample.PICKS);
	}

	/** docs/inspection-draw.md, re-implemented: §2 canonical bytes, §3 stream, §4–§6. */
	static final class Replay {

		private final DrawInput input;

		private byte[] stream = new byte[0];

		private int position;

		private long block;

		private byte[] key;

		Replay(DrawInput input) {
			this.input = input;
		}

		byte[] canonical() {
			StringBuilder text = new StringBuilder("sanxiang-draw/1\n");
			text.append("window " + this.input.from() + " " + this.input.to() + "\n");
			text.append("per-task " + this.input.inspectorsPerTask() + "\n");
			TreeMap<byte[], Integer> quotas = new TreeMap<>(Arrays::compareUnsigned);
			this.input.quotas().forEach((q) -> quotas.put(utf8(q.objectClass()), q.count()));
			quotas.forEach((c, n) -> text.append("quota " + new String(c, StandardCharsets.UTF_8) + " " + n + "\n"));
			new TreeMap<>(this.input.parties()
				.stream()
				.collect(Collectors.toMap(DrawInput.PoolParty::partyId, DrawInput.PoolParty::objectClass)))
				.forEach((id, c) -> text.append("party " + id + " " + c + "\n"));
			this.input.inspectors()
				.stream()
				.sorted((a, b) -> Long.compare(a.officerId(), b.officerId()))
				.forEach((i) -> text.append("inspector " + i.officerId() + " " + i.certificateValidFrom() + " "
						+ i.certificateValidTo() + "\n"));
			TreeSet<String> recusals = new TreeSet<>((a, b) -> {
				long[] x = Arrays.stream(a.split(" ")).mapToLong(Long::parseLong).toArray();
				long[] y = Arrays.stream(b.split(" ")).mapToLong(Long::parseLong).toArray();
				return x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]);
			});
			this.input.recusals().forEach((r) -> recusals.add(r.officerId() + " " + r.partyId()));
			recusals.forEach((r) -> text.append("recusal " + r + "\n"));
			return utf8(text.toString());
		}

		byte[] digest() throws Exception {
			return MessageDigest.getInstance("SHA-256").digest(canonical());
		}

		/**
		 * The picks, or null where the specification refuses the draw (pool too small).
		 */
		List<DrawOutcome.Pick> draw(byte[] seed) throws Exception {
			this.key = seed;
			byte[] digest = digest();
			List<Long> qualified = this.input.inspectors()
				.stream()
				.filter((i) -> i.certificateValidFrom().compareTo(this.input.from()) <= 0
						&& i.certificateValidTo().compareTo(this.input.to()) >= 0)
				.map(DrawInput.PoolInspector::officerId)
				.sorted()
				.toList();
			TreeMap<byte[], Integer> quotas = new TreeMap<>(Arrays::compareUnsigned);
			this.input.quotas().forEach((q) -> quotas.put(utf8(q.objectClass()), q.count()));
			for (var quota : quotas.entrySet()) {
				List<Long> pool = classPool(new String(quota.getKey(), StandardCharsets.UTF_8));
				if (quota.getValue() > pool.size()) {
					return null;
				}
				for (long party : quota.getValue() == 0 ? List.<Long>of() : pool) {
					if (eligible(qualified, party).size() < this.input.inspectorsPerTask()) {
						return null;
					}
				}
			}
			List<long[]> drawn = new ArrayList<>();
			for (var quota : quotas.entrySet()) {
				String objectClass = new String(quota.getKey(), StandardCharsets.UTF_8);
				long[] a = classPool(objectClass).stream().mapToLong(Long::longValue).toArray();
				for (int j = 0; j < quota.getValue(); j++) {
					int r = j + uniform(a.length - j, digest);
					long t = a[j];
					a[j] = a[r];
					a[r] = t;
					drawn.add(new long[] { a[j] });
				}
			}
			Map<Long, Integer> load = new TreeMap<>();
			qualified.forEach((o) -> load.put(o, 0));
			List<DrawOutcome.Pick> picks = new ArrayList<>();
			for (long[] d : drawn) {
				List<Long> candidates = new ArrayList<>(eligible(qualified, d[0]));
				List<Long> chosen = new ArrayList<>();
				for (int s = 0; s < this.input.inspectorsPerTask(); s++) {
					int min = candidates.stream().mapToInt(load::get).min().orElseThrow();
					List<Long> m = candidates.stream().filter((o) -> load.get(o) == min).toList();
					long o = m.get(uniform(m.size(), digest));
					chosen.add(o);
					candidates.remove(o);
					load.put(o, load.get(o) + 1);
				}
				String objectClass = this.input.parties()
					.stream()
					.filter((p) -> p.partyId() == d[0])
					.findFirst()
					.orElseThrow()
					.objectClass();
				picks.add(new DrawOutcome.Pick(d[0], objectClass, chosen));
			}
			return picks;
		}

		private List<Long> classPool(String objectClass) {
			return this.input.parties()
				.stream()
				.filter((p) -> p.objectClass().equals(objectClass))
				.map(DrawInput.PoolParty::partyId)
				.sorted()
				.toList();
		}

		private List<Long> eligible(List<Long> qualified, long party) {
			return qualified.stream()
				.filter((o) -> this.input.recusals()
					.stream()
					.noneMatch((r) -> r.officerId() == o && r.partyId() == party))
				.toList();
		}

		/** §3: 4 bytes big-endian → x; accept x < ⌊2^32 / n⌋·n, answer x mod n. */
		private int uniform(int n, byte[] digest) throws Exception {
			long bound = ((1L << 32) / n) * n;
			while (true) {
				if (this.position == this.stream.length) {
					byte[] message = Arrays.copyOf(digest, digest.length + 8);
					for (int b = 0; b < 8; b++) {
						message[digest.length + b] = (byte) (this.block >>> (56 - 8 * b));
					}
					this.block++;
					Mac mac = Mac.getInstance("HmacSHA256");
					mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
					this.stream = mac.doFinal(message);
					this.position = 0;
				}
				long x = 0;
				for (int b = 0; b < 4; b++) {
					x = (x << 8) | (this.stream[this.position++] & 0xFF);
				}
				if (x < bound) {
					return (int) (x % n);
				}
			}
		}

		private static byte[] utf8(String s) {
			return s.getBytes(StandardCharsets.UTF_8);
		}

	}

}
