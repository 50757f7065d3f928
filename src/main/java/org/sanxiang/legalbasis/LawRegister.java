package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What legal reviewers record beyond a new version of an article: an article not yet
 * recorded (its first version), the repeal (已废止) of an article from a date, and a new
 * law. Versions are only added and closed, never rewritten; every refusal names its field
 * and writes nothing; every change is audited.
 */
@Service
class LawRegister {

	private final LegalTexts texts;

	private final ApplicationEventPublisher events;

	LawRegister(LegalTexts texts, ApplicationEventPublisher events) {
		this.texts = texts;
		this.events = events;
	}

	/**
	 * Records the first version of article {@code articleNo}, in force from {@code from}.
	 */
	@Transactional
	public ArticleVersion addArticle(String lawCode, Integer articleNo, String text, LocalDate from, String note,
			String actor) {
		LegalText law = this.texts.law(lawCode);
		this.texts.lock(law.code());
		List<InvalidLegalInput.Problem> problems = new ArrayList<>();
		if (articleNo == null || articleNo < 1 || articleNo > 999) {
			problems.add(new InvalidLegalInput.Problem("articleNo", "INVALID_ARTICLE_NUMBER", "条文序号须为1–999之间的整数"));
		}
		else if (!this.texts.history(law.code(), articleNo).isEmpty()) {
			problems.add(new InvalidLegalInput.Problem("articleNo", "ARTICLE_ALREADY_RECORDED",
					"第" + ChineseNumerals.of(articleNo) + "条已收录；修订请在该条文页面新增版本"));
		}
		try {
			ArticleTextRules.check(text, null);
		}
		catch (RuleViolation ex) {
			problems.add(new InvalidLegalInput.Problem("text", ex.code(), ex.getMessage()));
		}
		if (from == null) {
			problems.add(new InvalidLegalInput.Problem("effectiveFrom", "MISSING_DATE", "请填写施行日期"));
		}
		if (note != null && !note.isBlank() && !PlainText.isAcceptable(note, 500)) {
			problems.add(new InvalidLegalInput.Problem("note", "INVALID_NOTE", "说明须为500个字符以内，且不含控制字符或尖括号"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidLegalInput(problems);
		}
		long id = this.texts.insertArticle(law.code(), articleNo, text.strip(), from, null, TextStatus.IN_FORCE, actor,
				(note != null && !note.isBlank()) ? note.strip() : null);
		this.events.publishEvent(new LegalBasisEvents.ArticleAdded(law.code(), law.shortTitle(), articleNo, from));
		return version(law.code(), articleNo, id);
	}

	/**
	 * Repeals an article from {@code from}: the version in force is closed the day
	 * before, as 已废止; citations on earlier dates still resolve.
	 */
	@Transactional
	public ArticleVersion repeal(String lawCode, int articleNo, LocalDate from, String note, String actor) {
		LegalText law = this.texts.law(lawCode);
		this.texts.lock(law.code());
		List<ArticleVersion> history = this.texts.history(law.code(), articleNo);
		if (history.isEmpty()) {
			throw new RuleViolation("UNKNOWN_ARTICLE", "该条文未收录", HttpStatus.NOT_FOUND);
		}
		ArticleVersion latest = history.get(history.size() - 1);
		List<InvalidLegalInput.Problem> problems = new ArrayList<>();
		if (latest.effectiveTo() != null) {
			problems.add(new InvalidLegalInput.Problem("repealedFrom", "ARTICLE_NOT_OPEN",
					"该条文已于" + latest.effectiveTo() + "失效（" + latest.status().chineseName() + "），无需废止"));
		}
		else if (from == null) {
			problems.add(new InvalidLegalInput.Problem("repealedFrom", "MISSING_DATE", "请填写废止日期"));
		}
		else if (!latest.maySucceedFrom(from)) {
			problems.add(new InvalidLegalInput.Problem("repealedFrom", "REPEAL_DATE_NOT_AFTER_CURRENT",
					"废止日期须晚于现行版本的施行日期（" + latest.effectiveFrom() + "）"));
		}
		if (note == null || !PlainText.isAcceptable(note, 500)) {
			problems.add(new InvalidLegalInput.Problem("repealNote", "INVALID_NOTE",
					"请填写废止说明（500个字符以内，不含控制字符或尖括号），如废止决定的文号"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidLegalInput(problems);
		}
		if (this.texts.close(latest, from, TextStatus.REPEALED, actor, note.strip()) != 1) {
			throw RuleViolation.conflict("该条文已被他人修订或废止，请刷新后重试");
		}
		this.events.publishEvent(new LegalBasisEvents.ArticleRepealed(law.code(), law.shortTitle(), articleNo, from));
		return version(law.code(), articleNo, latest.id());
	}

	/** Records a new law (no articles yet; they are added one by one). */
	@Transactional
	public LegalText addLaw(LawDraft draft, String actor) {
		List<InvalidLegalInput.Problem> problems = draft.problems();
		if (problems.isEmpty()) {
			taken(problems, "code", draft.code(), "编码");
			taken(problems, "title", draft.title(), "标题");
			taken(problems, "shortTitle", draft.shortTitle(), "简称");
		}
		if (!problems.isEmpty()) {
			throw new InvalidLegalInput(problems);
		}
		LegalText law = draft.toLegalText();
		this.texts.insertLaw(law, this.texts.nextSortOrder());
		this.events
			.publishEvent(new LegalBasisEvents.LawAdded(law.code(), law.title(), law.level(), law.effectiveOn()));
		return law;
	}

	/**
	 * A law is found by code, short title or title, so none of them may name another law.
	 */
	private void taken(List<InvalidLegalInput.Problem> problems, String field, String value, String name) {
		this.texts.findLaw(value)
			.ifPresent((other) -> problems.add(new InvalidLegalInput.Problem(field, "LAW_ALREADY_RECORDED",
					name + "「" + value.strip() + "」已用于《" + other.title() + "》")));
	}

	private ArticleVersion version(String lawCode, int articleNo, long id) {
		return this.texts.history(lawCode, articleNo).stream().filter((v) -> v.id() == id).findFirst().orElseThrow();
	}

}
