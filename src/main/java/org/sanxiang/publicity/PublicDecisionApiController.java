package org.sanxiang.publicity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;

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

	@GetMapping("/api/v1/public/decisions")
	ResponseEntity<Page> list(@ParameterObject DecisionQuery query) {
		Publications.SearchResult result = search(query);
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.body(new Page(decisions(result), result.total(), result.page(), result.size(), result.totalCapped()));
	}

	@GetMapping("/api/v1/public/decisions/{id}")
	ResponseEntity<PublicDecision> one(@PathVariable("id") String id) {
		Publication publication = this.publications.publicly(id).orElseThrow(() -> RuleViolation.notFound("公示的执法决定"));
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.body(PublicDecision.of(publication, this.publications.publicIdOf(publication.replacedBy()).orElse(null),
					this.credit.of(publication.id()).orElse(null)));
	}

	@GetMapping("/api/v1/public/decisions.csv")
	ResponseEntity<byte[]> csv(@ParameterObject DecisionQuery query) {
		Publications.SearchResult result = search(query);
		return csv("行政执法决定公示.csv", OpenData.csv(decisions(result)));
	}

	@GetMapping("/api/v1/public/decisions/feed")
	ResponseEntity<String> feed() {
		Publications.SearchResult result = this.publications.search(PublicSearch.first().withPage(0));
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
			.body(OpenData.atom(decisions(result), this.baseUrl, this.agencyName, this.time.zone()));
	}

	/**
	 * The 双公示 CSV (信用中国, 行政处罚): the same search and filters, the column set of
	 * docs/publicity.md; the credit fields only for what is published.
	 */
	@GetMapping("/api/v1/public/decisions/credit.csv")
	ResponseEntity<byte[]> creditCsv(@ParameterObject DecisionQuery query) {
		Publications.SearchResult result = search(query);
		return csv("行政处罚双公示.csv", OpenData.creditCsv(decisions(result)));
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
	record DecisionQuery(String q, String type, String agency, String from, String to, String status, String page,
			String size, String party, String creditCode, String number) {
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
	record Page(List<PublicDecision> items, long total, int page, int size, boolean totalCapped) {
	}

}
