package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.RuleViolation;

/**
 * The draw as a deterministic function of a seed and the frozen lists, so that anyone can
 * replay it from the published seed and lists (docs/inspection-draw.md).
 */
final class RandomDraw {

	private RandomDraw() {
	}

	/** The SHA-256 digest of the lists' canonical bytes, published before the seed. */
	static byte[] digest(DrawInput input) {
		StringBuilder text = new StringBuilder();
		text.append(input.from())
			.append('|')
			.append(input.to())
			.append('|')
			.append(input.inspectorsPerTask())
			.append('\n');
		input.parties()
			.forEach((p) -> text.append("P|").append(p.partyId()).append('|').append(p.objectClass()).append('\n'));
		input.inspectors()
			.forEach((i) -> text.append("I|")
				.append(i.officerId())
				.append('|')
				.append(i.certificateValidFrom())
				.append('|')
				.append(i.certificateValidTo())
				.append('\n'));
		input.quotas()
			.forEach((q) -> text.append("Q|").append(q.objectClass()).append('|').append(q.count()).append('\n'));
		input.recusals()
			.forEach((r) -> text.append("R|").append(r.officerId()).append('|').append(r.partyId()).append('\n'));
		return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The parties and inspectors drawn. A pool too small to staff every task is refused
	 * (RuleViolation {@code DRAW_POOL_TOO_SMALL}) with the reason; nothing is half-drawn.
	 */
	static DrawOutcome draw(byte[] seed, DrawInput input) {
		Set<String> recused = new HashSet<>();
		input.recusals().forEach((r) -> recused.add(r.officerId() + "|" + r.partyId()));
		List<DrawOutcome.Pick> picks = new ArrayList<>();
		Map<Long, Integer> load = new HashMap<>();
		for (DrawInput.ClassQuota quota : input.quotas()) {
			List<DrawInput.PoolParty> candidates = new ArrayList<>(
					input.parties().stream().filter((p) -> p.objectClass().equals(quota.objectClass())).toList());
			if (candidates.size() < quota.count()) {
				throw tooSmall("检查对象名录库中该类对象只有 " + candidates.size() + " 家，少于应抽取的 " + quota.count() + " 家");
			}
			candidates.sort(Comparator.comparing((DrawInput.PoolParty p) -> rank(seed, "P" + p.partyId())));
			for (DrawInput.PoolParty party : candidates.subList(0, quota.count())) {
				int index = picks.size();
				List<DrawInput.PoolInspector> eligible = new ArrayList<>(input.inspectors()
					.stream()
					.filter((i) -> !recused.contains(i.officerId() + "|" + party.partyId()))
					.filter((i) -> !i.certificateValidFrom().isAfter(input.from())
							&& !i.certificateValidTo().isBefore(input.to()))
					.toList());
				if (eligible.size() < input.inspectorsPerTask()) {
					throw tooSmall("检查对象（编号 " + party.partyId() + "）可派的执法人员只有 " + eligible.size()
							+ " 名（已除去回避人员），少于每项检查须有的 " + input.inspectorsPerTask() + " 名");
				}
				eligible.sort(Comparator.comparing((DrawInput.PoolInspector i) -> load.getOrDefault(i.officerId(), 0))
					.thenComparing((i) -> rank(seed, "I" + index + "|" + i.officerId())));
				List<Long> chosen = eligible.subList(0, input.inspectorsPerTask())
					.stream()
					.map(DrawInput.PoolInspector::officerId)
					.toList();
				chosen.forEach((id) -> load.merge(id, 1, Integer::sum));
				picks.add(new DrawOutcome.Pick(party.partyId(), party.objectClass(), chosen));
			}
		}
		return new DrawOutcome(picks);
	}

	private static String rank(byte[] seed, String label) {
		byte[] bytes = new byte[seed.length + label.length()];
		System.arraycopy(seed, 0, bytes, 0, seed.length);
		byte[] tail = label.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(tail, 0, bytes, seed.length, tail.length);
		return HexFormat.of().formatHex(sha256(bytes));
	}

	private static RuleViolation tooSmall(String reason) {
		return new RuleViolation("DRAW_POOL_TOO_SMALL", "名录库不足以完成抽取：" + reason);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
