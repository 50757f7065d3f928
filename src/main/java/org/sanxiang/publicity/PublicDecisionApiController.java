package org.sanxiang.publicity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of the published decisions: a searchable, paged list, one decision
 * (PUBLISHED, WITHDRAWN with its reason, EXPIRED), CSV and an Atom feed — all from the
 * approved redacted copy, with cache headers; every parameter checked (400, Chinese
 * problem detail).
 */
@RestController
@Tag(name = "decisions", description = "公示的行政执法决定（open data of the published enforcement decisions；无需登录，仅经审核的脱敏文本）")
class PublicDecisionApiController {

	private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(300, TimeUnit.SECONDS).cachePublic();

	private final Publications publications;

	private final BusinessTime time;

	private final String baseUrl;

	private final String agencyName;

	private final CreditRecords credit;

	PublicDecisionApiController(Publications publications, BusinessTime time,
			@Value("${sanxiang.public-base-url}") String baseUrl, @Value("${sanxiang.agency-name}") String agencyName,
			CreditRecords credit) {
		this.credit = credit;
		this.publications = publications;
		this.time = time;
		this.baseUrl = baseUrl;
		this.agencyName = agencyName;
	}

	@Operation(summary = "检索公示的执法决定（search the published decisions）",
			description = "按关键词、类型、执法机关、决定日期、状态及双公示字段检索，按决定日期由新到旧分页；"
					+ "命中超过 10,000 件时 total 为 10,000 且 totalCapped 为 true（显示为“10,000+”）。参数有误时返回 400 问题详情（中文）。")
	@GetMapping("/api/v1/public/decisions")
	ResponseEntity<Page> list(@ParameterObject DecisionQuery query) {
		Publications.SearchResult result = search(query);
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.body(new Page(decisions(result), result.total(), result.page(), result.size(), result.totalCapped()));
	}

	@Operation(summary = "一件公示的执法决定（one published decision）",
			description = "状态 PUBLISHED 时含公示文本与双公示字段；WITHDRAWN 时含撤回理由、日期及替代决定；EXPIRED 时仅留公示期满日期。未公示的返回 404。")
	@GetMapping("/api/v1/public/decisions/{id}")
	ResponseEntity<PublicDecision> one(
			@Parameter(description = "公示编号（public id of the publication），见检索结果的 id") @PathVariable("id") String id) {
		Publication publication = this.publications.publicly(id).orElseThrow(() -> RuleViolation.notFound("公示的执法决定"));
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.body(PublicDecision.of(publication, this.publications.publicIdOf(publication.replacedBy()).orElse(null),
					this.credit.of(publication.id()).orElse(null)));
	}

	@Operation(summary = "检索结果的 CSV（the search as CSV, UTF-8）", description = "参数与检索相同，导出当前页。")
	@GetMapping("/api/v1/public/decisions.csv")
	ResponseEntity<byte[]> csv(@ParameterObject DecisionQuery query) {
		Publications.SearchResult result = search(query);
		return csv("行政执法决定公示.csv", OpenData.csv(decisions(result)));
	}

	@Operation(summary = "最新公示决定的 Atom 订阅（Atom feed of the newest decisions）",
			description = "不带参数时为最新公示的决定；参数与检索相同时，订阅该检索的结果（如 type=LICENSING 只含行政许可决定）。")
	@GetMapping("/api/v1/public/decisions/feed")
	ResponseEntity<String> feed(@ParameterObject DecisionQuery query) {
		Publications.SearchResult result = search(query);
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
			.body(OpenData.atom(decisions(result), this.baseUrl, this.agencyName, this.time.zone()));
	}

	/**
	 * The 双公示 CSV (信用中国, 行政处罚): the same search and filters, the column set of
	 * docs/publicity.md; the credit fields only for what is published.
	 */
	@Operation(summary = "行政处罚双公示 CSV（信用中国 column set, UTF-8）", description = "参数与检索相同；双公示字段仅对公示中的决定给出，自然人姓名已脱敏。")
	@GetMapping("/api/v1/public/decisions/credit.csv")
	ResponseEntity<byte[]> creditCsv(@ParameterObject DecisionQuery query) {
		Publications.SearchResult result = search(query);
		return csv("行政处罚双公示.csv", OpenData.creditCsv(decisions(result)));
	}

	/**
	 * The 双公示 CSV of licensing decisions (信用中国, 行政许可): the same search and filters (only
	 * licensing decisions), the column set of docs/publicity.md; withdrawn ones with
	 * their 当前状态 and reason.
	 */
	@Operation(summary = "行政许可双公示 CSV（信用中国 licensing column set, UTF-8）",
			description = "参数与检索相同，只含行政许可决定；自然人姓名已脱敏，撤回的决定给出当前状态（撤销、撤回、吊销、注销）与撤回理由。")
	@GetMapping("/api/v1/public/decisions/licensing.csv")
	ResponseEntity<byte[]> licensingCsv(@ParameterObject DecisionQuery query) {
		Publications.SearchResult result = this.publications.search(
				PublicSearch.parse(query.q(), "LICENSING", query.agency(), query.from(), query.to(), query.status(),
						query.page(), query.size()),
				CreditSearch.parse(query.party(), query.creditCode(), query.number()));
		return csv("行政许可双公示.csv", OpenData.licensingCsv(decisions(result)));
	}

	private Publications.SearchResult search(DecisionQuery query) {
		return this.publications.search(
				PublicSearch.parse(query.q(), query.type(), query.agency(), query.from(), query.to(), query.status(),
						query.page(), query.size()),
				CreditSearch.parse(query.party(), query.creditCode(), query.number()));
	}

	private static ResponseEntity<byte[]> csv(String fileName, String body) {
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The query parameters of the list and both CSVs, all optional and taken as text:
	 * {@link PublicSearch} and {@link CreditSearch} check them (400 in Chinese).
	 */
	record DecisionQuery(@Parameter(description = "关键词（full text over the published title and text），至少 2 个字") String q,
			@Parameter(description = "决定类型（decision type）：PENALTY 行政处罚决定、LICENSING 行政许可决定、OTHER 其他执法决定") String type,
			@Parameter(description = "执法机关编号（agency id），见 /api/v1/public/agencies") String agency,
			@Parameter(description = "决定日期起（decided on or after），YYYY-MM-DD") String from,
			@Parameter(description = "决定日期止（decided on or before），YYYY-MM-DD") String to,
			@Parameter(description = "状态（status）：PUBLISHED 公示中、WITHDRAWN 已撤回、EXPIRED 公示期满") String status,
			@Parameter(description = "页码（page），从 0 起") String page,
			@Parameter(description = "每页条数（page size），1–100，默认 20") String size,
			@Parameter(description = "行政相对人名称（party name，双公示）") String party,
			@Parameter(description = "统一社会信用代码（credit code，双公示）") String creditCode,
			@Parameter(description = "决定书文号（document number，双公示）") String number) {
	}

	private List<PublicDecision> decisions(Publications.SearchResult result) {
		java.util.Map<Long, CreditFields> fields = this.credit
			.of(result.items().stream().map(Publication::id).toList());
		return result.items().stream().map((p) -> PublicDecision.of(p, null, fields.get(p.id()))).toList();
	}

	/**
	 * A page of decisions with the total; beyond {@value Publications#COUNT_CAP} matches
	 * the total is that cap and {@code totalCapped} is true (shown as "10,000+").
	 */
	@Schema(description = "一页检索结果（a page of decisions）")
	record Page(@Schema(description = "本页的决定（the decisions of this page）") List<PublicDecision> items,
			@Schema(description = "命中总数（total matches），超过 10,000 时为 10,000") long total,
			@Schema(description = "页码（page），从 0 起") int page, @Schema(description = "每页条数（page size）") int size,
			@Schema(description = "命中超过 10,000 件（the total is a lower bound, shown as 10,000+）") boolean totalCapped) {
	}

}
