package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * A checked {@link DrawInput} in canonical order (docs/inspection-draw.md §2): quotas by
 * class (UTF-8 bytes), parties and inspectors by id, recusals by (officer, party) without
 * duplicates. An input that is not well formed is refused before anything is drawn.
 */
record DrawCanonicalForm(DrawInput input, List<DrawInput.ClassQuota> quotas, List<DrawInput.PoolParty> parties,
		List<DrawInput.PoolInspector> inspectors, List<DrawInput.Recusal> recusals) {

	static final String VERSION = "sanxiang-draw/1";

	static final Comparator<String> CLASS_ORDER = (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
			b.getBytes(StandardCharsets.UTF_8));

	static DrawCanonicalForm of(DrawInput input) {
		if (input == null || input.from() == null || input.to() == null) {
			throw invalid("抽取条件不完整：缺少检查期间");
		}
		date(input.from());
		date(input.to());
		if (input.from().isAfter(input.to())) {
			throw new RuleViolation("DRAW_WINDOW_INVALID", "检查期间无效：开始日期 " + input.from() + " 晚于结束日期 " + input.to(),
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (input.inspectorsPerTask() < 2) {
			throw new RuleViolation("DRAW_INSPECTORS_PER_TASK",
					"每个检查对象至少应由 2 名执法检查人员检查，当前设置为 " + input.inspectorsPerTask() + " 名",
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		List<DrawInput.ClassQuota> quotas = new ArrayList<>(input.quotas());
		Set<String> classes = new HashSet<>();
		long total = 0;
		for (DrawInput.ClassQuota q : quotas) {
			objectClass(q.objectClass());
			if (!classes.add(q.objectClass())) {
				throw invalid("检查对象类别「" + q.objectClass() + "」的抽取数量重复设置");
			}
			if (q.count() < 0) {
				throw invalid("检查对象类别「" + q.objectClass() + "」的抽取数量不能为负数");
			}
			total += q.count();
		}
		if (total == 0) {
			throw invalid("抽取数量合计为 0，没有要抽取的检查对象");
		}
		quotas.sort(Comparator.comparing(DrawInput.ClassQuota::objectClass, CLASS_ORDER));
		List<DrawInput.PoolParty> parties = new ArrayList<>(input.parties());
		Set<Long> partyIds = new HashSet<>();
		for (DrawInput.PoolParty p : parties) {
			objectClass(p.objectClass());
			if (p.partyId() <= 0 || !partyIds.add(p.partyId())) {
				throw invalid("检查对象名录库中的对象编号 " + p.partyId() + " 无效或重复");
			}
		}
		parties.sort(Comparator.comparingLong(DrawInput.PoolParty::partyId));
		List<DrawInput.PoolInspector> inspectors = new ArrayList<>(input.inspectors());
		Set<Long> officerIds = new HashSet<>();
		for (DrawInput.PoolInspector i : inspectors) {
			if (i.officerId() <= 0 || !officerIds.add(i.officerId())) {
				throw invalid("执法检查人员名录库中的人员编号 " + i.officerId() + " 无效或重复");
			}
			date(i.certificateValidFrom());
			date(i.certificateValidTo());
		}
		inspectors.sort(Comparator.comparingLong(DrawInput.PoolInspector::officerId));
		TreeSet<DrawInput.Recusal> recusals = new TreeSet<>(
				Comparator.comparingLong(DrawInput.Recusal::officerId).thenComparingLong(DrawInput.Recusal::partyId));
		for (DrawInput.Recusal r : input.recusals()) {
			if (r.officerId() <= 0 || r.partyId() <= 0) {
				throw invalid("回避关系中的编号无效");
			}
			recusals.add(r);
		}
		return new DrawCanonicalForm(input, List.copyOf(quotas), List.copyOf(parties), List.copyOf(inspectors),
				List.copyOf(recusals));
	}

	/**
	 * The canonical bytes: UTF-8 lines, each ended by LF (docs/inspection-draw.md §2).
	 */
	byte[] bytes() {
		StringBuilder b = new StringBuilder(64 + 24 * (this.parties.size() + this.inspectors.size()));
		b.append(VERSION).append('\n');
		b.append("window ").append(this.input.from()).append(' ').append(this.input.to()).append('\n');
		b.append("per-task ").append(this.input.inspectorsPerTask()).append('\n');
		this.quotas
			.forEach((q) -> b.append("quota ").append(q.objectClass()).append(' ').append(q.count()).append('\n'));
		this.parties
			.forEach((p) -> b.append("party ").append(p.partyId()).append(' ').append(p.objectClass()).append('\n'));
		this.inspectors.forEach((i) -> b.append("inspector ")
			.append(i.officerId())
			.append(' ')
			.append(i.certificateValidFrom())
			.append(' ')
			.append(i.certificateValidTo())
			.append('\n'));
		this.recusals
			.forEach((r) -> b.append("recusal ").append(r.officerId()).append(' ').append(r.partyId()).append('\n'));
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void date(LocalDate date) {
		if (date == null || date.getYear() < 1 || date.getYear() > 9999) {
			throw invalid("日期缺失或超出 0001–9999 年");
		}
	}

	/** 1–64 code points, none a space, control character or lone surrogate. */
	private static void objectClass(String objectClass) {
		if (objectClass == null || objectClass.isEmpty() || objectClass.codePointCount(0, objectClass.length()) > 64
				|| objectClass.codePoints()
					.anyMatch((c) -> c <= 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF))) {
			throw invalid("检查对象类别须为 1–64 个字符，且不含空格或控制字符");
		}
	}

	private static RuleViolation invalid(String message) {
		return new RuleViolation("DRAW_INPUT_INVALID", message, HttpStatus.UNPROCESSABLE_CONTENT);
	}

}
