package org.sanxiang.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a disagreement with a return and of collective discussion: the handling
 * unit's 异议, the reviewer's coordination record, the agency head's decision or referral,
 * and the head's record of a collective discussion (attendee rows added and removed by a
 * plain round trip to the server). Each act is confirmed first, since none can be undone;
 * a refusal is explained in Chinese on the request's page with the form as filled in.
 */
@Controller
class ReviewDisputePageController {

	private final Reviews reviews;

	private final ReviewDetailPage page;

	ReviewDisputePageController(Reviews reviews, ReviewDetailPage page) {
		this.reviews = reviews;
		this.page = page;
	}

	@PostMapping("/review/{id}/disagree")
	String disagree(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			ReviewRequest request = this.page.current(principal, id, version);
			String reasons = form.get("reasons");
			if (!confirmed) {
				this.reviews.checkDisagreement(request, reasons, principal);
				return confirm(request, "disagree", form, model);
			}
			this.reviews.disagree(id, reasons, principal);
			redirect.addFlashAttribute("success", "已提出异议，待法制审核机构与承办机构协调");
			return "redirect:/review/" + id;
		}
		catch (RuleViolation ex) {
			return this.page.refused(principal, id, ex, model, form);
		}
	}

	@PostMapping("/review/{id}/coordination")
	String coordination(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			ReviewRequest request = this.page.current(principal, id, version);
			Coordination record = new Coordination(date(form.get("date"), "协调日期"), names(form.get("reviewerSide")),
					names(form.get("unitSide")), form.get("reviewerView"), form.get("unitView"),
					choice(Coordination.Result.class, form.get("result"), "请选择协调结果"));
			if (!confirmed) {
				this.reviews.checkCoordination(request, record, principal);
				model.addAttribute("coordination", record);
				return confirm(request, "coordination", form, model);
			}
			ReviewRequest done = this.reviews.coordinate(id, record, principal);
			redirect.addFlashAttribute("success", switch (record.result()) {
				case UNIT_ACCEPTS -> "已记录协调结果：承办机构按审核建议整改后重新送审";
				case REVIEWER_WITHDRAWS -> "已记录协调结果：请重新审核第" + done.rounds().size() + "轮并作出审核意见";
				case UNRESOLVED -> "已记录协调结果：未能达成一致，报请机关负责人决定";
			});
			return "redirect:/review/" + id;
		}
		catch (RuleViolation ex) {
			return this.page.refused(principal, id, ex, model, form);
		}
	}

	@PostMapping("/review/{id}/head-decision")
	String headDecision(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			ReviewRequest request = this.page.current(principal, id, version);
			ReviewDispute.HeadDecision decision = choice(ReviewDispute.HeadDecision.class, form.get("decision"),
					"请选择采纳法制审核意见、采纳承办机构意见或提请集体讨论");
			String reasons = form.get("reasons");
			if (!confirmed) {
				this.reviews.checkHeadDecision(request, decision, reasons, principal);
				model.addAttribute("decision", decision);
				return confirm(request, "headDecision", form, model);
			}
			this.reviews.decideDispute(id, decision, reasons, principal);
			redirect.addFlashAttribute("success", switch (decision) {
				case ADOPT_REVIEW -> "已决定采纳法制审核意见，承办机构按审核建议整改后重新送审";
				case ADOPT_UNIT -> "已决定采纳承办机构意见";
				case REFER -> "已提请集体讨论，请在集体讨论后记录讨论情况";
			});
			return "redirect:/review/" + id;
		}
		catch (RuleViolation ex) {
			return this.page.refused(principal, id, ex, model, form);
		}
	}

	/**
	 * The collective discussion: {@code op=add} or {@code op=remove-N} edits the attendee
	 * rows and shows the form again; otherwise the page asks first, then records it and
	 * issues the 案件集体讨论笔录.
	 */
	@PostMapping("/review/{id}/discussion")
	String discussion(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(defaultValue = "record") String op, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		List<ReviewDetailPage.Row> rows = new ArrayList<>(ReviewDetailPage.attendees(form));
		try {
			ReviewRequest request = this.page.current(principal, id, version);
			if (op.equals("add") || op.startsWith("remove-")) {
				edit(rows, op);
				model.addAttribute("form", withRows(form, rows));
				model.addAttribute("attendeeRows", rows);
				return this.page.show(principal, request, model);
			}
			Discussion held = discussion(form, rows);
			if (!confirmed) {
				this.reviews.checkDiscussion(request, principal);
				model.addAttribute("discussion", held);
				return confirm(request, "discussion", withRows(form, rows), model);
			}
			ReviewRequest done = this.reviews.recordDiscussion(id, held, principal);
			redirect.addFlashAttribute("success", switch (done.status()) {
				case SETTLED -> held.agreed() ? "已记录集体讨论：同意按送审内容作出决定，案件集体讨论笔录已签发" : "已记录集体讨论，案件集体讨论笔录已签发";
				case RETURNED -> "已记录集体讨论：维持法制审核意见，承办机构整改后重新送审；案件集体讨论笔录已签发";
				default -> "已记录集体讨论，案件集体讨论笔录已签发";
			});
			return "redirect:/review/" + id;
		}
		catch (RuleViolation ex) {
			model.addAttribute("attendeeRows", rows);
			return this.page.refused(principal, id, ex, model, form);
		}
	}

	private String confirm(ReviewRequest request, String act, Map<String, String> form, Model model) {
		model.addAttribute("request", ReviewView.of(request, this.reviews.deadline(request)));
		model.addAttribute("act", act);
		model.addAttribute("form", form);
		return "review/confirm-act";
	}

	private static void edit(List<ReviewDetailPage.Row> rows, String op) {
		if (op.equals("add")) {
			if (rows.size() >= ReviewDetailPage.MAX_ROWS) {
				throw new RuleViolation("REVIEW_DISCUSSION_INVALID", "出席人员最多" + ReviewDetailPage.MAX_ROWS + "人");
			}
			rows.add(ReviewDetailPage.row("", ""));
			return;
		}
		int index;
		try {
			index = Integer.parseInt(op.substring("remove-".length()));
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("REVIEW_DISCUSSION_INVALID", "无法识别要删除的出席人员");
		}
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
	}

	/** The form with the attendee rows renumbered from 0 (after an edit). */
	private static Map<String, String> withRows(Map<String, String> form, List<ReviewDetailPage.Row> rows) {
		Map<String, String> edited = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (!key.startsWith("attendee.") && !key.equals("op") && !key.equals("_csrf")) {
				edited.put(key, value);
			}
		});
		for (int i = 0; i < rows.size(); i++) {
			edited.put("attendee." + i + ".name", rows.get(i).name());
			edited.put("attendee." + i + ".opinion", rows.get(i).opinion());
		}
		return edited;
	}

	private static Discussion discussion(Map<String, String> form, List<ReviewDetailPage.Row> rows) {
		List<ReviewDetailPage.Row> filled = rows.stream()
			.filter((row) -> !row.name().isBlank() || !row.opinion().isBlank())
			.toList();
		List<Discussion.Opinion> opinions = filled.stream()
			.map((row) -> new Discussion.Opinion(row.name(), row.opinion()))
			.toList();
		String agreed = form.get("agreed");
		if (!"true".equals(agreed) && !"false".equals(agreed)) {
			throw new RuleViolation("REVIEW_DISCUSSION_INVALID", "请选择讨论结论是否同意按送审内容作出决定");
		}
		return new Discussion(date(form.get("date"), "讨论日期"), form.get("place"), form.get("presider"),
				opinions.stream().map(Discussion.Opinion::name).toList(), form.get("recorder"), opinions,
				form.get("conclusion"), Boolean.parseBoolean(agreed));
	}

	private static LocalDate date(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation("REVIEW_DATE_INVALID", "请填写" + what);
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("REVIEW_DATE_INVALID", what + "格式不正确，请按“年-月-日”填写");
		}
	}

	/** Names separated by commas, 顿号 or spaces. */
	static List<String> names(String value) {
		return (value == null) ? List.of()
				: Arrays.stream(value.split("[,，、;；\\s]+")).filter((name) -> !name.isBlank()).toList();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String message) {
		if (value != null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value)) {
					return constant;
				}
			}
		}
		throw new RuleViolation("REVIEW_CHOICE_MISSING", message);
	}

}
