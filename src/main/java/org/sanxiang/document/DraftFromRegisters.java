package org.sanxiang.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.legalbasis.Citation;
import org.sanxiang.legalbasis.Circumstance;
import org.sanxiang.legalbasis.DiscretionCalculator;
import org.sanxiang.legalbasis.DiscretionRequest;
import org.sanxiang.legalbasis.DiscretionResult;
import org.sanxiang.legalbasis.LegalTexts;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.legalbasis.ResolvedProvision;

import org.springframework.stereotype.Service;

/**
 * Fills a draft from the registers instead of retyping: an article of the legal basis in
 * force today cited in a citing field, or the discretion calculator's result taken into
 * the provisions, the penalty basis, how the benchmark was applied (国办发〔2022〕27号: the
 * decision states it) and — where the band fixes one amount — the fine.
 */
@Service
class DraftFromRegisters {

	/** The fields of a document that cite articles. */
	public static final List<String> CITING_FIELDS = List.of("violatedProvisions", "penaltyBasis",
			"suspectedProvisions");

	private final Documents documents;

	private final DocumentTypes types;

	private final LegalTexts legalTexts;

	private final DiscretionCalculator calculator;

	private final BusinessTime time;

	DraftFromRegisters(Documents documents, DocumentTypes types, LegalTexts legalTexts, DiscretionCalculator calculator,
			BusinessTime time) {
		this.documents = documents;
		this.types = types;
		this.legalTexts = legalTexts;
		this.calculator = calculator;
		this.time = time;
	}

	/**
	 * Cites 《…》第N条 (appended to what the field holds); returns the citation as written.
	 */
	public String cite(long id, int version, String field, String law, int article, Actor actor, Set<Long> scope) {
		Document document = this.documents.get(id, scope);
		DocumentType type = this.types.get(document.typeCode());
		if (!CITING_FIELDS.contains(field) || type.field(field).isEmpty()) {
			throw new RuleViolation("DOCUMENT_FIELD_NOT_CITING", "该文书没有可引用法条的这一栏");
		}
		Citation citation = new Citation(law, article, 0, 0);
		this.legalTexts.resolve(citation, this.time.today());
		String cited = LegalTexts.label(citation, this.legalTexts.shortTitles());
		Map<String, Object> values = new LinkedHashMap<>(document.values());
		Object before = values.get(field);
		boolean empty = before == null || before.toString().isBlank();
		values.put(field, empty ? cited : before + "、" + cited);
		this.documents.save(id, values, document.partyId(), version, actor, scope);
		return cited;
	}

	/**
	 * Takes the calculator's result into the draft; returns it, for the person to read.
	 */
	public Taken takeDiscretion(long id, int version, String violation, Map<String, String> answers,
			PartyType partyType, LocalDate actDate, LocalDate actEnd, Set<Circumstance> circumstances,
			boolean chooseNoPenalty, Actor actor, Set<Long> scope) {
		Document document = this.documents.get(id, scope);
		DiscretionRequest request = DiscretionRequest.of(violation, answers, partyType, actDate, this.time.today())
			.actedOn(actDate, actEnd)
			.with(circumstances.toArray(Circumstance[]::new));
		DiscretionResult result = this.calculator.calculate(chooseNoPenalty ? request.choosingNoPenalty() : request);
		DocumentType type = this.types.get(document.typeCode());
		boolean noPenaltyDocument = type.field("ground").isPresent();
		if (result.outcome().penalised() && noPenaltyDocument) {
			throw new RuleViolation("OUTCOME_IS_PENALTY",
					"裁量结果为给予行政处罚（" + result.band().chineseName() + "），不能据此制作不予行政处罚决定书");
		}
		if (!result.outcome().penalised() && !noPenaltyDocument) {
			throw new RuleViolation("OUTCOME_IS_NO_PENALTY",
					"裁量结果为" + result.outcome().chineseName() + "，请改用不予行政处罚决定书，并记录对当事人的教育情况");
		}
		Map<String, Object> values = new LinkedHashMap<>(document.values());
		put(type, values, "violatedProvisions", labels(result.violated()));
		if (noPenaltyDocument) {
			put(type, values, "ground", ground(type, result));
			put(type, values, "reasons", String.join("；", result.reasons()) + "。");
			this.documents.save(id, values, document.partyId(), version, actor, scope);
			return new Taken(result, false);
		}
		String basis = labels(result.penaltyProvisions());
		put(type, values, "penaltyBasis",
				(result.benchmarkClause() != null) ? basis + "；" + result.benchmarkClause() : basis);
		if (!result.reasons().isEmpty()) {
			put(type, values, "benchmarkApplication",
					((result.benchmarkClause() != null) ? result.benchmarkClause() + "：" : "")
							+ String.join("；", result.reasons()) + "。");
		}
		boolean oneAmount = result.min().compareTo(result.max()) == 0 && result.max().amount().signum() > 0;
		if (oneAmount) {
			put(type, values, "fineAmount", result.max().amount().toPlainString());
		}
		this.documents.save(id, values, document.partyId(), version, actor, scope);
		return new Taken(result, oneAmount);
	}

	/**
	 * The 不予处罚 ground the document's choices name for the calculator's outcome: 应当不予
	 * (第三十三条第一款第一句), 可以不予 as chosen (第一款第二句), or 无主观过错 (第二款).
	 */
	private static String ground(DocumentType type, DiscretionResult result) {
		String key = switch (result.outcome()) {
			case NO_PENALTY_CHOSEN -> "可以不予";
			case MUST_NOT_PENALISE ->
				result.reasons().stream().anyMatch((r) -> r.contains("第三十三条第二款")) ? "主观过错" : "应当不予";
			default -> null;
		};
		if (key == null) {
			return null;
		}
		return type.field("ground")
			.map(DocumentField::choices)
			.orElse(List.of())
			.stream()
			.filter((c) -> c.contains(key))
			.findFirst()
			.orElse(null);
	}

	/** What was taken: the result, and whether the fine was fixed by it. */
	public record Taken(DiscretionResult result, boolean fineFixed) {

	}

	private static String labels(List<ResolvedProvision> provisions) {
		return String.join("、", provisions.stream().map(ResolvedProvision::label).distinct().toList());
	}

	private static void put(DocumentType type, Map<String, Object> values, String field, String value) {
		if (type.field(field).isPresent() && value != null && !value.isBlank()) {
			values.put(field, value);
		}
	}

}
