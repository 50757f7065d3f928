package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.Optional;

import org.sanxiang.calendar.TimeLimitRule;
import org.sanxiang.calendar.TimeLimitRules;
import org.sanxiang.casefile.VideoRecordingList;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 事前公开 of how enforcement is done: the procedures as flowcharts with their time limits,
 * the remedies (复议, 诉讼) per agency, the acts recorded on video (音像记录事项) and the service
 * guide. Each page says when its data last changed.
 */
@Controller
class PortalGuideController {

	private final ProcedureCharts charts;

	private final TimeLimitRules rules;

	private final RemedyChannels remedies;

	private final VideoRecordingList video;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	private final String agencyName;

	private final LocalDate videoListUpdatedOn;

	private final LocalDate guideUpdatedOn;

	private final org.sanxiang.evidence.RecordingRules recordingRules;

	PortalGuideController(ProcedureCharts charts, TimeLimitRules rules, RemedyChannels remedies,
			VideoRecordingList video, AgencyDirectory agencies, BusinessTime time,
			@Value("${sanxiang.agency-name}") String agencyName,
			@Value("${sanxiang.publicity.portal.video-list-updated-on:2024-01-01}") LocalDate videoListUpdatedOn,
			@Value("${sanxiang.publicity.portal.guide-updated-on:2024-01-01}") LocalDate guideUpdatedOn,
			org.sanxiang.evidence.RecordingRules recordingRules) {
		this.recordingRules = recordingRules;
		this.charts = charts;
		this.rules = rules;
		this.remedies = remedies;
		this.video = video;
		this.agencies = agencies;
		this.time = time;
		this.agencyName = agencyName;
		this.videoListUpdatedOn = videoListUpdatedOn;
		this.guideUpdatedOn = guideUpdatedOn;
	}

	@GetMapping("/portal/procedures")
	String procedures(Model model) {
		LocalDate today = this.time.today();
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("charts", this.charts.on(today));
		model.addAttribute("updatedAt", this.charts.updatedOn(today).orElse(null));
		return "portal/procedures";
	}

	@GetMapping("/portal/remedies")
	String remedies(Model model) {
		LocalDate today = this.time.today();
		Optional<TimeLimitRule> review = inForce("ADMINISTRATIVE_RECONSIDERATION", today);
		Optional<TimeLimitRule> litigation = inForce("ADMINISTRATIVE_LITIGATION", today);
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("agencies", this.agencies.all());
		model.addAttribute("channels", this.remedies);
		model.addAttribute("review", review.orElse(null));
		model.addAttribute("litigation", litigation.orElse(null));
		model.addAttribute("updatedAt",
				java.util.stream.Stream
					.of(Optional.of(this.remedies.updatedOn()), review.map(TimeLimitRule::effectiveFrom),
							litigation.map(TimeLimitRule::effectiveFrom))
					.flatMap(Optional::stream)
					.max(LocalDate::compareTo)
					.orElse(null));
		return "portal/remedies";
	}

	@GetMapping("/portal/video-recording")
	String videoRecording(Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("items", this.video.items());
		model.addAttribute("updatedAt", this.videoListUpdatedOn);
		model.addAttribute("agencyRules", this.recordingRules.published());
		model.addAttribute("directory", this.agencies);
		return "portal/video-recording";
	}

	@GetMapping("/portal/guide")
	String guide(Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("updatedAt", this.guideUpdatedOn);
		return "portal/guide";
	}

	private Optional<TimeLimitRule> inForce(String code, LocalDate date) {
		try {
			return Optional.of(this.rules.inForce(code, date));
		}
		catch (RuleViolation none) {
			return Optional.empty();
		}
	}

}
