package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coercive measure pages: a measure proposed from the case page, and the page of a
 * measure with its timeline and its acts as forms; an irreversible act is confirmed
 * first, a refusal is shown in place in Chinese (its code only as {@code data-code}).
 */
@Controller
class MeasurePageController {

	/** The acts that cannot be undone and are confirmed first. */
	private static final Set<String> IRREVERSIBLE = Set.of("approval", "decision", "execution", "extension", "release",
			"release-verification", "release-service");

	private static final Map<String, String> DONE = Map.of("approval", "已批准", "decision", "已记录决定", "execution", "已记录执行",
			"extension", "已延长期限", "release-application", "已记录当事人的解除申请", "release-verification", "已记录核实结果", "release",
			"已解除", "release-service", "已记录解除决定送达");

	private final CoerciveMeasures measures;

	private final Cases cases;

	private final ExecutionRecording recording;

	private final CaseActForms forms;

	MeasurePageController(CoerciveMeasures measures, Cases cases, ExecutionRecording recording, CaseActForms forms) {
		this.forms = forms;
		this.measures = measures;
		this.cases = cases;
		this.recording = recording;
	}

	@PostMapping("/cases/{id}/measures")
	String propose(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			Integer term = (form.get("term") == null || form.get("term").isBlank()) ? null
					: FormValues.id(form.get("term"), "期限").intValue();
			CoerciveMeasure measure = this.measures.propose(id,
					new CoerciveMeasures.Proposal(
							choose(MeasureKind.values(), form.get("kind"), "MEASURE_KIND", "请选择强制措施的种类"),
							choose(MeasureGround.values(), form.get("ground"), "MEASURE_GROUND", "请选择法定情形"),
							form.get("items"), term, "true".equals(form.get("emergency")),
							FormValues.id(form.get("refusalDocumentId"), "拒不改正记录编号"), FormValues.date(form.get("on"))),
					principal);
			redirect.addFlashAttribute("success", "已提出" + measure.kind().chineseName());
			return "redirect:/cases/" + id + "/measures/" + measure.id();
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("measureError", ex.getMessage());
			redirect.addFlashAttribute("measureErrorCode", ex.code());
			return "redirect:/cases/" + id;
		}
	}

	@GetMapping("/cases/{id}/measures/{mid}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @PathVariable long mid,
			Model model) {
		PenaltyCase kase = this.cases.caseOf(id, principal);
		CoerciveMeasure measure = this.measures.measureOf(id, mid, principal);
		model.addAttribute("kase", kase);
		model.addAttribute("measure", measure);
		List<EvidenceItem> videos = this.recording.videosOf(kase, principal);
		model.addAttribute("videos", videos);
		model.addAttribute("executionVideo",
				videos.stream()
					.filter((video) -> video.id().equals(measure.videoEvidenceId()))
					.findFirst()
					.orElse(null));
		Map<String, String> documentLabels = new HashMap<>();
		this.forms.documentLabels(this.forms.documentsOf(kase, principal))
			.forEach((documentId, label) -> documentLabels.put(Long.toString(documentId), label));
		model.addAttribute("documentLabels", documentLabels);
		model.addAttribute("videoNeeded", this.recording.needsVideo(measure.kind()));
		model.addAttribute("executedFrom", this.recording.format(measure.executedFrom()));
		model.addAttribute("executedTo", this.recording.format(measure.executedTo()));
		model.addAttribute("releaseReasons", ReleaseReason.values());
		return "casefile/measure";
	}

	@PostMapping("/cases/{id}/measures/{mid}/{act}")
	String act(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @PathVariable long mid,
			@PathVariable String act, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		if (!DONE.containsKey(act)) {
			throw RuleViolation.notFound("办理环节");
		}
		CoerciveMeasure measure = this.measures.measureOf(id, mid, principal);
		try {
			Long documentId = FormValues.id(form.get("documentId"), "文书编号");
			LocalDate on = FormValues.date(form.get("on"));
			if (IRREVERSIBLE.contains(act) && !"true".equals(form.get("confirmed"))) {
				Map<String, String> kept = new LinkedHashMap<>(form);
				kept.remove("_csrf");
				PenaltyCase kase = this.cases.caseOf(id, principal);
				model.addAttribute("prefix", "measure");
				model.addAttribute("act", act);
				model.addAttribute("form", kept);
				model.addAttribute("confirmKey", "measure.confirm.text");
				model.addAttribute("confirmArgs", new Object[] { measure.kind().chineseName(), kase.partyName() });
				model.addAttribute("confirmAction", "/cases/" + id + "/measures/" + mid + "/" + act);
				model.addAttribute("confirmBack", "/cases/" + id + "/measures/" + mid);
				return "casefile/act-confirm";
			}
			switch (act) {
				case "approval" -> this.measures.approve(id, mid, on, principal);
				case "decision" -> this.measures.decide(id, mid, documentId,
						FormValues.id(form.get("listDocumentId"), "清单编号"), on, principal);
				case "execution" -> this.measures.execute(id, mid, ids(form.get("officerIds")),
						FormValues.id(form.get("videoEvidenceId"), "音像记录证据编号"),
						this.recording.parse(form.get("startedAt"), "开始时间"),
						this.recording.parse(form.get("endedAt"), "结束时间"), on, principal);
				case "extension" ->
					this.measures.extend(id, mid, (form.get("term") == null || form.get("term").isBlank()) ? 0
							: FormValues.id(form.get("term"), "延长期限").intValue(), documentId, on, principal);
				case "release-application" -> this.measures.applyForRelease(id, mid, form.get("reason"), on, principal);
				case "release-verification" -> this.measures.verifyRelease(id, mid, "true".equals(form.get("release")),
						form.get("reason"), documentId, on, principal);
				case "release" -> this.measures.release(id, mid,
						choose(ReleaseReason.values(), form.get("releaseReason"), "MEASURE_RELEASE_REASON", "请选择解除的理由"),
						documentId, on, principal);
				default -> this.measures.serveRelease(id, mid, documentId, on, principal);
			}
			redirect.addFlashAttribute("success", DONE.get(act));
			return "redirect:/cases/" + id + "/measures/" + mid;
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
			model.addAttribute("errorAct", act);
			model.addAttribute("form", form);
			return detail(principal, id, mid, model);
		}
	}

	private static List<Long> ids(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,，、\\s]+"))
			.filter((part) -> !part.isBlank())
			.map((part) -> FormValues.id(part, "执法人员编号"))
			.toList();
	}

	private static <E extends Enum<E>> E choose(E[] values, String name, String code, String message) {
		return Arrays.stream(values)
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new RuleViolation(code, message));
	}

}
