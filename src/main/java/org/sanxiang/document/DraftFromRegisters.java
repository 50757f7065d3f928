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
			PartyType partyType, LocalDate actDate, LocalDate actEnd, Actor actor, Set<Long> scope) {
		Document document = this.documents.get(id, scope);
		DiscretionResult result = this.calculator
			.calculate(DiscretionRequest.of(violation, answers, partyType, actDate, this.time.today())
				.actedOn(actDate, actEnd));
		DocumentType type = this.types.get(document.typeCode());
		Map<String, Object> values = new LinkedHashMap<>(document.values());
		put(type, values, "violatedProvisions", labels(result.violated()));
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
