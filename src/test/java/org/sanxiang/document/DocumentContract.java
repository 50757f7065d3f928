package org.sanxiang.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.storage.BlobStore;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.identity.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issuing on a real database: numbers unique and gap-free under concurrency, the PDF
 * stored and sealed, issued documents frozen, voided numbers kept and never reused, and
 * another agency's documents out of reach. Subclasses choose the database.
 */
abstract class DocumentContract {

	@Autowired
	Documents documents;

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	DocumentTypes types;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	BlobStore blobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.sanxiang.subject.PartyRegistry parties;

	@Autowired
	org.sanxiang.subject.SubjectFile subjectFile;

	Agency mudanjiang;

	SanxiangPrincipal officer;

	Set<Long> scope;

	@BeforeEach
	void officerOfMudanjiang() {
		DocumentFontsFixture.fonts();
		this.mudanjiang = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ"))
			.findFirst()
			.orElseThrow();
		this.scope = Set.of(this.mudanjiang.id());
		this.officer = TestPrincipals.holding(Role.AGENCY_HEAD, this.mudanjiang.id(), this.mudanjiang.path(),
				this.scope);
	}

	Map<String, Object> sample(String type) {
		return new HashMap<>(Samples.of(this.types.get(type)));
	}

	int maxSeq(String category) {
		return this.jdbc.sql(
				"select coalesce(max(seq), 0) from document_number where agency_id = :a and category = :c and number_year = :y")
			.param("a", this.mudanjiang.id())
			.param("c", category)
			.param("y", LocalDate.now().getYear())
			.query(Integer.class)
			.single();
	}

	@Test
	void fiftyConcurrentIssuancesInOneCategoryTakeFiftyConsecutiveNumbers() throws Exception {
		Map<String, Object> values = sample("RECTIFICATION_ORDER");
		List<Document> drafts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			drafts.add(this.documents.draft("RECTIFICATION_ORDER", values, null, this.officer, this.scope));
		}
		int before = maxSeq("改");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Document>> issued = new ArrayList<>();
		for (Document draft : drafts) {
			issued.add(pool.submit(() -> {
				start.await();
				return this.documents.issue(draft.id(), draft.version(), this.officer, this.scope);
			}));
		}
		start.countDown();
		List<String> taken = new ArrayList<>();
		for (Future<Document> f : issued) {
			taken.add(f.get(5, TimeUnit.MINUTES).number());
		}
		pool.shutdown();
		int year = LocalDate.now().getYear();
		List<String> expected = new ArrayList<>();
		for (int seq = before + 1; seq <= before + 50; seq++) {
			expected.add("牡环改〔" + year + "〕" + seq + "号");
		}
		assertThat(taken).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(this.jdbc
			.sql("select count(*) from ledger_entry where entry_type = 'DOCUMENT_ISSUED' and subject_id in (:n)")
			.param("n", taken)
			.query(Long.class)
			.single()).isEqualTo(50);
	}

	@Test
	void issuingFreezesTheDocumentStoresItsPdfAndSealsIt() {
		Document draft = this.documents.draft("PENALTY_DECISION", sample("PENALTY_DECISION"), null, this.officer,
				this.scope);
		Document issued = this.documents.issue(draft.id(), draft.version(), this.officer, this.scope);
		assertThat(issued.status()).isEqualTo(Document.Status.ISSUED);
		assertThat(issued.number()).startsWith("牡环罚〔").endsWith("号");
		byte[] pdf = this.documents.pdf(issued);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		ContentDigests digests = ContentDigests.of(pdf);
		assertThat(digests.sha256()).isEqualTo(issued.pdfSha256());
		assertThat(digests.sm3()).isEqualTo(issued.pdfSm3());
		Map<String, Object> entry = this.jdbc.sql(
				"select content_sha256, leaf_input from ledger_entry where entry_type = 'DOCUMENT_ISSUED' and subject_id = :n")
			.param("n", issued.number())
			.query()
			.singleRow();
		assertThat(entry.get("content_sha256")).isEqualTo(issued.pdfSha256());
		assertThat((String) entry.get("leaf_input")).contains("stored: blob");

		Map<String, Object> changed = sample("PENALTY_DECISION");
		changed.put("facts", "改动后的事实");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.documents.save(issued.id(), changed, issued.version(), this.officer, this.scope))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("DOCUMENT_FROZEN"));
		assertThat(this.documents.pdf(this.documents.get(issued.id(), this.scope))).isEqualTo(pdf);

		Document correction = this.documents.correction(issued.id(), this.officer, this.scope);
		assertThat(correction.correctsId()).isEqualTo(issued.id());
		assertThat(correction.draft()).isTrue();
		assertThat(correction.values()).isEqualTo(issued.values());
	}

	@Test
	void aMissingRequiredFieldIsRefusedByNameAndTakesNoNumber() {
		Map<String, Object> values = sample("PENALTY_DECISION");
		values.remove("remedies");
		values.put("facts", "  ");
		int before = maxSeq("罚");
		Document draft = this.documents.draft("PENALTY_DECISION", values, null, this.officer, this.scope);
		assertThatExceptionOfType(ContentRefused.class)
			.isThrownBy(() -> this.documents.issue(draft.id(), draft.version(), this.officer, this.scope))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("DOCUMENT_FIELD_REQUIRED");
				assertThat(ex.getMessage()).contains("违法事实", "申请行政复议或者提起行政诉讼的途径和期限");
				assertThat(ex.fields()).extracting((f) -> f.get("field")).containsExactly("facts", "remedies");
			});
		assertThat(this.documents.get(draft.id(), this.scope).draft()).isTrue();
		assertThat(maxSeq("罚")).isEqualTo(before);
	}

	@Test
	void aFailedIssueLeavesNoGapAndAVoidedNumberIsNeverReused() {
		int before = maxSeq("告");
		Map<String, Object> bad = sample("PENALTY_NOTICE");
		bad.put("partyName", "某某公司😀");
		Document failing = this.documents.draft("PENALTY_NOTICE", bad, null, this.officer, this.scope);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.documents.issue(failing.id(), failing.version(), this.officer, this.scope))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("DOCUMENT_GLYPH_MISSING"));
		Document first = issue("PENALTY_NOTICE");
		assertThat(first.number()).contains("〕" + (before + 1) + "号");

		Document voided = this.documents.voidDocument(first.id(), "当事人名称有误，重新制作", this.officer, this.scope);
		assertThat(voided.status()).isEqualTo(Document.Status.VOIDED);
		assertThat(this.numbers.register(this.mudanjiang.id(), LocalDate.now().getYear()))
			.filteredOn((n) -> n.text().equals(first.number()))
			.singleElement()
			.satisfies((n) -> {
				assertThat(n.status()).isEqualTo("VOIDED");
				assertThat(n.voidReason()).isEqualTo("当事人名称有误，重新制作");
			});
		Document second = issue("PENALTY_NOTICE");
		assertThat(second.number()).contains("〕" + (before + 2) + "号");
		assertThat(this.jdbc
			.sql("select count(*) from ledger_entry where entry_type = 'DOCUMENT_VOIDED' and subject_id = :n")
			.param("n", first.number())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(new AuditTrail(this.jdbc).entries("DOCUMENT_VOIDED")).isNotEmpty();
	}

	@Test
	void anotherAgencysDocumentIsNotFoundAndTheAttemptAudited() {
		Document issued = issue("RECTIFICATION_ORDER");
		Agency harbin = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-HRB"))
			.findFirst()
			.orElseThrow();
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.documents.get(issued.id(), Set.of(harbin.id())))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("NOT_FOUND"));
		assertThat(new AuditTrail(this.jdbc).entries("DOCUMENT_READ_REFUSED"))
			.anySatisfy((r) -> assertThat(r.get("object_id")).isEqualTo(String.valueOf(issued.id())));
	}

	@Test
	void ofEightSimultaneousVoidingsOfOneDocumentOneWinsAndTheOthersAreToldOfTheConflict() throws Exception {
		Document issued = issue("PENALTY_NOTICE");
		List<Object> outcomes = race(8,
				() -> this.documents.voidDocument(issued.id(), "送达地址错误，重新制作", this.officer, this.scope));
		assertThat(outcomes).filteredOn(Document.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(RuleViolation.class::isInstance)
			.hasSize(7)
			.allSatisfy((ex) -> assertThat(((RuleViolation) ex).status().value()).isEqualTo(409));
		assertThat(this.jdbc
			.sql("select count(*) from ledger_entry where entry_type = 'DOCUMENT_VOIDED' and subject_id = :n")
			.param("n", issued.number())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(new AuditTrail(this.jdbc).entries("DOCUMENT_VOIDED"))
			.filteredOn((r) -> String.valueOf(issued.id()).equals(r.get("object_id")))
			.hasSize(1);
		assertThat(this.documents.get(issued.id(), this.scope).status()).isEqualTo(Document.Status.VOIDED);
	}

	@Test
	void ofEightSimultaneousIssuesOfOneDraftOneWinsTakingOneNumberAndTheOthersAreToldOfTheConflict() throws Exception {
		Document draft = this.documents.draft("RECTIFICATION_ORDER", sample("RECTIFICATION_ORDER"), null, this.officer,
				this.scope);
		int before = maxSeq("改");
		List<Object> outcomes = race(8,
				() -> this.documents.issue(draft.id(), draft.version(), this.officer, this.scope));
		assertThat(outcomes).filteredOn(Document.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(RuleViolation.class::isInstance)
			.hasSize(7)
			.allSatisfy((ex) -> assertThat(((RuleViolation) ex).status().value()).isEqualTo(409));
		Document issued = this.documents.get(draft.id(), this.scope);
		assertThat(issued.number()).endsWith("〕" + (before + 1) + "号");
		assertThat(maxSeq("改")).isEqualTo(before + 1);
		assertThat(this.jdbc
			.sql("select count(*) from ledger_entry where entry_type = 'DOCUMENT_ISSUED'" + " and subject_id = :n")
			.param("n", issued.number())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(new AuditTrail(this.jdbc).entries("DOCUMENT_ISSUED"))
			.filteredOn((r) -> String.valueOf(issued.id()).equals(r.get("object_id")))
			.hasSize(1);
	}

	/**
	 * Runs the act from n threads at once; each outcome is the result or the exception.
	 */
	private static List<Object> race(int n, java.util.concurrent.Callable<Object> act) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			futures.add(pool.submit(() -> {
				start.await();
				try {
					return act.call();
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}));
		}
		start.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> future : futures) {
			outcomes.add(future.get(5, TimeUnit.MINUTES));
		}
		pool.shutdown();
		return outcomes;
	}

	@Test
	void aDocumentFromBeforePartiesWereLinkedIsLinkedByItsCodeOrExactNameAndFoundInTheFile() throws Exception {
		var parties = this.parties.search(this.scope, null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.creditCode() != null)
			.toList();
		var byCode = parties.get(0);
		var byName = parties.get(1);
		long withCode = legacyDocument(Map.of("partyName", "旧名称", "partyIdentifier", byCode.creditCode()));
		long withName = legacyDocument(Map.of("partyName", byName.name()));
		long nobody = legacyDocument(Map.of("partyName", "一企一档中没有的公司"));
		try (java.sql.Connection connection = this.dataSource.getConnection()) {
			assertThat(V7_2__document_party_backfill.link(connection)).isGreaterThanOrEqualTo(2);
		}
		assertThat(partyOf(withCode)).isEqualTo(byCode.id());
		assertThat(partyOf(withName)).isEqualTo(byName.id());
		assertThat(partyOf(nobody)).isNull();
		assertThat(this.subjectFile.of(byName.id(), this.scope).sections())
			.filteredOn((s) -> s.kind() == org.sanxiang.subject.SubjectFileSection.Kind.DOCUMENT)
			.singleElement()
			.satisfies((s) -> assertThat(s.entries()).extracting((e) -> e.link()).contains("/documents/" + withName));
	}

	/** An issued document as stored before documents kept their party's id. */
	private long legacyDocument(Map<String, Object> values) {
		Document issued = issue("RECTIFICATION_ORDER");
		Map<String, Object> content = new HashMap<>(issued.values());
		content.remove("partyIdentifier");
		content.putAll(values);
		this.jdbc.sql("update document set party_id = null, content = :content where id = :id")
			.param("content", tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(content))
			.param("id", issued.id())
			.update();
		return issued.id();
	}

	private Long partyOf(long documentId) {
		return this.jdbc.sql("select party_id from document where id = :id")
			.param("id", documentId)
			.query((rs, i) -> (Long) rs.getObject(1, Long.class))
			.list()
			.get(0);
	}

	Document issue(String type) {
		Document draft = this.documents.draft(type, sample(type), null, this.officer, this.scope);
		return this.documents.issue(draft.id(), draft.version(), this.officer, this.scope);
	}

}
