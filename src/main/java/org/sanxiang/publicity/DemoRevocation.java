package org.sanxiang.publicity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.casefile.Cases;
import org.sanxiang.casefile.PenaltyCase;
import org.sanxiang.casefile.Remedy;
import org.sanxiang.casefile.Stage;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.Unavailable;
import org.sanxiang.document.Document;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's decision revoked on 复议, seen from the portal: for each case of the demo
 * agency whose 行政复议 is pending (the casefile demo leaves one so), once its decision's
 * publication is there ({@code DecisionIssued} is handled after the case's transaction,
 * so it is awaited a while) demo-publisher approves the proposed redacted copy, and the
 * outcome 撤销 is then recorded on the case through {@link Cases} with the 复议决定书 as
 * received — a 送达回证, the document module having no type for a document received from
 * outside. {@code DecisionRevoked} then withdraws the publication, which the portal shows
 * as withdrawn with the reason. Made once: a revoked case has no pending 复议 any more.
 */
@Component
@Order(62)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.cases", havingValue = "true", matchIfMissing = true)
class DemoRevocation implements ApplicationRunner {

	static final String AGENCY_CODE = "HLJ-MDJ";

	static final String REASON = "复议机关认为，原处罚决定认定的超标排放事实所依据的监测报告采样程序不符合技术规范，认定事实不清、证据不足，决定予以撤销";

	/** How many days after its decision the demo's publisher has published a decision. */
	static final int PUBLISHED_AFTER = 20;

	private static final Logger log = LoggerFactory.getLogger(DemoRevocation.class);

	private final Cases cases;

	private final Publications publications;

	private final Documents documents;

	private final DocumentTypes types;

	private final AgencyDirectory agencies;

	private final UserDetailsService users;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final TransactionTemplate own;

	private final Duration wait;

	DemoRevocation(Cases cases, Publications publications, Documents documents, DocumentTypes types,
			AgencyDirectory agencies, UserDetailsService users, BusinessTime time, JdbcClient jdbc,
			PlatformTransactionManager transactions, @Value("${sanxiang.demo.publication-wait:PT30S}") Duration wait) {
		this.cases = cases;
		this.publications = publications;
		this.documents = documents;
		this.types = types;
		this.agencies = agencies;
		this.users = users;
		this.time = time;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.wait = wait;
	}

	@Override
	public void run(ApplicationArguments args) {
		Agency agency = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals(AGENCY_CODE))
			.findFirst()
			.orElse(null);
		if (agency == null) {
			return;
		}
		SanxiangPrincipal officer = principal("demo-officer");
		for (Cases.CaseSummary summary : this.cases.page(officer, Stage.SERVED, new Paging(0, 100, "updated", true))
			.items()) {
			try {
				PenaltyCase kase = this.cases.caseOf(summary.id(), officer);
				if (kase.remedies().stream().anyMatch((r) -> r.pending() && r.kind() == Remedy.Kind.REVIEW)) {
					revoke(kase, agency, officer);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Demo 复议撤销 {}: {}", summary.title(), ex.getMessage());
			}
		}
		publishOlder(agency, officer);
	}

	/**
	 * The demo's older decisions published, as the publisher would have done by now: the
	 * publication of each decision of the agency made {@link #PUBLISHED_AFTER} or more
	 * days ago is approved with its proposed copy (late: the report's timeliness shows
	 * it), so that the portal has published decisions; the newer ones stay on the
	 * publisher's board, one of them overdue.
	 */
	private void publishOlder(Agency agency, SanxiangPrincipal officer) {
		Set<Long> scope = Set.of(agency.id());
		LocalDate before = this.time.today().minusDays(PUBLISHED_AFTER);
		for (Cases.CaseSummary summary : this.cases.page(officer, null, new Paging(0, 100, "updated", true)).items()) {
			try {
				PenaltyCase kase = this.cases.caseOf(summary.id(), officer);
				if (kase.decidedOn() == null || kase.decidedOn().isAfter(before) || kase.revokedOn() != null) {
					continue;
				}
				Long id = awaitPublication(kase.id());
				Publication publication = (id != null) ? this.publications.get(id, scope) : null;
				if (publication != null && publication.status() == Publication.Status.PENDING) {
					this.publications.approve(id, publication.version(), publication.proposedTitle(),
							publication.proposedText(), "demo-publisher", scope);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Demo 公示 {}: {}", summary.title(), ex.getMessage());
			}
		}
	}

	private void revoke(PenaltyCase kase, Agency agency, SanxiangPrincipal officer) {
		Set<Long> scope = Set.of(agency.id());
		Long id = awaitPublication(kase.id());
		if (id == null) {
			log.info("Demo 复议撤销 {}: the decision's publication is not there yet; done at a later start", kase.title());
			return;
		}
		Publication publication = this.publications.get(id, scope);
		if (publication.status() == Publication.Status.PENDING) {
			this.publications.approve(id, publication.version(), publication.proposedTitle(),
					publication.proposedText(), "demo-publisher", scope);
		}
		LocalDate today = this.time.today();
		long ruling = issued(kase, today, officer);
		this.transaction.executeWithoutResult((status) -> this.cases.recordRemedyOutcome(kase.id(), today,
				Remedy.Outcome.REVOKED, null, REASON, ruling, officer));
		log.info("Demo: the decision of {} published and revoked on 复议", kase.title());
	}

	private Long awaitPublication(long caseId) {
		// a wall-clock wait for the listener, not a business time (the clock may stand
		// still)
		long until = System.nanoTime() + this.wait.toNanos();
		while (true) {
			Long id = this.jdbc.sql("select id from publicity_publication where case_id = :case and origin = 'ISSUED'")
				.param("case", caseId)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (id != null || System.nanoTime() - until > 0) {
				return id;
			}
			pause(Duration.ofMillis(200));
		}
	}

	/** The 送达回证 of the 行政复议决定书 served on the agency, as a document of the case. */
	private long issued(PenaltyCase kase, LocalDate on, SanxiangPrincipal officer) {
		Map<String, Object> values = new HashMap<>();
		this.types.get("SERVICE_RECEIPT").fields().forEach((f) -> values.put(f.name(), f.sample()));
		String time = on.getYear() + "年" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日9时30分";
		values.put("caseName", kase.title());
		values.put("recipientName", this.agencies.agency(kase.agencyId()).name());
		values.put("serviceAddress", this.agencies.agency(kase.agencyId()).name());
		values.put("servedDocuments", List.of(Map.of("documentName", "行政复议决定书", "documentNumber",
				"牡府复决〔" + on.getYear() + "〕17号", "serviceTime", time, "serviceMethod", "直接送达", "signer", "法制审核科")));
		values.put("servers", "牡丹江市人民政府行政复议机构");
		values.put("remarks", "行政复议决定：撤销本机关作出的行政处罚决定。");
		Set<Long> scope = Set.of(officer.agencyId());
		Document.Owner owner = new Document.Owner("CASE", Long.toString(kase.id()));
		for (int attempt = 1;; attempt++) {
			try {
				return this.own.execute((status) -> {
					Document draft = this.documents.draft("SERVICE_RECEIPT", values, null, owner, null, officer, scope);
					return this.documents.issue(draft.id(), draft.version(), officer, scope).id();
				});
			}
			catch (Unavailable ex) {
				// the background demo documents fill the render queue: wait for a turn
				if (attempt >= 30) {
					throw ex;
				}
				pause(ex.retryAfter().orElse(Duration.ofSeconds(1)));
			}
		}
	}

	private static void pause(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private SanxiangPrincipal principal(String username) {
		return (SanxiangPrincipal) this.users.loadUserByUsername(username);
	}

}
