package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coercive measure and 按日连续处罚 API of a case: the case's measures, a proposal, a
 * measure with its timeline, one endpoint per act; the daily penalties, the 责令改正 served,
 * the 复查 and the decision. Refusals are RFC 9457 problem details with their code and
 * Chinese explanation; a lost race is a 409.
 */
@RestController
class MeasureApiController {

	private final CoerciveMeasures measures;

	MeasureApiController(CoerciveMeasures measures) {
		this.measures = measures;
	}

	@GetMapping("/api/v1/cases/{id}/measures")
	List<MeasureView> list(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal p) {
		return this.measures.measuresOf(id, p).stream().map(MeasureView::of).toList();
	}

	@PostMapping("/api/v1/cases/{id}/measures")
	ResponseEntity<MeasureView> propose(@PathVariable long id, @RequestBody CoerciveMeasures.Proposal body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		CoerciveMeasure measure = this.measures.propose(id, body, p);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/measures/" + measure.id()))
			.body(MeasureView.of(measure));
	}

	@GetMapping("/api/v1/cases/{id}/measures/{mid}")
	MeasureView read(@PathVariable long id, @PathVariable long mid, @AuthenticationPrincipal SanxiangPrincipal p) {
		return MeasureView.of(this.measures.measureOf(id, mid, p));
	}

	@PostMapping("/api/v1/cases/{id}/measures/{mid}/approval")
	MeasureView approve(@PathVariable long id, @PathVariable long mid, @RequestBody MeasureAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return MeasureView.of(this.measures.approve(id, mid, body.on(), p));
	}

	@PostMapping("/api/v1/cases/{id}/measures/{mid}/decision")
	MeasureView decide(@PathVariable long id, @PathVariable long mid, @RequestBody MeasureAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return MeasureView.of(this.measures.decide(id, mid, body.documentId(), body.listDocumentId(), body.on(), p));
	}

	@PostMapping("/api/v1/cases/{id}/measures/{mid}/execution")
	MeasureView execute(@PathVariable long id, @PathVariable long mid, @RequestBody MeasureAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return MeasureView.of(this.measures.execute(id, mid, body.officerIds(), body.videoEvidenceId(),
				instant(body.startedAt()), instant(body.endedAt()), body.on(), p));
	}

	@PostMapping("/api/v1/cases/{id}/measures/{mid}/extension")
	MeasureView extend(@PathVariable long id, @PathVariable long mid, @RequestBody MeasureAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return MeasureView.of(this.measures.extend(id, mid, (body.term() == null) ? 0 : body.term(), body.documentId(),
				body.on(), p));
	}

	@PostMapping("/api/v1/cases/{id}/measures/{mid}/release-application")
	MeasureView applyForRelease(@PathVariable long id, @PathVariable long mid, @RequestBody MeasureAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return MeasureView.of(this.measures.applyForRelease(id, mid, body.reason(), body.on(), p));
	}

	@PostMapping("/api/v1/cases/{id}/measures/{mid}/release-verification")
	MeasureView verifyRelease(@PathVariable long id, @PathVariable long mid, @RequestBody MeasureAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return MeasureView.of(this.measures.verifyRelease(id, mid, Boolean.TRUE.equals(body.release()), body.reason(),
				body.documentId(), body.on(), p));
	}

	@PostMapping("/api/v1/cases/{id}/measures/{mid}/release")
	MeasureView release(@PathVariable long id, @PathVariable long mid, @RequestBody MeasureAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return MeasureView.of(this.measures.release(id, mid, body.releaseReason(), body.documentId(), body.on(), p));
	}

	@PostMapping("/api/v1/cases/{id}/measures/{mid}/release-service")
	MeasureView serveRelease(@PathVariable long id, @PathVariable long mid, @RequestBody MeasureAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return MeasureView.of(this.measures.serveRelease(id, mid, body.documentId(), body.on(), p));
	}

	@GetMapping("/api/v1/cases/{id}/daily-penalties")
	List<DailyView> dailyPenalties(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal p) {
		return this.measures.dailyPenaltiesOf(id, p).stream().map(DailyView::of).toList();
	}

	@PostMapping("/api/v1/cases/{id}/daily-penalties")
	ResponseEntity<DailyView> serveOrder(@PathVariable long id, @RequestBody DailyAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		DailyPenalty penalty = this.measures.serveOrder(id, body.conduct(), body.documentId(), body.on(), p);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/daily-penalties/" + penalty.id()))
			.body(DailyView.of(penalty));
	}

	@PostMapping("/api/v1/cases/{id}/daily-penalties/{did}/reinspection")
	DailyView reinspect(@PathVariable long id, @PathVariable long did, @RequestBody DailyAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return DailyView
			.of(this.measures.reinspect(id, did, Boolean.TRUE.equals(body.stillDischarging()), body.on(), p));
	}

	@PostMapping("/api/v1/cases/{id}/daily-penalties/{did}/decision")
	DailyView decideDaily(@PathVariable long id, @PathVariable long did, @RequestBody DailyAct body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return DailyView.of(this.measures.decideDaily(id, did, body.documentId(), body.on(), p));
	}

	private static java.time.Instant instant(java.time.OffsetDateTime time) {
		return (time == null) ? null : time.toInstant();
	}

	/**
	 * What an act on a measure carries; each act reads what it needs ({@code startedAt}
	 * and {@code endedAt}: the execution's start and end, with their offset, e.g.
	 * {@code 2026-09-03T10:00:00+08:00}).
	 */
	record MeasureAct(LocalDate on, Long documentId, Long listDocumentId, List<Long> officerIds, Long videoEvidenceId,
			Integer term, String reason, Boolean release, ReleaseReason releaseReason,
			java.time.OffsetDateTime startedAt, java.time.OffsetDateTime endedAt) {
	}

	/** What an act of 按日连续处罚 carries. */
	record DailyAct(LocalDate on, DailyConduct conduct, Long documentId, Boolean stillDischarging) {
	}

	/** A coercive measure as the API shows it. */
	record MeasureView(long id, long caseId, MeasureKind kind, String kindName, MeasureGround ground, String groundName,
			boolean mandatory, String items, int term, boolean emergency, MeasureStatus status, String statusName,
			LocalDate proposedOn, LocalDate approvedOn, LocalDate decidedOn, LocalDate executedOn, LocalDate startsOn,
			LocalDate expiresOn, LocalDate extendedOn, LocalDate releaseAppliedOn, LocalDate releaseVerifyDue,
			LocalDate releasedOn, ReleaseReason releaseReason, LocalDate releaseServeDue, LocalDate releaseServedOn,
			List<MeasureEntry> entries, Integer version, java.time.Instant executedFrom, java.time.Instant executedTo) {

		static MeasureView of(CoerciveMeasure m) {
			return new MeasureView(m.id(), m.caseId(), m.kind(), m.kind().chineseName(), m.ground(),
					m.ground().chineseName(), m.ground().mandatory(), m.items(), m.term(), m.emergency(), m.status(),
					m.status().chineseName(), m.proposedOn(), m.approvedOn(), m.decidedOn(), m.executedOn(),
					m.startsOn(), m.expiresOn(), m.extendedOn(), m.releaseAppliedOn(), m.releaseVerifyDue(),
					m.releasedOn(), m.releaseReason(), m.releaseServeDue(), m.releaseServedOn(), m.entries(),
					m.version(), m.executedFrom(), m.executedTo());
		}

	}

	/** A 按日连续处罚 as the API shows it. */
	record DailyView(long id, long caseId, DailyConduct conduct, String conductName, BigDecimal dailyAmount,
			Long orderDocumentId, LocalDate orderServedOn, LocalDate reinspectionDue, LocalDate reinspectedOn,
			Boolean stillDischarging, Integer days, BigDecimal total, Long decisionDocumentId, LocalDate decidedOn) {

		static DailyView of(DailyPenalty d) {
			return new DailyView(d.id(), d.caseId(), d.conduct(), d.conduct().chineseName(), d.dailyAmount().amount(),
					d.orderDocumentId(), d.orderServedOn(), d.reinspectionDue(), d.reinspectedOn(),
					d.stillDischarging(), d.days(), (d.total() == null) ? null : d.total().amount(),
					d.decisionDocumentId(), d.decidedOn());
		}

	}

}
