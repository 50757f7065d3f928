package org.sanxiang.document;

import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.AccessRefused;
import org.sanxiang.core.Actor;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may sign (签发) what. A 行政处罚决定书, 不予行政处罚决定书 or 责令停产整治/责令限制生产 decision is the agency
 * head's (机关负责人, 行政处罚法 第五十七条: the head decides after the investigation); a 法制审核意见书 is
 * signed by a legal reviewer whose qualification is on record (第五十八条, the qualification
 * itself is checked by the officer module); a 强制执行申请书 is signed by the head too (行政强制法
 * 第五十五条: 由行政机关负责人签名). Other types keep the rule of the URL: any case worker of the
 * agency. Checked at the act, {@link Documents#issue}, and asked by the page so that it
 * offers 签发 only to those who may.
 */
@Component("signatories")
public class Signatories {

	/** Types only the agency head issues. */
	static final Set<String> HEAD_ONLY = Set.of("PENALTY_DECISION", "NO_PENALTY_DECISION",
			"PRODUCTION_SUSPENSION_ORDER", "PRODUCTION_RESTRICTION_ORDER", "ENFORCEMENT_APPLICATION");

	static final String LEGAL_REVIEW_OPINION = "LEGAL_REVIEW_OPINION";

	private final OfficerRegistry officers;

	private final ApplicationEventPublisher events;

	Signatories(OfficerRegistry officers, ApplicationEventPublisher events) {
		this.officers = officers;
		this.events = events;
	}

	/**
	 * The message key (document.properties) explaining why this person may not issue a
	 * document of this type, or empty when they may. Actors that are not a logged-in
	 * person (the demo data seeding inside the application) are not restricted.
	 */
	public Optional<String> refusalKey(String typeCode, Object actor) {
		if (!(actor instanceof SanxiangPrincipal principal)) {
			return Optional.empty();
		}
		if (HEAD_ONLY.contains(typeCode) && !principal.hasRole(Role.AGENCY_HEAD)) {
			return Optional.of("doc.issue.headOnly");
		}
		if (LEGAL_REVIEW_OPINION.equals(typeCode) && !(principal.hasRole(Role.LEGAL_REVIEWER)
				&& this.officers.isQualifiedReviewer(principal.accountId()))) {
			return Optional.of("doc.issue.reviewerOnly");
		}
		return Optional.empty();
	}

	/** Whether the page offers 签发 to this person for this type. */
	public boolean mayIssue(String typeCode, Object actor) {
		return refusalKey(typeCode, actor).isEmpty();
	}

	/** Refuses the act (403, audited) when this person may not issue this type. */
	void require(DocumentType type, Actor actor, long documentId) {
		Optional<String> refusal = refusalKey(type.code(), actor);
		if (refusal.isEmpty()) {
			return;
		}
		this.events.publishEvent(new AccessRefused("DOCUMENT_ISSUE_REFUSED", "Document", String.valueOf(documentId),
				"not a permitted signatory of " + type.code()));
		String message = "doc.issue.headOnly".equals(refusal.get()) ? "只有机关负责人可以签发" + type.name() + "，请提交机关负责人签发"
				: "法制审核意见书只能由已登记资格的法制审核人员签发";
		throw new RuleViolation("SIGNATORY_REFUSED", message, HttpStatus.FORBIDDEN);
	}

}
