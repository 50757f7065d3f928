package org.sanxiang.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.Unavailable;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The documents of the demo record — the inspection {@value #OWNER_ID} of 牡丹江, whose
 * evidence the evidence module's demo registers — issued through the real path on start:
 * its 现场检查笔录 and 责令改正违法行为决定书, so that its 案卷 export holds documents and evidence. Each is
 * issued only if the record has no document of its type yet, in the name of
 * {@code demo-head} (the history of {@link DemoDocuments} counts demo-officer's).
 */
@Component
@Order(41)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.record", havingValue = "true", matchIfMissing = true)
class DemoRecordDocuments implements ApplicationRunner {

	static final String OWNER_KIND = "INSPECTION";

	/** The demo inspection, named alike by the evidence module's demo. */
	static final String OWNER_ID = "MDJ-2026-JC-001";

	private static final List<String> TYPES = List.of("SITE_INSPECTION_RECORD", "RECTIFICATION_ORDER");

	private static final Logger log = LoggerFactory.getLogger(DemoRecordDocuments.class);

	private final Documents documents;

	private final DocumentTypes types;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	DemoRecordDocuments(Documents documents, DocumentTypes types, AgencyDirectory agencies, JdbcClient jdbc) {
		this.documents = documents;
		this.types = types;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	/** A failure is logged, not raised: the demo never stops the application starting. */
	@Override
	public void run(ApplicationArguments args) {
		try {
			issueAll();
		}
		catch (RuntimeException ex) {
			log.warn("Demo record: {}", ex.getMessage());
		}
	}

	void issueAll() {
		Agency agency = this.agencies.all().stream().filter((a) -> a.code().equals("HLJ-MDJ")).findFirst().orElse(null);
		if (agency == null) {
			return;
		}
		DemoDocuments.DemoActor officer = new DemoDocuments.DemoActor("demo-head", agency.id(), agency.path());
		Set<Long> scope = Set.of(agency.id());
		Document.Owner owner = new Document.Owner(OWNER_KIND, OWNER_ID);
		int issued = 0;
		for (String code : TYPES) {
			if (has(code)) {
				continue;
			}
			Map<String, Object> values = new HashMap<>(Samples.of(this.types.get(code)));
			Document draft = this.documents.draft(code, values, null, owner, null, officer, scope);
			issue(draft, officer, scope);
			issued++;
		}
		if (issued > 0) {
			log.info("Demo record {} {}: {} documents issued", OWNER_KIND, OWNER_ID, issued);
		}
	}

	/**
	 * Issues the draft, waiting while the render queue is full (the demo history fills
	 * it).
	 */
	private void issue(Document draft, DemoDocuments.DemoActor actor, Set<Long> scope) {
		for (int attempt = 0;; attempt++) {
			try {
				this.documents.issue(draft.id(), draft.version(), actor, scope);
				return;
			}
			catch (Unavailable ex) {
				if (attempt > 100) {
					throw ex;
				}
				try {
					Thread.sleep(ex.retryAfter().map(java.time.Duration::toMillis).orElse(1000L));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	private boolean has(String type) {
		return this.jdbc
			.sql("select count(*) from document where owner_kind = :kind and owner_id = :id and type_code = :type"
					+ " and status <> 'DRAFT'")
			.param("kind", OWNER_KIND)
			.param("id", OWNER_ID)
			.param("type", type)
			.query(Long.class)
			.single() > 0;
	}

}
