package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.Citation;
import org.sanxiang.legalbasis.LegalTexts;
import org.sanxiang.legalbasis.Regime;
import org.sanxiang.legalbasis.ResolvedProvision;
import org.sanxiang.legalbasis.ViolationCatalogue;
import org.sanxiang.legalbasis.ViolationType;
import org.sanxiang.review.ProposedDecision;

import org.springframework.stereotype.Component;

/**
 * The provisions 提交法制审核 cites, picked from the legal basis and never typed with their
 * versions: the violation type's provisions in force on the act's date, and the articles
 * the case's draft 决定书 cites (chosen there from the legal basis and the discretion
 * calculator), each resolved by the legal basis to the version in force on the day the
 * violation was done (行政处罚法 第三十七条: the law of the time of the act).
 */
@Component
class ReviewProvisions {

	/** {@code 《大气污染防治法》第九十九条第（二）项}. */
	private static final Pattern TITLED = Pattern.compile(
			"《([^》]{1,100})》\\s*(第[零一二三四五六七八九十百]{1,8}条(?:第[一二三四五六七八九十]{1,3}款)?(?:第[（(]?[一二三四五六七八九十]{1,3}[）)]?项)?)");

	/** {@code AIR 99(2)}. */
	private static final Pattern SHORT = Pattern
		.compile("([A-Za-z][A-Za-z0-9_-]{0,39})\\s+(\\d{1,3}(?:\\.\\d{1,2})?(?:\\(\\d{1,2}\\))?)");

	private static final Pattern SEPARATORS = Pattern.compile("[、；;，,\\n\\r]+");

	private static final List<String> BANDS = List.of("轻微", "一般", "较重", "严重");

	private final LegalTexts texts;

	private final ViolationCatalogue violations;

	private final DecisionBasisReader acts;

	private final Documents documents;

	ReviewProvisions(LegalTexts texts, ViolationCatalogue violations, DecisionBasisReader acts, Documents documents) {
		this.texts = texts;
		this.violations = violations;
		this.acts = acts;
		this.documents = documents;
	}

	/** What the review form offers: the violation types, in catalogue order. */
	List<ViolationType> violationTypes() {
		return this.violations.all();
	}

	/**
	 * The provisions cited: those of the violation type chosen (if any) and those named
	 * in {@code text}, each resolved to the version in force on the case's act date.
	 * @param penalty whether the penalty basis (else the provisions violated) is asked
	 */
	List<ProposedDecision.Provision> resolve(PenaltyCase kase, String violation, String text, boolean penalty) {
		LocalDate actDate = this.acts.actDate(kase);
		Map<String, ProposedDecision.Provision> cited = new LinkedHashMap<>();
		if (violation != null && !violation.isBlank()) {
			ViolationType type = this.violations.find(violation.strip())
				.orElseThrow(() -> new RuleViolation("CASE_REVIEW_VIOLATION", "请从列表中选择违法行为类型"));
			Regime regime = type.regimeOn(actDate)
				.orElseThrow(() -> new RuleViolation("CASE_REVIEW_VIOLATION",
						"违法行为发生时（" + actDate + "）「" + type.name() + "」尚无施行中的法律规定"));
			for (Citation citation : penalty ? regime.penaltyProvisions() : regime.violated()) {
				add(cited, this.texts.resolve(citation, actDate));
			}
		}
		for (Citation citation : citations(text)) {
			add(cited, this.texts.resolve(citation, actDate));
		}
		return new ArrayList<>(cited.values());
	}

	private static void add(Map<String, ProposedDecision.Provision> cited, ResolvedProvision resolved) {
		cited.putIfAbsent(resolved.label(),
				new ProposedDecision.Provision(resolved.label(), resolved.version().effectiveFrom()));
	}

	/**
	 * The citations in a list such as the draft 决定书 holds ({@code 《…》第九十九条、《…》第一百零八条} or
	 * {@code AIR 99(2)}), separated by 、 ； or lines; the benchmark's clause (《…裁量基准》第3版)
	 * is not an article and is passed over; anything else is refused in Chinese.
	 */
	static List<Citation> citations(String text) {
		List<Citation> citations = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return citations;
		}
		if (text.length() > 2000) {
			throw new RuleViolation("CASE_REVIEW_PROVISION", "所引条款过长（不超过2000字）");
		}
		for (String part : SEPARATORS.split(text)) {
			String segment = part.strip();
			if (segment.isEmpty() || segment.contains("裁量基准")) {
				continue;
			}
			Matcher titled = TITLED.matcher(segment);
			Matcher code = SHORT.matcher(segment);
			if (titled.matches()) {
				citations.add(Citation.parse(titled.group(1), titled.group(2)));
			}
			else if (code.matches()) {
				citations.add(Citation.parse(code.group(1), code.group(2)));
			}
			else {
				throw new RuleViolation("CASE_REVIEW_PROVISION",
						"无法识别的法律条款「" + ((segment.length() > 40) ? segment.substring(0, 40) + "…" : segment)
								+ "」：请从法律依据中选取，写作《大气污染防治法》第九十九条第（二）项，多个条款以顿号分隔");
			}
		}
		return citations;
	}

	/**
	 * What the form starts from: the provisions, the penalty basis and the discretion the
	 * case's draft 决定书 holds (taken there from the legal basis and the calculator).
	 */
	Prefill prefill(PenaltyCase kase, SanxiangPrincipal reader) {
		for (Document document : this.documents.ofOwner(CaseActForms.owner(kase.id()),
				reader.dataScope().agencyIds())) {
			if ("PENALTY_DECISION".equals(document.typeCode()) && document.status() == Document.Status.DRAFT) {
				String explanation = value(document, "benchmarkApplication");
				List<String> named = BANDS.stream()
					.filter((b) -> explanation != null && explanation.contains(b))
					.toList();
				String band = (named.size() == 1) ? named.get(0) : null;
				return new Prefill(value(document, "violatedProvisions"), value(document, "penaltyBasis"), band,
						explanation, this.acts.actDate(kase));
			}
		}
		return new Prefill(null, null, null, null, this.acts.actDate(kase));
	}

	private static String value(Document document, String field) {
		Object value = document.values().get(field);
		return (value == null || value.toString().isBlank()) ? null : value.toString();
	}

	/**
	 * The review form's starting values.
	 *
	 * @param violated the provisions violated
	 * @param basis the penalty basis
	 * @param band the discretion band the calculator found, where one is named
	 * @param explanation the discretion explained
	 * @param actDate the day the act was done, whose versions are cited
	 */
	record Prefill(String violated, String basis, String band, String explanation, LocalDate actDate) {

	}

}
