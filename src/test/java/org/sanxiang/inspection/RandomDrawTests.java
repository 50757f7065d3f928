package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomDrawTests {

	static final LocalDate FROM = LocalDate.of(2026, 6, 1);

	static final LocalDate TO = LocalDate.of(2026, 6, 30);

	@Test
	void neverAssignsARecusedOrUnqualifiedInspectorAndDrawsExactlyTheQuotas() {
		Random random = new Random(18);
		for (int i = 0; i < 300; i++) {
			DrawInput input = DrawInputs.random(random);
			DrawOutcome outcome;
			try {
				outcome = RandomDraw.draw(DrawInputs.seed(random), input);
			}
			catch (RuleViolation refused) {
				assertThat(refused.code()).isEqualTo("DRAW_POOL_TOO_SMALL");
				continue;
			}
			Map<Long, String> classOf = new HashMap<>();
			input.parties().forEach((p) -> classOf.put(p.partyId(), p.objectClass()));
			Map<Long, DrawInput.PoolInspector> inspectors = new HashMap<>();
			input.inspectors().forEach((o) -> inspectors.put(o.officerId(), o));
			Set<List<Long>> recused = new HashSet<>();
			input.recusals().forEach((r) -> recused.add(List.of(r.officerId(), r.partyId())));
			Map<String, Integer> perClass = new HashMap<>();
			Set<Long> parties = new HashSet<>();
			for (DrawOutcome.Pick pick : outcome.picks()) {
				assertThat(parties.add(pick.partyId())).as("a party drawn once").isTrue();
				assertThat(classOf.get(pick.partyId())).isEqualTo(pick.objectClass());
				perClass.merge(pick.objectClass(), 1, Integer::sum);
				assertThat(pick.inspectorIds()).hasSize(input.inspectorsPerTask()).doesNotHaveDuplicates();
				for (long officer : pick.inspectorIds()) {
					DrawInput.PoolInspector inspector = inspectors.get(officer);
					assertThat(inspector.certificateValidFrom()).isBeforeOrEqualTo(input.from());
					assertThat(inspector.certificateValidTo()).isAfterOrEqualTo(input.to());
					assertThat(recused).doesNotContain(List.of(officer, pick.partyId()));
				}
			}
			input.quotas()
				.forEach((q) -> assertThat(perClass.getOrDefault(q.objectClass(), 0)).as(q.objectClass())
					.isEqualTo(q.count()));
		}
	}

	@Test
	void theSameSeedAndListsDrawTheSameWhateverTheListsOrder() {
		Random random = new Random(2);
		for (int i = 0; i < 50; i++) {
			DrawInput input = DrawInputs.random(random);
			byte[] seed = DrawInputs.seed(random);
			DrawInput shuffled = new DrawInput(input.from(), input.to(), shuffle(input.parties(), random),
					shuffle(input.inspectors(), random), shuffle(input.quotas(), random), input.inspectorsPerTask(),
					shuffle(input.recusals(), random));
			assertThat(RandomDraw.digest(shuffled)).isEqualTo(RandomDraw.digest(input));
			try {
				assertThat(RandomDraw.draw(seed, shuffled)).isEqualTo(RandomDraw.draw(seed, input));
			}
			catch (RuleViolation refused) {
				assertThat(refused.code()).isEqualTo("DRAW_POOL_TOO_SMALL");
			}
		}
	}

	@Test
	void anyChangeToTheListsChangesTheDigest() {
		DrawInput base = WorkedExample.INPUT;
		byte[] digest = RandomDraw.digest(base);
		List<UnaryOperator<DrawInput>> changes = List.of(
				(in) -> with(in, in.from().minusDays(1), in.to(), in.parties(), in.inspectors(), in.quotas(), 2,
						in.recusals()),
				(in) -> with(in, in.from(), in.to().plusDays(1), in.parties(), in.inspectors(), in.quotas(), 2,
						in.recusals()),
				(in) -> with(in, in.from(), in.to(), plus(in.parties(), new DrawInput.PoolParty(107, "GENERAL")),
						in.inspectors(), in.quotas(), 2, in.recusals()),
				(in) -> with(in, in.from(), in.to(), in.parties().subList(1, in.parties().size()), in.inspectors(),
						in.quotas(), 2, in.recusals()),
				(in) -> with(in, in.from(), in.to(), in.parties(),
						plus(in.inspectors().subList(1, in.inspectors().size()),
								new DrawInput.PoolInspector(15, FROM, LocalDate.of(2026, 5, 1))),
						in.quotas(), 2, in.recusals()),
				(in) -> with(in, in.from(), in.to(), in.parties(), in.inspectors(),
						List.of(new DrawInput.ClassQuota("SPECIAL", 1), new DrawInput.ClassQuota("KEY_POLLUTER", 2)), 2,
						in.recusals()),
				(in) -> with(in, in.from(), in.to(), in.parties(), in.inspectors(), in.quotas(), 3, in.recusals()),
				(in) -> with(in, in.from(), in.to(), in.parties(), in.inspectors(), in.quotas(), 2,
						plus(in.recusals(), new DrawInput.Recusal(14, 102))));
		Set<String> digests = new HashSet<>();
		for (UnaryOperator<DrawInput> change : changes) {
			byte[] changed = RandomDraw.digest(change.apply(base));
			assertThat(changed).isNotEqualTo(digest);
			digests.add(java.util.HexFormat.of().formatHex(changed));
		}
		assertThat(digests).hasSize(changes.size());
		assertThat(RandomDraw.digest(with(base, base.from(), base.to(), base.parties(), base.inspectors(),
				base.quotas(), 2, plus(base.recusals(), base.recusals().get(0)))))
			.as("a recusal listed twice is one recusal")
			.isEqualTo(digest);
	}

	@Test
	void aDifferentSeedDrawsDifferently() {
		Set<DrawOutcome> outcomes = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			outcomes.add(RandomDraw.draw(RandomDrawFairnessTests.seed(i), RandomDrawFairnessTests.INPUT));
		}
		assertThat(outcomes).hasSizeGreaterThan(15);
	}

	@Test
	void drawsFiveThousandPartiesAmongTwoHundredInspectors() {
		List<DrawInput.PoolParty> parties = new ArrayList<>();
		for (int i = 1; i <= 5000; i++) {
			parties.add(new DrawInput.PoolParty(i, i % 10 == 0 ? "KEY_POLLUTER" : "GENERAL"));
		}
		List<DrawInput.PoolInspector> inspectors = new ArrayList<>();
		List<DrawInput.Recusal> recusals = new ArrayList<>();
		for (int i = 1; i <= 200; i++) {
			inspectors.add(new DrawInput.PoolInspector(10_000 + i, FROM.minusYears(2), TO.plusYears(2)));
			recusals.add(new DrawInput.Recusal(10_000 + i, i * 7));
		}
		DrawInput input = new DrawInput(FROM, TO, parties, inspectors,
				List.of(new DrawInput.ClassQuota("KEY_POLLUTER", 500), new DrawInput.ClassQuota("GENERAL", 4500)), 2,
				recusals);
		DrawOutcome outcome = RandomDraw.draw(RandomDrawFairnessTests.seed(1), input);
		assertThat(outcome.picks()).hasSize(5000);
		Map<Long, Integer> load = new HashMap<>();
		outcome.picks().forEach((p) -> p.inspectorIds().forEach((o) -> load.merge(o, 1, Integer::sum)));
		assertThat(load.values()).as("10,000 places among 200 inspectors").allMatch((l) -> l == 50);
	}

	@Test
	void aQuotaLargerThanTheClassPoolIsRefusedWithTheReason() {
		DrawInput input = with(WorkedExample.INPUT, FROM, TO, WorkedExample.INPUT.parties(),
				WorkedExample.INPUT.inspectors(), List.of(new DrawInput.ClassQuota("SPECIAL", 3)), 2, List.of());
		assertRefused(input, "DRAW_POOL_TOO_SMALL", "检查对象类别「SPECIAL」的名录库只有 2 家，少于抽取数量 3 家");
		assertRefused(with(input, FROM, TO, input.parties(), input.inspectors(),
				List.of(new DrawInput.ClassQuota("NONE", 1)), 2, List.of()), "DRAW_POOL_TOO_SMALL", "只有 0 家");
	}

	@Test
	void aPartyThatTooFewEligibleInspectorsMayInspectIsRefusedBeforeAnySeed() {
		DrawInput base = WorkedExample.INPUT;
		// 11, 13, 14, 15 are qualified for April; 12's certificate ends on 15 April
		List<DrawInput.Recusal> recusals = List.of(new DrawInput.Recusal(11, 103), new DrawInput.Recusal(13, 103),
				new DrawInput.Recusal(14, 103));
		DrawInput input = with(base, base.from(), base.to(), base.parties(), base.inspectors(), base.quotas(), 2,
				recusals);
		assertRefused(input, "DRAW_POOL_TOO_SMALL", "检查对象（编号 103）可派的执法检查人员", "只有 1 名，少于每项任务所需的 2 名");
		DrawInput fewQualified = with(base, base.from(), base.to(), base.parties(),
				List.of(base.inspectors().get(0), base.inspectors().get(2), base.inspectors().get(3)), base.quotas(), 3,
				List.of());
		assertRefused(fewQualified, "DRAW_POOL_TOO_SMALL", "只有 2 名，少于每项任务所需的 3 名");
	}

	@Test
	void fewerThanTwoInspectorsPerTaskIsRefused() {
		DrawInput base = WorkedExample.INPUT;
		assertRefused(with(base, base.from(), base.to(), base.parties(), base.inspectors(), base.quotas(), 1,
				base.recusals()), "DRAW_INSPECTORS_PER_TASK", "至少应由 2 名执法检查人员检查");
	}

	@Test
	void aWindowEndingBeforeItStartsIsRefused() {
		DrawInput base = WorkedExample.INPUT;
		assertRefused(with(base, TO, FROM, base.parties(), base.inspectors(), base.quotas(), 2, base.recusals()),
				"DRAW_WINDOW_INVALID", "开始日期 2026-06-30 晚于结束日期 2026-06-01");
	}

	@Test
	void malformedListsAreRefused() {
		DrawInput base = WorkedExample.INPUT;
		List<DrawInput.ClassQuota> quotas = base.quotas();
		assertRefused(with(base, FROM, TO, plus(base.parties(), new DrawInput.PoolParty(101, "SPECIAL")),
				base.inspectors(), quotas, 2, List.of()), "DRAW_INPUT_INVALID", "对象编号 101 无效或重复");
		assertRefused(with(base, FROM, TO, base.parties(), plus(base.inspectors(), base.inspectors().get(0)), quotas, 2,
				List.of()), "DRAW_INPUT_INVALID", "人员编号 15 无效或重复");
		assertRefused(
				with(base, FROM, TO, base.parties(), base.inspectors(),
						plus(quotas, new DrawInput.ClassQuota("SPECIAL", 1)), 2, List.of()),
				"DRAW_INPUT_INVALID", "「SPECIAL」的抽取数量重复设置");
		assertRefused(with(base, FROM, TO, base.parties(), base.inspectors(),
				List.of(new DrawInput.ClassQuota("SPECIAL", -1)), 2, List.of()), "DRAW_INPUT_INVALID", "不能为负数");
		assertRefused(with(base, FROM, TO, base.parties(), base.inspectors(),
				List.of(new DrawInput.ClassQuota("SPECIAL", 0)), 2, List.of()), "DRAW_INPUT_INVALID", "合计为 0");
		assertRefused(with(base, FROM, TO, plus(base.parties(), new DrawInput.PoolParty(108, "KEY POLLUTER")),
				base.inspectors(), quotas, 2, List.of()), "DRAW_INPUT_INVALID", "不含空格或控制字符");
		assertRefused(with(base, FROM, TO, base.parties(), base.inspectors(), quotas, 2,
				List.of(new DrawInput.Recusal(0, 101))), "DRAW_INPUT_INVALID", "回避关系中的编号无效");
		assertRefused(
				with(base, FROM, LocalDate.of(10_000, 1, 1), base.parties(), base.inspectors(), quotas, 2, List.of()),
				"DRAW_INPUT_INVALID", "0001–9999");
	}

	@Test
	void aSeedOtherThanThirtyTwoBytesIsRefused() {
		assertThatThrownBy(() -> RandomDraw.draw(new byte[16], WorkedExample.INPUT)).isInstanceOf(RuleViolation.class)
			.hasMessage("随机种子须为 32 字节");
	}

	static void assertRefused(DrawInput input, String code, String... reason) {
		for (Runnable call : List.<Runnable>of(() -> RandomDraw.digest(input),
				() -> RandomDraw.draw(new byte[32], input))) {
			assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, (e) -> {
				assertThat(e.code()).isEqualTo(code);
				assertThat(e.status().value()).isEqualTo(422);
				assertThat(e.getMessage()).contains(reason);
			});
		}
	}

	static DrawInput with(DrawInput in, LocalDate from, LocalDate to, List<DrawInput.PoolParty> parties,
			List<DrawInput.PoolInspector> inspectors, List<DrawInput.ClassQuota> quotas, int perTask,
			List<DrawInput.Recusal> recusals) {
		return new DrawInput(from, to, parties, inspectors, quotas, perTask, recusals);
	}

	static <T> List<T> plus(List<T> list, T element) {
		List<T> result = new ArrayList<>(list);
		result.add(element);
		return result;
	}

	static <T> List<T> shuffle(List<T> list, Random random) {
		List<T> result = new ArrayList<>(list);
		Collections.shuffle(result, random);
		return result;
	}

}
