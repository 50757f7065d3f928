package org.sanxiang.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.legalbasis.PartyType;

/**
 * A proposed decision as handed to review: a frozen snapshot of what the deciding module
 * proposes and of the record it rests on. The review never reads the deciding module's
 * tables; it judges this, and the gate compares a decision with this snapshot's
 * {@link #digest()}. Any change to the content — an amount, a fact, an evidence hash, an
 * article version — gives another digest and needs another review.
 *
 * @param subjectKind the deciding record's kind, e.g. {@code CASE}
 * @param subjectId its id
 * @param agencyId the deciding agency (执法主体)
 * @param title what people call the decision, e.g. {@code 关于某公司超标排放案的行政处罚决定}
 * @param decisionDate the date the decision is proposed to be made (the catalogue in
 * force on it applies)
 * @param party the party
 * @param facts the facts found (违法事实)
 * @param evidence the evidence catalogue with the digest of each item
 * @param violated the provisions violated, each with the version cited
 * @param penaltyBasis the provisions the decision applies, each with the version cited
 * @param discretion the discretion band and its explanation
 * @param actions what the decision does
 * @param fine the proposed fine (zero if none)
 * @param confiscated the proposed confiscation (违法所得 and the value of 非法财物; zero if none)
 * @param hearingHeld whether a hearing (听证) was held
 * @param flags what the handling unit states (public interest, complexity …)
 * @param procedure who did what when
 * @param materials the further materials handed in (调查报告, 告知书, 听证笔录 …)
 */
public record ProposedDecision(String subjectKind, String subjectId, long agencyId, String title,
		LocalDate decisionDate, Party party, String facts, List<EvidenceRef> evidence, List<Provision> violated,
		List<Provision> penaltyBasis, Discretion discretion, Set<DecisionAction> actions, Money fine, Money confiscated,
		boolean hearingHeld, Set<ReviewFlag> flags, List<ProcedureStep> procedure, List<Material> materials) {

	/** The first line of the canonical text; a new encoding gets a new version. */
	public static final String ENCODING = "sanxiang-review-snapshot/1";

	private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	public ProposedDecision {
		require(subjectKind != null && KIND.matcher(subjectKind).matches(), "待审决定的来源类型须为大写字母、数字或下划线");
		require(subjectId != null && ID.matcher(subjectId).matches(), "待审决定的来源编号不正确");
		require(title != null && !title.isBlank(), "请填写拟作决定的名称");
		require(decisionDate != null, "请填写拟作决定日期");
		require(party != null, "请填写当事人");
		require(facts != null && !facts.isBlank(), "请填写认定的违法事实");
		require(discretion != null, "请填写裁量情况");
		require(actions != null && !actions.isEmpty(), "请填写拟作决定的内容（处罚种类或措施）");
		fine = (fine == null) ? Money.ZERO : fine;
		confiscated = (confiscated == null) ? Money.ZERO : confiscated;
		require(fine.amount().signum() == 0 || actions.contains(DecisionAction.FINE)
				|| actions.contains(DecisionAction.DAILY_CONTINUING_FINE), "填写了罚款金额，决定内容须包含罚款");
		require(confiscated.amount().signum() == 0 || actions.contains(DecisionAction.CONFISCATE_GAINS)
				|| actions.contains(DecisionAction.CONFISCATE_PROPERTY), "填写了没收金额，决定内容须包含没收");
		evidence = List.copyOf(evidence == null ? List.of() : evidence);
		violated = List.copyOf(violated == null ? List.of() : violated);
		penaltyBasis = List.copyOf(penaltyBasis == null ? List.of() : penaltyBasis);
		actions = Set.copyOf(EnumSet.copyOf(actions));
		flags = (flags == null || flags.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
		procedure = List.copyOf(procedure == null ? List.of() : procedure);
		materials = List.copyOf(materials == null ? List.of() : materials);
		require(!violated.isEmpty(), "请填写违反的法律条款");
		require(!penaltyBasis.isEmpty(), "请填写作出决定所依据的法律条款");
	}

	/** Fine and confiscation together: the amount (涉及金额) that catalogues compare. */
	public Money amount() {
		return this.fine.plus(this.confiscated);
	}

	/**
	 * The canonical text, one labelled line per value in a fixed order (documented in
	 * {@code docs/review.md}). Free text is written as one line with {@code \n} and
	 * {@code \\} escaped, so a line-by-line comparison of two rounds is the diff a
	 * reviewer reads.
	 */
	public Map<String, String> canonicalLines() {
		return lines(false);
	}

	/**
	 * The same lines as {@link #canonicalLines()}, with Chinese names for the coded
	 * values (decision content, procedure acts, material kinds, party type): what a
	 * person reads.
	 */
	public Map<String, String> displayLines() {
		return lines(true);
	}

	private Map<String, String> lines(boolean display) {
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put("编码", ENCODING);
		lines.put("来源",
				display ? kindName(this.subjectKind) + " " + this.subjectId : this.subjectKind + "/" + this.subjectId);
		if (!display) {
			lines.put("执法主体", Long.toString(this.agencyId));
		}
		lines.put("决定名称", this.title);
		lines.put("拟决定日期", this.decisionDate.toString());
		lines.put("当事人类型", display ? this.party.type().chineseName() : this.party.type().name());
		lines.put("当事人", this.party.name());
		lines.put("当事人证照号码", this.party.code());
		lines.put("当事人住所", this.party.address());
		lines.put("违法事实", this.facts);
		for (int i = 0; i < this.evidence.size(); i++) {
			EvidenceRef item = this.evidence.get(i);
			lines.put("证据[" + (i + 1) + "]",
					item.number() + " | " + item.kind() + " | " + item.title() + " | SHA-256 " + item.sha256());
		}
		provisions(lines, "违反条款", this.violated);
		provisions(lines, "处罚依据", this.penaltyBasis);
		lines.put("裁量阶次", this.discretion.band());
		lines.put("裁量说明", this.discretion.explanation());
		lines.put("减轻处罚", yesNo(this.discretion.reduced(), display));
		if (this.discretion.minimum() != null) {
			// written only when stated, so that snapshots without it keep their digest
			lines.put("裁量幅度", this.discretion.minimum().amount().toPlainString() + " - "
					+ this.discretion.maximum().amount().toPlainString());
		}
		lines.put("决定内容",
				String.join("、",
						this.actions.stream()
							.sorted()
							.map((action) -> display ? action.chineseName() : action.name())
							.toList()));
		lines.put("罚款", this.fine.amount().toPlainString());
		lines.put("没收金额", this.confiscated.amount().toPlainString());
		lines.put("经过听证", yesNo(this.hearingHeld, display));
		lines.put("情形", (display && this.flags.isEmpty()) ? "无" : String.join("、",
				this.flags.stream().sorted().map((flag) -> display ? flag.chineseName() : flag.name()).toList()));
		for (int i = 0; i < this.procedure.size(); i++) {
			ProcedureStep step = this.procedure.get(i);
			lines.put("程序[" + (i + 1) + "]",
					step.date() + " | " + (display ? step.act().chineseName() : step.act().name()) + " | "
							+ String.join("、",
									step.officers()
										.stream()
										.map((officer) -> officer.name() + "（" + officer.certificate() + "）")
										.toList())
							+ " | " + step.note());
		}
		for (int i = 0; i < this.materials.size(); i++) {
			Material material = this.materials.get(i);
			String kind = display ? material.kind().chineseName() : material.kind().name();
			String title = (display && material.title().equals(kind)) ? "" : " | " + material.title();
			lines.put("材料[" + (i + 1) + "]", kind + title + " | SHA-256 " + material.sha256());
		}
		lines.replaceAll((label, value) -> display ? ((value == null) ? "" : value) : escape(value));
		return lines;
	}

	/** The canonical text: {@code label: value} lines, LF ends, UTF-8. */
	public String canonicalText() {
		StringBuilder text = new StringBuilder();
		canonicalLines().forEach((label, value) -> text.append(label).append(": ").append(value).append('\n'));
		return text.toString();
	}

	/** SHA-256 (hex) of the canonical text: the identity the gate compares. */
	public String digest() {
		return ContentDigests.of(canonicalText().getBytes(StandardCharsets.UTF_8)).sha256();
	}

	/**
	 * What differs between {@code earlier} and this, label by label in this order, as a
	 * person reads it.
	 */
	public List<Change> changesSince(ProposedDecision earlier) {
		Map<String, String> before = earlier.displayLines();
		Map<String, String> after = displayLines();
		List<Change> changes = new ArrayList<>();
		after.forEach((label, value) -> {
			String old = before.get(label);
			if (!value.equals(old)) {
				changes.add(new Change(label, old, value));
			}
		});
		before.forEach((label, value) -> {
			if (!after.containsKey(label)) {
				changes.add(new Change(label, value, null));
			}
		});
		return changes;
	}

	private static void provisions(Map<String, String> lines, String label, List<Provision> provisions) {
		for (int i = 0; i < provisions.size(); i++) {
			Provision provision = provisions.get(i);
			lines.put(label + "[" + (i + 1) + "]", provision.citation() + " | 版本 " + provision.version());
		}
	}

	/** What people call the deciding record's kind; an unknown kind as it is. */
	private static String kindName(String kind) {
		return switch (kind) {
			case "CASE" -> "案件";
			case "INSPECTION" -> "检查任务";
			case "LICENCE" -> "行政许可";
			case "COERCIVE_MEASURE" -> "行政强制";
			default -> kind;
		};
	}

	private static String yesNo(boolean value, boolean display) {
		return display ? (value ? "是" : "否") : Boolean.toString(value);
	}

	private static String escape(String value) {
		return (value == null) ? "" : value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new RuleViolation("REVIEW_SNAPSHOT_INVALID", message);
		}
	}

	/** The party: its type, name, credit code or identity number, and address (住所). */
	public record Party(PartyType type, String name, String code, String address) {

		public Party {
			require(type != null, "请填写当事人类型");
			require(name != null && !name.isBlank(), "请填写当事人名称");
			require(address != null && !address.isBlank(), "请填写当事人住所（地址）");
			code = (code == null) ? "" : code.strip();
		}

	}

	/** An evidence item as catalogued: its number, kind, title and SHA-256. */
	public record EvidenceRef(String number, String kind, String title, String sha256) {

		public EvidenceRef {
			require(number != null && !number.isBlank(), "证据须有编号");
			require(sha256 != null && SHA256.matcher(sha256).matches(), "证据 " + number + " 缺少 SHA-256 摘要");
		}

	}

	/** A provision as cited, with the date of the version cited (施行日期). */
	public record Provision(String citation, LocalDate version) {

		public Provision {
			require(citation != null && !citation.isBlank(), "法律条款不能为空");
			require(version != null, "请注明所引条款的版本（施行日期）：" + citation);
		}

	}

	/**
	 * The discretion band chosen and its explanation; whether the penalty is reduced
	 * (减轻); the band's range of fines (裁量幅度) where the deciding module states it (both or
	 * neither).
	 */
	public record Discretion(String band, String explanation, boolean reduced, Money minimum, Money maximum) {

		public Discretion {
			require(explanation != null && !explanation.isBlank(), "请填写裁量说明");
			band = (band == null) ? "" : band.strip();
			require((minimum == null) == (maximum == null), "裁量阶次的罚款幅度须同时填写下限和上限");
			require(minimum == null || minimum.compareTo(maximum) <= 0, "裁量阶次罚款幅度的下限不能高于上限");
		}

		/** A band named without its range of fines. */
		public Discretion(String band, String explanation, boolean reduced) {
			this(band, explanation, reduced, null, null);
		}

	}

	/** One act of the procedure: when, what, by whom, and a note. */
	public record ProcedureStep(LocalDate date, ProcedureAct act, List<Officer> officers, String note) {

		public ProcedureStep {
			require(date != null && act != null, "程序记录须有日期和环节");
			officers = List.copyOf(officers == null ? List.of() : officers);
			note = (note == null) ? "" : note;
		}

	}

	/** An officer as named on an act, with the 执法证号 shown. */
	public record Officer(String name, String certificate) {

		public Officer {
			require(name != null && !name.isBlank(), "执法人员姓名不能为空");
			certificate = (certificate == null) ? "" : certificate.strip();
		}

	}

	/** A further material handed in, with its SHA-256. */
	public record Material(MaterialKind kind, String title, String sha256) {

		public Material {
			require(kind != null, "材料须注明类别");
			require(sha256 != null && SHA256.matcher(sha256).matches(), "材料 " + title + " 缺少 SHA-256 摘要");
			title = (title == null || title.isBlank()) ? kind.chineseName() : title;
		}

	}

	/**
	 * One difference between two rounds: the label, the old value (or null), the new (or
	 * null).
	 */
	public record Change(String label, String before, String after) {
	}

}
