package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page of random inspections (双随机、一公开, 事前): each agency's current item list
 * and each draw's commitment and lists' digest, the seed once drawn, and the frozen input
 * for replay once the window ended. No names of parties or officers.
 */
@Controller
class PortalRandomInspectionController {

	static final int PAGE_SIZE = 20;

	private final ItemLists lists;

	private final Draws draws;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	private final String agencyName;

	PortalRandomInspectionController(ItemLists lists, Draws draws, AgencyDirectory agencies, BusinessTime time,
			@Value("${sanxiang.agency-name}") String agencyName) {
		this.lists = lists;
		this.draws = draws;
		this.agencies = agencies;
		this.time = time;
		this.agencyName = agencyName;
	}

	@GetMapping("/portal/random-inspections")
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0 || page > 10_000) {
			throw new RuleViolation("INVALID_PARAMETER", "页码须在 0 到 10000 之间（从 0 开始）", HttpStatus.BAD_REQUEST);
		}
		List<AgencyList> published = new ArrayList<>();
		for (Agency agency : this.agencies.all()) {
			this.lists.current(agency.id()).ifPresent((list) -> published.add(new AgencyList(agency.name(), list)));
		}
		List<DrawView> rows = this.draws.published(page, PAGE_SIZE);
		model.addAttribute("lists", published);
		model.addAttribute("draws", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("today", this.time.today());
		model.addAttribute("agencyNames",
				this.agencies.all().stream().collect(java.util.stream.Collectors.toMap(Agency::id, Agency::name)));
		model.addAttribute("agencyName", this.agencyName);
		return "inspection/portal";
	}

	/**
	 * The frozen lists of a draw whose window has ended, as their canonical bytes (the
	 * text whose SHA-256 is the digest published before the draw), so that anyone can
	 * replay the draw with the revealed seed (docs/inspection-draw.md,
	 * tools/replay-draw.py).
	 */
	@GetMapping("/portal/random-inspections/draws/{id}/lists.txt")
	ResponseEntity<byte[]> lists(@PathVariable long id) {
		String json = this.draws.replayInput(id)
			.orElseThrow(() -> new RuleViolation("NOT_FOUND", "该次抽取的名录在检查期间结束后公开", HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("draw-" + id + "-lists.txt").build().toString())
			.body(RandomDraw.canonicalBytes(DrawJson.input(json)));
	}

	/** An agency's current list. */
	record AgencyList(String agency, ItemList list) {
	}

}
