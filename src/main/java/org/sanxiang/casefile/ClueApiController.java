package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.calendar.Deadline;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyKind;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clue (案源) and 简易程序 API for a mobile client: the clue list (paged, by status, with
 * the filing deadline), registration, a clue, and one endpoint per decision; an
 * on-the-spot decision, reading it and its 备案. Refusals are RFC 9457 problem details with
 * their code and Chinese explanation.
 */
@RestController
class ClueApiController {

	private final Clues clues;

	private final OnTheSpotDecisions onTheSpot;

	ClueApiController(Clues clues, OnTheSpotDecisions onTheSpot) {
		this.clues = clues;
		this.onTheSpot = onTheSpot;
	}

	@GetMapping("/api/v1/cases/clues")
	ResultPage<Clues.ClueSummary> list(@RequestParam(required = false) ClueStatus status, Paging.Params params,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		return this.clues.page(principal, status, Paging.of(params, "registered", true, Clues.SORTABLE));
	}

	@PostMapping("/api/v1/cases/clues")
	ResponseEntity<ClueView> register(@RequestBody Clues.Registration body,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		Clue clue = this.clues.register(body, principal);
		return ResponseEntity.created(URI.create("/api/v1/cases/clues/" + clue.id())).body(view(clue));
	}

	@GetMapping("/api/v1/cases/clues/{id}")
	ClueView read(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.clues.clueOf(id, principal));
	}

	@PostMapping("/api/v1/cases/clues/{id}/extension")
	ClueView extend(@PathVariable long id, @RequestBody Decision body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return view(this.clues.extend(id, body.reason(), p));
	}

	@PostMapping("/api/v1/cases/clues/{id}/filing")
	ClueView file(@PathVariable long id, @RequestBody Decision body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return view(this.clues.file(id, body.title(), body.documentId(), body.on(), p));
	}

	@PostMapping("/api/v1/cases/clues/{id}/refusal")
	ClueView refuse(@PathVariable long id, @RequestBody Decision body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return view(this.clues.refuse(id, body.reason(), body.documentId(), body.on(), p));
	}

	@PostMapping("/api/v1/cases/clues/{id}/transfer")
	ClueView transfer(@PathVariable long id, @RequestBody Decision body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return view(this.clues.transfer(id, body.to(), body.reason(), body.documentId(), body.on(), p));
	}

	@PostMapping("/api/v1/cases/on-the-spot")
	ResponseEntity<OnTheSpotView> decide(@RequestBody OnTheSpotDecisions.Decision body,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		OnTheSpotDecision decision = this.onTheSpot.decide(body, principal);
		return ResponseEntity.created(URI.create("/api/v1/cases/on-the-spot/" + decision.id())).body(view(decision));
	}

	@GetMapping("/api/v1/cases/on-the-spot/{id}")
	OnTheSpotView readOnTheSpot(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.onTheSpot.decisionOf(id, principal));
	}

	@PostMapping("/api/v1/cases/on-the-spot/{id}/record")
	OnTheSpotView record(@PathVariable long id, @RequestBody Decision body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return view(this.onTheSpot.record(id, body.on(), p));
	}

	private ClueView view(Clue clue) {
		Deadline deadline = this.clues.deadline(clue);
		return new ClueView(clue.id(), clue.agencyId(), clue.source(), clue.source().chineseName(),
				clue.sourceReference(), clue.partyId(), clue.partyName(), clue.partyKind(), clue.alleged(),
				clue.actOn(), clue.continuing(), clue.actEndedOn(), clue.harmed(), clue.limitationLastDay(),
				clue.registeredOn(), clue.status(), clue.status().chineseName(), clue.extended(),
				clue.extensionReason(), (deadline == null) ? null : deadline.due(),
				(deadline == null) ? null : deadline.status().chineseName(), clue.decidedOn(), clue.decisionReason(),
				clue.decisionDocumentId(), clue.transferredTo(), clue.caseId(), clue.version());
	}

	private OnTheSpotView view(OnTheSpotDecision decision) {
		Deadline deadline = this.onTheSpot.recordDeadline(decision);
		return new OnTheSpotView(decision.id(), decision.agencyId(), decision.partyId(), decision.partyName(),
				decision.partyKind(), decision.facts(), decision.penalty(), decision.fine(), decision.officers(),
				decision.documentId(), decision.decidedOn(), (deadline == null) ? null : deadline.due(),
				(deadline == null) ? null : deadline.status().chineseName(), decision.recordedOn());
	}

	/** What a decision on a clue or a 备案 carries; each act reads what it needs. */
	record Decision(String title, String reason, String to, Long documentId, LocalDate on) {
	}

	/** A clue as the API shows it. */
	record ClueView(long id, long agencyId, ClueSource source, String sourceName, String sourceReference, Long partyId,
			String partyName, PartyKind partyKind, String alleged, LocalDate actOn, boolean continuing,
			LocalDate actEndedOn, boolean harmed, LocalDate limitationLastDay, LocalDate registeredOn,
			ClueStatus status, String statusName, boolean extended, String extensionReason, LocalDate filingDue,
			String filingDeadlineStatus, LocalDate decidedOn, String decisionReason, Long decisionDocumentId,
			String transferredTo, Long caseId, Integer version) {
	}

	/** An on-the-spot decision as the API shows it. */
	record OnTheSpotView(long id, long agencyId, Long partyId, String partyName, PartyKind partyKind, String facts,
			String penalty, BigDecimal fine, List<ActingOfficer> officers, long documentId, LocalDate decidedOn,
			LocalDate recordDue, String recordDeadlineStatus, LocalDate recordedOn) {
	}

}
