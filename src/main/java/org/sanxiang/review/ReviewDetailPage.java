package org.sanxiang.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one review request, shared by the page controllers: the request with its
 * history, and the acts the person may do now — each form shown only to the one who may
 * act; a refusal explained in Chinese in place, with the form as it was filled in.
 */
@Component
class ReviewDetailPage {

	/** Rows of attendees a discussion form starts with, and the most it takes. */
	static final int FIRST_ROWS = 2;

	static final int MAX_ROWS = 30;

	private final Reviews reviews;

	ReviewDetailPage(Reviews reviews) {
		this.reviews = reviews;
	}

	/** The request at the version the form was built on, or a 409 refusal. */
	ReviewRequest current(SanxiangPrincipal principal, long id, int version) {
		ReviewRequest request = this.reviews.request(id, principal);
		if (request.version() != version) {
			throw new RuleViolation("REVIEW_STALE", "该申请刚刚已被他人处理，请查看最新状态后再操作", HttpStatus.CONFLICT);
		}
		return request;
	}

	String refused(SanxiangPrincipal principal, long id, RuleViolation ex, Model model, Map<String, String> form) {
		model.addAttribute("error", ex.getMessage());
		model.addAttribute("errorCode", ex.code());
		model.addAttribute("form", form);
		return show(principal, this.reviews.request(id, principal), model);
	}

	String show(SanxiangPrincipal principal, ReviewRequest request, Model model) {
		model.addAttribute("request", ReviewView.of(request, this.reviews.deadline(request)));
		boolean reviewer = principal.hasRole(Role.LEGAL_REVIEWER);
		model.addAttribute("canTake", reviewer && request.status() == ReviewRequest.Status.SUBMITTED
				&& !request.recused(principal.username()));
		model.addAttribute("canDecide",
				request.status() == ReviewRequest.Status.IN_REVIEW && principal.username().equals(request.reviewer()));
		model.addAttribute("canRecuse",
				reviewer && (request.status() == ReviewRequest.Status.SUBMITTED
						|| request.status() == ReviewRequest.Status.IN_REVIEW)
						&& !request.recused(principal.username()));
		model.addAttribute("canExtend",
				principal.hasRole(Role.AGENCY_HEAD) && request.extensions() == 0
						&& (request.status() == ReviewRequest.Status.SUBMITTED
								|| request.status() == ReviewRequest.Status.IN_REVIEW));
		boolean sameAgency = principal.agencyId() == request.agencyId();
		boolean head = principal.hasRole(Role.AGENCY_HEAD) && sameAgency;
		model.addAttribute("canDisagree", request.mayDisagree() && sameAgency && (principal.hasRole(Role.UNIT_HEAD)
				|| principal.hasRole(Role.OFFICER) && principal.username().equals(request.submittedBy())));
		model.addAttribute("canCoordinate", reviewer && request.status() == ReviewRequest.Status.DISPUTED
				&& principal.username().equals(request.reviewer()));
		model.addAttribute("canHeadDecide", head && request.status() == ReviewRequest.Status.AWAITING_HEAD);
		model.addAttribute("canDiscuss", head && request.awaitsDiscussion());
		model.addAttribute("points", ReviewPoint.values());
		model.addAttribute("problemTypes", ProblemType.values());
		model.addAttribute("coordinationResults", Coordination.Result.values());
		model.addAttribute("headDecisions", ReviewDispute.HeadDecision.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		if (!model.containsAttribute("attendeeRows")) {
			@SuppressWarnings("unchecked")
			Map<String, String> form = (Map<String, String>) model.getAttribute("form");
			model.addAttribute("attendeeRows", attendees(form));
		}
		return "review/detail";
	}

	/**
	 * The attendee rows of a discussion form as filled in ({@code attendee.N.name},
	 * {@code attendee.N.opinion}, N from 0), at least {@link #FIRST_ROWS}.
	 */
	static List<Row> attendees(Map<String, String> form) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < MAX_ROWS && form.containsKey("attendee." + i + ".name"); i++) {
			rows.add(row(form.get("attendee." + i + ".name"), form.get("attendee." + i + ".opinion")));
		}
		while (rows.size() < FIRST_ROWS) {
			rows.add(row("", ""));
		}
		return rows;
	}

	static Row row(String name, String opinion) {
		return new Row((name == null) ? "" : name, (opinion == null) ? "" : opinion);
	}

	/**
	 * An attendee row as typed, not yet checked (the discussion checks it when recorded).
	 */
	record Row(String name, String opinion) {
	}

}
