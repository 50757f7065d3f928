package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.legalbasis.Citation;
import org.sanxiang.legalbasis.LegalTexts;
import org.sanxiang.review.ProposedDecision;

import org.springframework.stereotype.Component;

/**
 * Reads a decision's {@link DecisionBasis} against the legal texts: the act date is the
 * day the violation was done as the case's clue records it (the end of a continuing act),
 * or the filing date for a case filed without a clue.
 */
@Component
class DecisionBasisReader {

	/** {@code 《中华人民共和国水污染防治法》第八十三条第二项}: the law's title and the article. */
	private static final Pattern CITATION = Pattern.compile(
			"《([^》]{1,100})》\\s*(第[零一二三四五六七八九十百]{1,8}条(?:第[一二三四五六七八九十]{1,3}款)?(?:第[（(]?[一二三四五六七八九十]{1,3}[）)]?项)?)");

	private final LegalTexts texts;

	private final CaseActDates acts;

	DecisionBasisReader(LegalTexts texts, CaseActDates acts) {
		this.texts = texts;
		this.acts = acts;
	}

	DecisionBasis of(PenaltyCase kase, ProposedDecision decision) {
		return DecisionBasis.of(decision, actDate(kase), this::versionOn);
	}

	/**
	 * The day the act was done: the date given at 立案 or the clue's act date (or its end
	 * for a continuing act), else the filing date.
	 */
	LocalDate actDate(PenaltyCase kase) {
		CaseActDates.ActDate act = this.acts.of(kase);
		return (act != null) ? act.done() : kase.filedOn();
	}

	private LocalDate versionOn(ProposedDecision.Provision provision, LocalDate date) {
		Matcher matcher = CITATION.matcher(provision.citation());
		if (!matcher.find()) {
			return null;
		}
		try {
			return this.texts.resolve(Citation.parse(matcher.group(1), matcher.group(2)), date)
				.version()
				.effectiveFrom();
		}
		catch (RuleViolation ex) {
			return null;
		}
	}

}
