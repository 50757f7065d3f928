package org.sanxiang.inspection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * The draw as a deterministic function of a seed and the frozen lists, so that anyone can
 * replay it from the published seed and lists (docs/inspection-draw.md).
 */
final class RandomDraw {

	/** The seed's length in bytes (256 bits from a CSPRNG). */
	static final int SEED_BYTES = 32;

	private RandomDraw() {
	}

	/**
	 * The SHA-256 digest of the lists' canonical bytes, published before the seed.
	 * Refuses an input that could not be drawn whatever the seed, so nothing undrawable
	 * is committed.
	 */
	static byte[] digest(DrawInput input) {
		DrawCanonicalForm form = DrawCanonicalForm.of(input);
		new Pools(form);
		return sha256(form.bytes());
	}

	/**
	 * The lists' canonical bytes (UTF-8 text), to publish with the digest so that anyone
	 * can replay the draw (tools/replay-draw.py). Refuses what {@link #digest} refuses.
	 */
	static byte[] canonicalBytes(DrawInput input) {
		DrawCanonicalForm form = DrawCanonicalForm.of(input);
		new Pools(form);
		return form.bytes();
	}

	/** The commitment to a seed: its SHA-256, published before the draw. */
	static byte[] commitment(byte[] seed) {
		return sha256(seed);
	}

	/**
	 * The parties and inspectors drawn. A pool too small to staff every task is refused
	 * (RuleViolation {@code DRAW_POOL_TOO_SMALL}) with the reason; nothing is half-drawn.
	 */
	static DrawOutcome draw(byte[] seed, DrawInput input) {
		if (seed == null || seed.length != SEED_BYTES) {
			throw new RuleViolation("DRAW_SEED_INVALID", "随机种子须为 32 字节", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		DrawCanonicalForm form = DrawCanonicalForm.of(input);
		Pools pools = new Pools(form);
		DrawStream stream = new DrawStream(seed, sha256(form.bytes()));
		List<DrawInput.PoolParty> drawn = new ArrayList<>();
		for (DrawInput.ClassQuota quota : form.quotas()) {
			List<DrawInput.PoolParty> pool = new ArrayList<>(
					pools.byClass.getOrDefault(quota.objectClass(), List.of()));
			for (int j = 0; j < quota.count(); j++) {
				int k = j + stream.below(pool.size() - j);
				DrawInput.PoolParty chosen = pool.get(k);
				pool.set(k, pool.get(j));
				pool.set(j, chosen);
				drawn.add(chosen);
			}
		}
		int perTask = form.input().inspectorsPerTask();
		long[] qualified = pools.qualified.stream().mapToLong(Long::longValue).toArray();
		int[] load = new int[qualified.length];
		int[] leastLoaded = new int[qualified.length];
		List<DrawOutcome.Pick> picks = new ArrayList<>(drawn.size());
		for (DrawInput.PoolParty party : drawn) {
			boolean[] excluded = new boolean[qualified.length];
			Set<Long> recused = pools.recusedByParty.getOrDefault(party.partyId(), Set.of());
			for (int i = 0; i < qualified.length; i++) {
				excluded[i] = recused.contains(qualified[i]);
			}
			List<Long> chosen = new ArrayList<>(perTask);
			for (int s = 0; s < perTask; s++) {
				int least = Integer.MAX_VALUE;
				int ties = 0;
				for (int i = 0; i < qualified.length; i++) {
					if (excluded[i] || load[i] > least) {
						continue;
					}
					if (load[i] < least) {
						least = load[i];
						ties = 0;
					}
					leastLoaded[ties++] = i;
				}
				int i = leastLoaded[stream.below(ties)];
				excluded[i] = true;
				load[i]++;
				chosen.add(qualified[i]);
			}
			picks.add(new DrawOutcome.Pick(party.partyId(), party.objectClass(), chosen));
		}
		return new DrawOutcome(picks);
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * The pools by class and the inspectors each party may get; refuses a pool too small
	 * for its quota and a party of a drawn class that fewer inspectors than a task needs
	 * may inspect (docs/inspection-draw.md §6), so the refusal never depends on the seed.
	 */
	private static final class Pools {

		private final Map<String, List<DrawInput.PoolParty>> byClass = new LinkedHashMap<>();

		private final List<Long> qualified = new ArrayList<>();

		private final Map<Long, Set<Long>> recusedByParty = new HashMap<>();

		Pools(DrawCanonicalForm form) {
			DrawInput input = form.input();
			form.parties()
				.forEach((p) -> this.byClass.computeIfAbsent(p.objectClass(), (c) -> new ArrayList<>()).add(p));
			form.inspectors()
				.stream()
				.filter((i) -> !i.certificateValidFrom().isAfter(input.from())
						&& !i.certificateValidTo().isBefore(input.to()))
				.forEach((i) -> this.qualified.add(i.officerId()));
			form.recusals()
				.forEach((r) -> this.recusedByParty.computeIfAbsent(r.partyId(), (p) -> new HashSet<>())
					.add(r.officerId()));
			for (DrawInput.ClassQuota quota : form.quotas()) {
				List<DrawInput.PoolParty> pool = this.byClass.getOrDefault(quota.objectClass(), List.of());
				if (quota.count() > pool.size()) {
					throw tooSmall("检查对象类别「" + quota.objectClass() + "」的名录库只有 " + pool.size() + " 家，少于抽取数量 "
							+ quota.count() + " 家");
				}
				if (quota.count() == 0) {
					continue;
				}
				for (DrawInput.PoolParty party : pool) {
					int n = eligible(party.partyId()).size();
					if (n < input.inspectorsPerTask()) {
						throw tooSmall(
								"检查对象（编号 " + party.partyId() + "）可派的执法检查人员（执法证在 " + input.from() + " 至 " + input.to()
										+ " 每天有效且无需回避）只有 " + n + " 名，少于每项任务所需的 " + input.inspectorsPerTask() + " 名");
					}
				}
			}
		}

		/** The qualified inspectors not recused from the party, by id. */
		List<Long> eligible(long partyId) {
			Set<Long> recused = this.recusedByParty.getOrDefault(partyId, Set.of());
			return recused.isEmpty() ? this.qualified
					: this.qualified.stream().filter((o) -> !recused.contains(o)).toList();
		}

		private static RuleViolation tooSmall(String message) {
			return new RuleViolation("DRAW_POOL_TOO_SMALL", message, HttpStatus.UNPROCESSABLE_CONTENT);
		}

	}

}
