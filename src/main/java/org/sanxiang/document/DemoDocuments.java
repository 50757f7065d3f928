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
import org.sanxiang.subject.PartySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
class DemoDocuments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private static final List<String> PARTIES = List.of("牡丹江市某某化工有限公司", "牡丹江某某热电有限公司", "海林市某某木业有限公司", "牡丹江市某某造纸有限责任公司",
			"宁安市某某食品有限公司", "牡丹江某某水泥有限公司", "哈尔滨某某制药有限公司", "哈尔滨市某某印染厂", "穆棱市某某石材加工厂", "东宁市某某畜禽养殖场");

	private static final List<String> HISTORY_TYPES = List.of("RECTIFICATION_ORDER", "PENALTY_NOTICE",
			"SERVICE_RECEIPT", "PENALTY_DECISION", "SITE_INSPECTION_RECORD", "INQUIRY_RECORD", "CASE_CLOSING_APPROVAL");

	private final Documents documents;

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

	record DemoActor(String username, long agencyId, String agencyPath) implements Actor {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from document").query(Long.class).single() > 0) {
			return;
		}
		Agency mudanjiang = agency("HLJ-MDJ");
		if (mudanjiang == null) {
			return;
		}
		Thread worker = new Thread(() -> {
			try {
				issueExamples(mudanjiang);
				issueHistory();
			}
			catch (RuntimeException ex) {
				log.warn("Demo documents stopped: {}", ex.getMessage());
			}
		}, "demo-documents");
		worker.setDaemon(true);
		worker.setPriority(Thread.MIN_PRIORITY);
		worker.start();
	}

	private void issueExamples(Agency agency) {
		DemoActor officer = new DemoActor("demo-officer", agency.id(), agency.path());
		Set<Long> scope = Set.of(agency.id());
		List<PartySummary> local = partiesOf(agency);
		for (DocumentType type : this.types.all()) {
			issue(type.code(), forParty(type, Samples.of(type), local, 0), officer, scope);
		}
		DocumentType decision = this.types.get("PENALTY_DECISION");
		Map<String, Object> wrongAddress = forParty(decision, Samples.of(decision), local, 1);
		wrongAddress.put("partyAddress", "黑龙江省牡丹江市阳明区某某工业园区某某路8号");
		Document voided = issue(decision.code(), wrongAddress, officer, scope);
		this.documents.voidDocument(voided.id(), "当事人住所门牌号有误（应为88号），作废后重新制作", officer, scope);
		Document correction = this.documents.correction(voided.id(), officer, scope);
		this.documents.save(correction.id(), forParty(decision, Samples.of(decision), local, 1), correction.version(),
				officer, scope);
		for (String code : List.of("FILING_APPROVAL", "INQUIRY_RECORD", "PENALTY_NOTICE")) {
			Map<String, Object> draft = new java.util.HashMap<>(Samples.of(this.types.get(code)));
			if (draft.containsKey("partyName")) {
				draft.put("partyName", PARTIES.get(4));
			}
			this.documents.draft(code, draft, null, officer, scope);
		}
		log.info("Demo documents: {} document types issued for {}, with drafts, a voided decision and its correction",
				this.types.all().size(), agency.name());
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
		for (int i = 0; i < this.history; i++) {
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
		return values;
	}

	private List<PartySummary> partiesOf(Agency agency) {
		return this.parties.search(Set.of(agency.id()), null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.creditCode() != null)
			.toList();
	}

	private Document issue(String type, Map<String, Object> values, DemoActor actor, Set<Long> scope) {
		Document draft = this.documents.draft(type, values, null, actor, scope);
		while (true) {
			try {
				return this.documents.issue(draft.id(), draft.version(), actor, scope);
			}
			catch (Unavailable ex) {
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
