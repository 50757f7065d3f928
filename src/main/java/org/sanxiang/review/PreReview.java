package org.sanxiang.review;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sanxiang.calendar.Deadline;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.TimeLimitRule;
import org.sanxiang.calendar.TimeLimitRules;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.evidence.RecordedAct;
import org.sanxiang.evidence.RecordingCoverage;
import org.sanxiang.evidence.RecordingRequirement;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.legalbasis.Citation;
import org.sanxiang.legalbasis.LegalTexts;
import org.sanxiang.legalbasis.ResolvedProvision;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.stereotype.Component;

/**
 * The automatic pre-review (自动预审) of a snapshot, run on each submission before a person
 * sees it: it asks the lower modules' registers what they know — the official calendar,
 * the officer register, the evidence module, the legal texts — and hands their answers to
 * the {@link PreReviewChecks rules}. Its findings advise the reviewer; they block
 * nothing.
 */
@Component
public class PreReview {

	/** {@code 《中华人民共和国水污染防治法》第八十三条第二项}: the law's title and the article. */
	private static final Pattern CITATION = Pattern.compile(
			"《([^》]{1,100})》\\s*(第[零一二三四五六七八九十百]{1,8}条(?:第[一二三四五六七八九十]{1,3}款)?(?:第[（(]?[一二三四五六七八九十]{1,3}[）)]?项)?)");

	private final Deadlines deadlines;

	private final TimeLimitRules rules;

	private final OfficerRegistry officers;

	private final EvidenceItems evidence;

	private final RecordingCoverage recording;

	private final LegalTexts texts;

	private final HearingThresholds hearing;

	private final BusinessTime time;

	private final AgencyDirectory agencies;

	PreReview(Deadlines deadlines, TimeLimitRules rules, OfficerRegistry officers, EvidenceItems evidence,
			RecordingCoverage recording, LegalTexts texts, HearingThresholds hearing, BusinessTime time,
			AgencyDirectory agencies) {
		this.deadlines = deadlines;
		this.rules = rules;
		this.officers = officers;
		this.evidence = evidence;
		this.recording = recording;
		this.texts = texts;
		this.hearing = hearing;
		this.time = time;
		this.agencies = agencies;
	}

	/** The findings on a snapshot, one per rule that applies. */
	public List<PreReviewFinding> review(ProposedDecision decision) {
		PreReviewChecks.Periods periods = new PreReviewChecks.Periods() {

			@Override
			public TimeLimitRule rule(String rule, LocalDate date) {
				return PreReview.this.rules.inForce(rule, date);
			}

			@Override
			public Deadline of(String rule, LocalDate start, int granted) {
				return PreReview.this.deadlines.compute(rule, start, List.of(), granted, null);
			}

		};
		PreReviewChecks.Facts facts = new PreReviewChecks.Facts(periods, certificates(decision), videoRequired(),
				videos(decision), provisions(decision),
				this.hearing.on(region(decision.agencyId()), decision.decisionDate()));
		return PreReviewChecks.all(decision, facts);
	}

	/** The deciding agency's 行政区划代码, which chooses its hearing thresholds. */
	private String region(long agencyId) {
		try {
			return this.agencies.agency(agencyId).regionCode();
		}
		catch (RuleViolation ex) {
			return null;
		}
	}

	private Map<String, PreReviewChecks.Certificate> certificates(ProposedDecision decision) {
		Map<String, PreReviewChecks.Certificate> found = new HashMap<>();
		decision.procedure()
			.stream()
			.flatMap((step) -> step.officers().stream())
			.map(ProposedDecision.Officer::certificate)
			.filter((certificate) -> !certificate.isEmpty())
			.distinct()
			.forEach((certificate) -> this.officers.byCertificateNumber(certificate)
				.ifPresent((officer) -> found.put(certificate, certificate(officer))));
		return found;
	}

	private static PreReviewChecks.Certificate certificate(Officer officer) {
		// qualified on its first day exactly when its status is 有效 (not 暂扣 or 注销)
		return new PreReviewChecks.Certificate(officer.name(), officer.agencyId(), officer.validFrom(),
				officer.validTo(), officer.isQualifiedOn(officer.validFrom()));
	}

	/** The acts of the procedure the recording policy says must be filmed throughout. */
	private Set<ProcedureAct> videoRequired() {
		return java.util.Arrays.stream(ProcedureAct.values())
			.filter((act) -> recordedAct(act)
				.map((recorded) -> this.recording.requirementFor(recorded) == RecordingRequirement.CONTINUOUS_VIDEO)
				.orElse(false))
			.collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(ProcedureAct.class)));
	}

	/** The act of the recording policy an act of the procedure is. */
	static Optional<RecordedAct> recordedAct(ProcedureAct act) {
		return Optional.ofNullable(switch (act) {
			case ON_SITE_INSPECTION -> RecordedAct.SITE_INSPECTION;
			case INQUIRY, SAMPLING, EVIDENCE_PRESERVATION -> RecordedAct.INVESTIGATION;
			case SEIZURE -> RecordedAct.SEIZURE;
			case HEARING -> RecordedAct.HEARING;
			default -> null;
		});
	}

	/**
	 * The audio-visual items the evidence module holds for the deciding record whose
	 * SHA-256 the snapshot's catalogue lists, with the day each was recorded.
	 */
	private List<PreReviewChecks.Video> videos(ProposedDecision decision) {
		Set<String> listed = decision.evidence()
			.stream()
			.map(ProposedDecision.EvidenceRef::sha256)
			.collect(Collectors.toSet());
		List<EvidenceItem> items;
		try {
			items = this.evidence.ofOwner(decision.subjectKind(), decision.subjectId(), Set.of(decision.agencyId()));
		}
		catch (RuleViolation ex) {
			return List.of();
		}
		return items.stream()
			.filter((item) -> item.kind() == EvidenceKind.AUDIO_VISUAL && item.captureStart() != null)
			.filter((item) -> listed.contains(item.digests().sha256()))
			.map((item) -> new PreReviewChecks.Video(item.number(), this.time.dateOf(item.captureStart())))
			.toList();
	}

	private Map<ProposedDecision.Provision, PreReviewChecks.ProvisionFacts> provisions(ProposedDecision decision) {
		LocalDate actDate = PreReviewChecks.actDate(decision);
		Map<ProposedDecision.Provision, PreReviewChecks.ProvisionFacts> found = new HashMap<>();
		for (ProposedDecision.Provision provision : java.util.stream.Stream
			.concat(decision.violated().stream(), decision.penaltyBasis().stream())
			.toList()) {
			found.computeIfAbsent(provision, (p) -> provision(p, actDate, decision.decisionDate()));
		}
		return found;
	}

	private PreReviewChecks.ProvisionFacts provision(ProposedDecision.Provision provision, LocalDate actDate,
			LocalDate decisionDate) {
		Matcher matcher = CITATION.matcher(provision.citation());
		if (!matcher.find()) {
			return PreReviewChecks.ProvisionFacts.unknown("引用格式无法识别，应为《法律名称》第某条");
		}
		try {
			// the legal texts find a law by its code or by its title
			Citation citation = Citation.parse(matcher.group(1), matcher.group(2));
			return new PreReviewChecks.ProvisionFacts(versionOn(citation, actDate), versionOn(citation, decisionDate),
					null);
		}
		catch (RuleViolation ex) {
			return PreReviewChecks.ProvisionFacts.unknown(ex.getMessage());
		}
	}

	private LocalDate versionOn(Citation citation, LocalDate date) {
		ResolvedProvision resolved = this.texts.resolve(citation, date);
		return resolved.version().effectiveFrom();
	}

}
