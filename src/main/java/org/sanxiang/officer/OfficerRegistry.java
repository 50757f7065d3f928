package org.sanxiang.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.AccessRefused;
import org.sanxiang.core.LikePattern;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of enforcement officers. Every read is limited to the caller's agencies
 * (data scope); a request for an officer outside it is answered as not found and audited
 * as refused. Every change is audited.
 */
@Service
public class OfficerRegistry {

	private final OfficerRepository officers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	OfficerRegistry(OfficerRepository officers, ApplicationEventPublisher events, Clock clock, BusinessTime time,
			JdbcClient jdbc) {
		this.officers = officers;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.time = time;
	}

	public List<Officer> within(Set<Long> agencyIds, String query) {
		if (query == null || query.isBlank()) {
			return this.officers.findWithin(agencyIds);
		}
		return this.officers.searchWithin(agencyIds, LikePattern.containing(query));
	}

	/** One page of {@link #within}, sorted by a column of {@link #SORTABLE}. */
	public ResultPage<Officer> page(Set<Long> agencyIds, String query, Paging.Params params) {
		Paging paging = Paging.of(params, "name", false, SORTABLE);
		return paging.slice(within(agencyIds, query), ORDERS);
	}

	/** The sortable columns of the officers' list, with their Chinese names. */
	public static final Map<String, String> SORTABLE = Map.of("name", "姓名", "certificateNumber", "执法证号", "validTo",
			"有效期至", "status", "状态");

	private static final Comparator<Officer> BY_ID = Comparator.comparing(Officer::id);

	private static final Map<String, Comparator<Officer>> ORDERS = Map.of("name",
			Comparator.comparing(Officer::name, Collator.getInstance(Locale.CHINA)).thenComparing(BY_ID),
			"certificateNumber", Comparator.comparing(Officer::certificateNumber).thenComparing(BY_ID), "validTo",
			Comparator.comparing(Officer::validTo).thenComparing(BY_ID), "status",
			Comparator.comparing((Officer o) -> o.status().ordinal()).thenComparing(BY_ID));

	public Officer officer(long id, Set<Long> agencyIds) {
		Optional<Officer> found = this.officers.findById(id);
		if (found.isPresent() && agencyIds.contains(found.get().agencyId())) {
			return found.get();
		}
		if (found.isPresent()) {
			this.events.publishEvent(
					new AccessRefused("OFFICER_READ_REFUSED", "Officer", String.valueOf(id), "outside data scope"));
		}
		throw RuleViolation.notFound("执法人员");
	}

	/**
	 * Public credential check (执法证查询): anyone may ask whether a certificate number is
	 * valid today.
	 */
	public Optional<Officer> byCertificateNumber(String certificateNumber) {
		if (certificateNumber == null || !certificateNumber.matches("[0-9A-Z]{8,20}")) {
			return Optional.empty();
		}
		return this.officers.findByCertificateNumber(certificateNumber);
	}

	/**
	 * Whether the account is linked to an officer whose legal-reviewer qualification is
	 * on record and entitles review (行政处罚法 第五十八条第二款).
	 */
	public boolean isQualifiedReviewer(long accountId) {
		return this.officers.findByAccountId(accountId)
			.stream()
			.anyMatch((o) -> o.isLegalReviewer() && o.legalQualification().entitlesReview());
	}

	/**
	 * The certificate numbers (执法证号) of the officers the account is linked to: an
	 * officer's acts name them, so a reviewer who acted in a case is recognised by them.
	 */
	public java.util.Set<String> certificatesOfAccount(long accountId) {
		return this.officers.findByAccountId(accountId)
			.stream()
			.map(Officer::certificateNumber)
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * The 法律职业资格证书 number on record for a legal reviewer's account, if any (printed on
	 * the 法制审核意见书).
	 */
	public Optional<String> legalCertificateOfAccount(long accountId) {
		return this.officers.findByAccountId(accountId)
			.stream()
			.filter(Officer::isLegalReviewer)
			.map((officer) -> officer.legalQualification().certificateNumber())
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/** At most this many agencies' shares are shown at once. */
	public static final int MAX_SHARES = 100;

	/**
	 * The share of legal reviewers among enforcement officers for each agency in scope
	 * that has officers (国办发〔2018〕118号: ≥ 5 %), counted in the database, at most
	 * {@link #MAX_SHARES} agencies. Staffing data only, no case content.
	 */
	public List<ReviewerShare> reviewerShares(Set<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select agency_id,
					       sum(case when legal_first_review_date is not null
					                 and (legal_certificate_number is not null or legal_first_review_date < :certificateFrom)
					                then 1 else 0 end) as reviewers,
					       sum(case when status = 'VALID' and valid_from <= :today and valid_to >= :today
					                then 1 else 0 end) as officers
					from officer where agency_id in (:agencyIds)
					group by agency_id order by agency_id
					""")
			.param("certificateFrom", LegalQualification.CERTIFICATE_REQUIRED_FROM)
			.param("today", today())
			.param("agencyIds", agencyIds)
			.query((rs, n) -> new ReviewerShare(rs.getLong("agency_id"), rs.getLong("reviewers"),
					rs.getLong("officers")))
			.list()
			.stream()
			.limit(MAX_SHARES)
			.toList();
	}

	public LocalDate today() {
		return this.time.today();
	}

	public List<Officer> expiringWithin(Set<Long> agencyIds, int days) {
		return this.officers.findExpiringWithin(agencyIds, today().plusDays(days));
	}

	@Transactional
	public Officer register(long agencyId, String name, String certificateNumber, String issuingAuthority,
			LocalDate validFrom, LocalDate validTo, Set<Long> agencyIds) {
		if (!agencyIds.contains(agencyId)) {
			throw RuleViolation.notFound("执法主体");
		}
		if (this.officers.findByCertificateNumber(certificateNumber).isPresent()) {
			throw new RuleViolation("CERTIFICATE_NUMBER_TAKEN", "执法证号" + certificateNumber + "已登记");
		}
		return this.officers
			.save(Officer.register(agencyId, name, certificateNumber, issuingAuthority, validFrom, validTo));
	}

	@Transactional
	public Officer correct(long id, int expectedVersion, String name, String issuingAuthority, LocalDate validFrom,
			LocalDate validTo, Set<Long> agencyIds) {
		Officer officer = loadForChange(id, expectedVersion, agencyIds);
		officer.correct(name, issuingAuthority, validFrom, validTo);
		return this.officers.save(officer);
	}

	@Transactional
	public Officer changeStatus(long id, int expectedVersion, OfficerStatus status, Set<Long> agencyIds) {
		Officer officer = loadForChange(id, expectedVersion, agencyIds);
		officer.changeStatus(status);
		return this.officers.save(officer);
	}

	@Transactional
	public Officer qualifyAsReviewer(long id, int expectedVersion, LegalQualification qualification,
			Set<Long> agencyIds) {
		Officer officer = loadForChange(id, expectedVersion, agencyIds);
		officer.qualifyAsReviewer(qualification);
		return this.officers.save(officer);
	}

	@Transactional
	public Officer linkAccount(long id, Long accountId, Set<Long> agencyIds) {
		Officer officer = officer(id, agencyIds);
		officer.linkAccount(accountId);
		return this.officers.save(officer);
	}

	private Officer loadForChange(long id, int expectedVersion, Set<Long> agencyIds) {
		Officer officer = officer(id, agencyIds);
		if (officer.version() != expectedVersion) {
			throw RuleViolation.conflict("该执法人员信息已被他人修改，请刷新后重试");
		}
		return officer;
	}

	/** The officers the account is linked to (usually one), in any agency. */
	public List<Officer> ofAccount(long accountId) {
		return this.officers.findByAccountId(accountId);
	}

}
