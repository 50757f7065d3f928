package org.sanxiang.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.Unavailable;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartyKind;
import org.sanxiang.subject.PartySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo documents, issued through the real path (number, PDF, blob, ledger) on first
 * start: one of every type for 牡丹江, a few drafts, a voided decision and its correction;
 * then, in the background, a history of issued documents across the demo agencies so the
 * ledger holds a few thousand entries with signed checkpoints taken as it grows.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "sanxiang.demo.documents", havingValue = true, matchIfMissing = true)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "sanxiang.demo.enabled",
		havingValue = "true")
class DemoDocuments implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private static final List<String> PARTIES = List.of("牡丹江市某某化工有限公司", "牡丹江某某热电有限公司", "海林市某某木业有限公司", "牡丹江市某某造纸有限责任公司",
			"宁安市某某食品有限公司", "牡丹江某某水泥有限公司", "哈尔滨某某制药有限公司", "哈尔滨市某某印染厂", "穆棱市某某石材加工厂", "东宁市某某畜禽养殖场");

	private static final List<String> HISTORY_TYPES = List.of("RECTIFICATION_ORDER", "PENALTY_NOTICE",
			"SERVICE_RECEIPT", "PENALTY_DECISION", "SITE_INSPECTION_RECORD", "INQUIRY_RECORD", "CASE_CLOSING_APPROVAL");

	private static final List<String> DRAFTS = List.of("FILING_APPROVAL", "INQUIRY_RECORD", "PENALTY_NOTICE");

	private static final String VOID_REASON = "当事人住所门牌号有误（应为88号），作废后重新制作";

	private final Documents documents;

	private volatile boolean stopping;

	private volatile Thread worker;

	private final DocumentTypes types;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	private final int history;

	private final PartyRegistry parties;

	DemoDocuments(Documents documents, DocumentTypes types, AgencyDirectory agencies, JdbcClient jdbc,
			PartyRegistry parties, @Value("${sanxiang.demo.document-history:2000}") int history) {
		this.parties = parties;
		this.documents = documents;
		this.types = types;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.history = history;
	}

	/** Carries the picked party's id beside the values until the draft is made. */
	private static final String PARTY_ID = "__partyId";

	record DemoActor(String username, long agencyId, String agencyPath) implements Actor {
	}

	@Override
	public void run(ApplicationArguments args) {
		Agency mudanjiang = agency("HLJ-MDJ");
		if (mudanjiang == null
				|| (issuedBy("demo-officer") >= examplesIssued() + this.history && examplesComplete(mudanjiang))) {
			return;
		}
		this.worker = new Thread(() -> {
			try {
				issueExamples(mudanjiang);
				issueHistory();
			}
			catch (RuntimeException ex) {
				if (!this.stopping) {
					log.warn("Demo documents stopped: {}", ex.getMessage());
				}
			}
		}, "demo-documents");
		this.worker.setDaemon(true);
		this.worker.setPriority(Thread.MIN_PRIORITY);
		this.worker.start();
	}

	/**
	 * Lets the worker finish the document in hand and stop before the database closes, so
	 * that stopping the application during the first start logs no stack trace; the next
	 * start resumes where this one stopped.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		Thread running = this.worker;
		if (running != null && running.isAlive()) {
			log.info("Demo documents: stopping; the next start resumes where this one stopped");
			running.join(30_000);
		}
	}

	/** Waits for the background worker, if any (tests). */
	void awaitFinished() throws InterruptedException {
		Thread running = this.worker;
		if (running != null) {
			running.join(300_000);
		}
	}

	/**
	 * Each step is done only if its result is not there yet: an interrupted first start
	 * (or one stopped on purpose) resumes where it stopped instead of leaving the demo
	 * half-built.
	 */
	private void issueExamples(Agency agency) {
		DemoActor officer = new DemoActor("demo-officer", agency.id(), agency.path());
		Set<Long> scope = Set.of(agency.id());
		List<PartySummary> local = partiesOf(agency);
		int issued = 0;
		for (DocumentType type : this.types.all()) {
			if (!this.stopping && count(agency, type.code(), "ISSUED") == 0) {
				Map<String, Object> sample = Samples.of(type);
				Map<String, Object> values = OnTheSpotLimit.TYPE.equals(type.code())
						? forPerson(sample, personsOf(agency))
						: forParty(type, sample, local, sampleParty(sample, local));
				issue(type.code(), values, officer, scope);
				issued++;
			}
		}
		DocumentType decision = this.types.get("PENALTY_DECISION");
		if (!this.stopping && count(agency, decision.code(), "VOIDED") == 0) {
			Map<String, Object> wrongAddress = forParty(decision, Samples.of(decision), local, 1);
			wrongAddress.put("partyAddress", "黑龙江省牡丹江市阳明区某某工业园区某某路8号");
			Document voided = issue(decision.code(), wrongAddress, officer, scope);
			this.documents.voidDocument(voided.id(), VOID_REASON, officer, scope);
		}
		Long voidedId = this.jdbc.sql(
				"select min(id) from document where agency_id = :agency and status = 'VOIDED' and void_reason = :reason")
			.param("agency", agency.id())
			.param("reason", VOID_REASON)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (!this.stopping && voidedId != null
				&& this.jdbc.sql("select count(*) from document where corrects_id = :id")
					.param("id", voidedId)
					.query(Long.class)
					.single() == 0) {
			Document correction = this.documents.correction(voidedId, officer, scope);
			Map<String, Object> corrected = forParty(decision, Samples.of(decision), local, 1);
			corrected.remove(PARTY_ID);
			this.documents.save(correction.id(), corrected, correction.version(), officer, scope);
		}
		for (String code : DRAFTS) {
			if (!this.stopping && count(agency, code, "DRAFT") == 0) {
				Map<String, Object> draft = new java.util.HashMap<>(Samples.of(this.types.get(code)));
				if (draft.containsKey("partyName")) {
					draft.put("partyName", PARTIES.get(4));
				}
				this.documents.draft(code, draft, null, officer, scope);
			}
		}
		if (issued > 0 && !this.stopping) {
			log.info(
					"Demo documents: {} document types issued for {}, with drafts, a voided decision and its correction",
					issued, agency.name());
		}
	}

	private boolean examplesComplete(Agency agency) {
		return this.types.all().stream().allMatch((type) -> count(agency, type.code(), "ISSUED") > 0)
				&& count(agency, "PENALTY_DECISION", "VOIDED") > 0
				&& DRAFTS.stream().allMatch((code) -> count(agency, code, "DRAFT") > 0);
	}

	private long count(Agency agency, String type, String status) {
		return this.jdbc
			.sql("select count(*) from document where agency_id = :agency and type_code = :type and status = :status")
			.param("agency", agency.id())
			.param("type", type)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	/** Documents issued (and perhaps since voided) in the demo officer's name. */
	private long issuedBy(String username) {
		return this.jdbc.sql("select count(*) from document where status <> 'DRAFT' and created_by = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	/**
	 * The examples issue one document of every type and one decision that is then voided.
	 */
	private long examplesIssued() {
		return this.types.all().size() + 1;
	}

	private void issueHistory() {
		List<Agency> demoAgencies = new ArrayList<>();
		for (String code : List.of("HLJ-MDJ", "HLJ-MDJ-HL", "HLJ-HRB")) {
			Agency agency = agency(code);
			if (agency != null) {
				demoAgencies.add(agency);
			}
		}
		Map<Long, List<PartySummary>> local = new java.util.HashMap<>();
		int done = (int) Math.max(0, Math.min(this.history, issuedBy("demo-officer") - examplesIssued()));
		if (done > 0 && done < this.history) {
			log.info("Demo documents: resuming the history at {} of {}", done, this.history);
		}
		for (int i = done; i < this.history && !this.stopping; i++) {
			Agency agency = demoAgencies.get(i % demoAgencies.size());
			DocumentType type = this.types.get(HISTORY_TYPES.get(i % HISTORY_TYPES.size()));
			Map<String, Object> values = forParty(type, Samples.of(type),
					local.computeIfAbsent(agency.id(), (id) -> partiesOf(agency)), i / demoAgencies.size());
			issue(type.code(), values, new DemoActor("demo-officer", agency.id(), agency.path()), Set.of(agency.id()));
			if ((i + 1) % 500 == 0) {
				log.info("Demo documents: {} of {} historical documents issued", i + 1, this.history);
			}
		}
	}

	/** Names one of the agency's demo parties (一企一档 then lists the document). */
	/**
	 * The agency's demo party the sample names (the samples are several cases: the 不予处罚
	 * decision is a paper mill's, the instalments a heat plant's), or the first one.
	 */
	private static int sampleParty(Map<String, Object> sample, List<PartySummary> parties) {
		for (int i = 0; i < parties.size(); i++) {
			if (parties.get(i).name().equals(sample.get("partyName"))) {
				return i;
			}
		}
		return 0;
	}

	private static Map<String, Object> forParty(DocumentType type, Map<String, Object> sample,
			List<PartySummary> parties, int n) {
		Map<String, Object> values = new java.util.HashMap<>(sample);
		String name = parties.isEmpty() ? PARTIES.get(n % PARTIES.size()) : parties.get(n % parties.size()).name();
		String code = parties.isEmpty() ? null : parties.get(n % parties.size()).creditCode();
		if (type.field("partyName").isPresent()) {
			values.put("partyName", name);
		}
		if (code != null && type.field("partyIdentifier").isPresent()) {
			values.put("partyIdentifier", code);
		}
		if (!parties.isEmpty() && type.field("partyName").isPresent()) {
			values.put(PARTY_ID, parties.get(n % parties.size()).id());
		}
		return values;
	}

	/**
	 * The on-the-spot decision's sample is a citizen's (a fine within 第五十一条's 200 元): it
	 * names one of the agency's demo persons, with the ID number as 一企一档 shows it
	 * (masked), or keeps the sample's person where the agency has none.
	 */
	private static Map<String, Object> forPerson(Map<String, Object> sample, List<PartySummary> persons) {
		Map<String, Object> values = new java.util.HashMap<>(sample);
		if (!persons.isEmpty()) {
			PartySummary person = persons.get(0);
			values.put("partyName", person.name());
			values.put("partyIdentifier", person.idNumberMasked());
			values.put(PARTY_ID, person.id());
		}
		return values;
	}

	private List<PartySummary> personsOf(Agency agency) {
		return this.parties.search(Set.of(agency.id()), null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.kind() == PartyKind.PERSON)
			.toList();
	}

	private List<PartySummary> partiesOf(Agency agency) {
		return this.parties.search(Set.of(agency.id()), null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.creditCode() != null)
			.toList();
	}

	private Document issue(String type, Map<String, Object> values, DemoActor actor, Set<Long> scope) {
		Object partyId = values.remove(PARTY_ID);
		Document draft = this.documents.draft(type, values, (partyId instanceof Long id) ? id : null, null, actor,
				scope);
		while (true) {
			try {
				return this.documents.issue(draft.id(), draft.version(), actor, scope);
			}
			catch (Unavailable ex) {
				if (this.stopping) {
					throw ex;
				}
				// people's renders come first: when they fill the render queue, wait and
				// try again
				pause(ex.retryAfter().orElseThrow(() -> ex));
			}
		}
	}

	private static void pause(java.time.Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private Agency agency(String code) {
		return this.agencies.all().stream().filter((a) -> a.code().equals(code)).findFirst().orElse(null);
	}

}
