package org.sanxiang.document;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.subject.PartyRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo documents are built in the background on the first start; a start that is
 * stopped half-way must not leave the demo half-built for good, nor build a part twice.
 */
@SpringBootTest(properties = { "sanxiang.test.context=demo-documents", "sanxiang.demo.documents=false" })
class DemoDocumentsResumeTests {

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PartyRegistry parties;

	@BeforeEach
	void fontAvailable() {
		DocumentFontsFixture.fonts();
	}

	@Test
	void aFirstStartStoppedHalfWayIsResumedByTheNextStartWithoutBuildingAnythingTwice() throws Exception {
		DemoDocuments interrupted = demo(6);
		interrupted.run(new DefaultApplicationArguments());
		waitUntil(() -> count("status <> 'DRAFT'") >= 3);
		interrupted.destroy();
		long issuedWhenStopped = count("status <> 'DRAFT'");
		assertThat(issuedWhenStopped).as("stopped before the end").isLessThan(this.types.all().size() + 1 + 6);

		DemoDocuments next = demo(6);
		next.run(new DefaultApplicationArguments());
		next.awaitFinished();

		assertThat(count("status <> 'DRAFT'")).isEqualTo(this.types.all().size() + 1 + 6);
		assertThat(count("status = 'VOIDED'")).isEqualTo(1);
		assertThat(count("corrects_id is not null")).isEqualTo(1);
		assertThat(count("status = 'DRAFT' and type_code = 'FILING_APPROVAL'")).isEqualTo(1);
		for (DocumentType type : this.types.all()) {
			assertThat(count("status = 'ISSUED' and type_code = '" + type.code() + "'")).as(type.code()).isPositive();
		}

		long all = count("1 = 1");
		DemoDocuments third = demo(6);
		third.run(new DefaultApplicationArguments());
		third.awaitFinished();
		assertThat(count("1 = 1")).as("a complete demo is left as it is").isEqualTo(all);
	}

	private DemoDocuments demo(int history) {
		return new DemoDocuments(this.documents, this.types, this.agencies, this.jdbc, this.parties, history);
	}

	private long count(String condition) {
		return this.jdbc.sql("select count(*) from document where " + condition).query(Long.class).single();
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long until = System.currentTimeMillis() + 120_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			Thread.sleep(20);
		}
	}

}
