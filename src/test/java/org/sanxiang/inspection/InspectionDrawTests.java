package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 一单两库 and the draw: the item list in versions, the pools for a window (certificates
 * valid on every day, recusals), the commit–reveal round trip sealed in the ledger, a
 * pool too small refused with nothing stored, a second draw a 409, and who sees which
 * page.
 */
@SpringBootTest(properties = "sanxiang.test.context=inspection-draws")
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ DemoAccounts.class, InspectionDrawTests.Clocks.class })
class InspectionDrawTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-03-16T02:00:00Z"));
		}

	}

	static final LocalDate FROM = LocalDate.of(2026, 4, 1);

	static final LocalDate TO = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	ItemLists lists;

	@Autowired
	Pools pools;

	@Autowired
	Plans plans;

	@Autowired
	Draws draws;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	SanxiangPrincipal head() {
		return this.demo.principal("demo-unithead");
	}

	static InspectionItem item(String code, String name, int perTask) {
		return new InspectionItem(code, name, "《中华人民共和国环境保护法》第二十四条",
				Map.of(ObjectClass.KEY_POLLUTER, 25, ObjectClass.GENERAL, 5, ObjectClass.SPECIAL, 100), "每季度", "现场检查",
				perTask, List.of("排污许可证执行情况", "污染防治设施运行情况"));
	}

	/** Publishes a list with {@code items} on top of whatever version is current. */
	ItemList publish(InspectionItem... items) {
		int current = this.lists.current(head().agencyId()).map(ItemList::version).orElse(0);
		return this.lists.publish(head(), current, List.of(items));
	}

	@Test
	void anEditIsANewVersionAndOlderVersionsStayReadable() {
		ItemList first = publish(item("V1", "废气排放检查", 2));
		ItemList second = publish(item("V1", "废气排放监督检查", 3));
		assertThat(second.version()).isEqualTo(first.version() + 1);
		assertThat(this.lists.version(head().agencyId(), first.version()).orElseThrow().items().get(0).name())
			.isEqualTo("废气排放检查");
		assertThat(this.lists.current(head().agencyId()).orElseThrow().items().get(0).inspectorsPerTask()).isEqualTo(3);
		assertThatThrownBy(() -> this.lists.publish(head(), first.version(), List.of(item("V2", "噪声检查", 2))))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
		assertThatThrownBy(() -> item("V3", "单人检查", 1)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("2 至 5 名");
	}

	@Test
	void anOfficerWhoseCertificateExpiresBeforeTheWindowsLastDayIsNotInThePool() {
		long agency = head().agencyId();
		Set<Long> scope = Set.of(agency);
		Officer lastDayMissing = this.officers.register(agency, "测试甲", "23100099990001", "黑龙江省人民政府",
				LocalDate.of(2024, 1, 1), TO.minusDays(1), scope);
		Officer coversWindow = this.officers.register(agency, "测试乙", "23100099990002", "黑龙江省人民政府",
				LocalDate.of(2024, 1, 1), TO, scope);
		List<Long> pool = this.pools.inspectors(agency, FROM, TO).stream().map(Pools.PoolOfficer::officerId).toList();
		assertThat(pool).contains(coversWindow.id()).doesNotContain(lastDayMissing.id());
		assertThat(this.pools.notQualified(agency, FROM, TO)).extracting(Pools.PoolOfficer::officerId)
			.contains(lastDayMissing.id());
	}

	@Test
	void commitRevealRoundTripIsSealedAndReplays(ApplicationEvents events) throws Exception {
		publish(item("RT", "重点排污单位监督检查", 2));
		long agency = head().agencyId();
		Pools.PoolObject party = this.pools.objects(agency, FROM, TO).get(0);
		long recused = this.pools.inspectors(agency, FROM, TO).get(0).officerId();
		this.pools.declareRecusal(head(), recused, party.partyId(), "近亲属在该单位任职");
		assertThat(this.pools.recusals(agency)).extracting(Pools.DeclaredRecusal::officerId).contains(recused);

		PlanRound round = this.plans.addRound(head(), 2026, "RT", FROM, TO);
		DrawView committed = this.draws.commit(head(), round.id());
		assertThat(committed.seed()).isNull();
		String seed = this.jdbc.sql("select seed from inspection_draw where id = :id")
			.param("id", committed.id())
			.query(String.class)
			.single();
		assertThat(committed.commitment()).isEqualTo(ContentDigests.of(HexFormat.of().parseHex(seed)).sha256());
		DrawInput input = DrawJson.input(this.jdbc.sql("select input_json from inspection_draw where id = :id")
			.param("id", committed.id())
			.query(String.class)
			.single());
		assertThat(HexFormat.of().formatHex(RandomDraw.digest(input))).isEqualTo(committed.inputDigest());
		assertThat(input.recusals()).contains(new DrawInput.Recusal(recused, party.partyId()));
		assertThat(this.ledger.entriesForSubject("InspectionDraw", committed.id() + "#commitment")).hasSize(1);

		// the seed is not on the portal before the draw
		this.mvc.perform(get("/portal/random-inspections"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(committed.commitment())))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(seed))));

		this.mvc.perform(post("/inspection/draws/{id}/draw", committed.id()).with(user(head())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("确认抽取")));
		this.mvc
			.perform(post("/inspection/draws/{id}/draw", committed.id()).param("confirmed", "true")
				.with(user(head()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		DrawView drawn = this.draws.view(committed.id(), agency);
		assertThat(drawn.seed()).isEqualTo(seed);
		DrawOutcome stored = DrawJson.outcome(this.jdbc.sql("select outcome_json from inspection_draw where id = :id")
			.param("id", committed.id())
			.query(String.class)
			.single());
		assertThat(RandomDraw.draw(HexFormat.of().parseHex(seed), input)).isEqualTo(stored);
		for (DrawInput.ClassQuota quota : input.quotas()) {
			assertThat(stored.picks().stream().filter((p) -> p.objectClass().equals(quota.objectClass())))
				.hasSize(quota.count());
		}
		for (DrawOutcome.Pick pick : stored.picks()) {
			assertThat(new HashSet<>(pick.inspectorIds())).hasSizeGreaterThanOrEqualTo(2);
			assertThat(pick.inspectorIds())
				.noneMatch((officer) -> input.recusals().contains(new DrawInput.Recusal(officer, pick.partyId())));
		}
		assertThat(this.ledger.entriesForSubject("InspectionDraw", committed.id() + "#reveal")).hasSize(1);
		List<InspectionsDrawn> drawnEvents = events.stream(InspectionsDrawn.class).toList();
		assertThat(drawnEvents).hasSize(1);
		assertThat(drawnEvents.get(0).tasks()).hasSize(stored.picks().size());

		// a second draw (double click, another head) is a clean 409 and changes nothing
		this.mvc
			.perform(post("/inspection/draws/{id}/draw", committed.id()).param("confirmed", "true")
				.with(user(head()))
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.ledger.entriesForSubject("InspectionDraw", committed.id() + "#reveal")).hasSize(1);

		// the next draw of the same item recuses who inspected whom this time
		PlanRound next = this.plans.addRound(head(), 2026, "RT", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
		DrawView nextDraw = this.draws.commit(head(), next.id());
		DrawInput nextInput = DrawJson.input(this.jdbc.sql("select input_json from inspection_draw where id = :id")
			.param("id", nextDraw.id())
			.query(String.class)
			.single());
		DrawOutcome.Pick first = stored.picks().get(0);
		assertThat(nextInput.recusals()).contains(new DrawInput.Recusal(first.inspectorIds().get(0), first.partyId()));

		// coverage counts the drawn parties of the year by class
		assertThat(this.plans.coverage(agency, 2026)).anySatisfy((c) -> {
			assertThat(c.drawn()).isPositive();
			assertThat(c.drawn()).isLessThanOrEqualTo(c.pool());
		});

		// the frozen input is downloadable only once the window ended, and carries no
		// names
		this.mvc.perform(get("/portal/random-inspections/draws/{id}/lists.txt", committed.id()))
			.andExpect(status().isNotFound());
		this.clock.set("2026-07-02");
		byte[] lists = this.mvc.perform(get("/portal/random-inspections/draws/{id}/lists.txt", committed.id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// the published text is the canonical form whose SHA-256 was published before the
		// draw
		assertThat(lists).isEqualTo(RandomDraw.canonicalBytes(input));
		assertThat(org.sanxiang.core.ContentDigests.of(lists).sha256()).isEqualTo(committed.inputDigest());
		assertThat(new String(lists, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(party.name());
		this.clock.set("2026-03-16");
	}

	@Test
	void aPoolTooSmallIsRefusedWithTheReasonAndNothingStored() {
		publish(item("TS", "远期检查", 2));
		// every certificate of the demo officers has expired by then
		PlanRound round = this.plans.addRound(head(), 2100, "TS", LocalDate.of(2100, 1, 1), LocalDate.of(2100, 3, 31));
		long drawsBefore = this.jdbc.sql("select count(*) from inspection_draw").query(Long.class).single();
		long ledgerBefore = this.ledger.size();
		assertThatThrownBy(() -> this.draws.commit(head(), round.id()))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.code()).isEqualTo("DRAW_POOL_TOO_SMALL"))
			.hasMessageContaining("执法检查人员名录库只有 0 名");
		assertThat(this.jdbc.sql("select count(*) from inspection_draw").query(Long.class).single())
			.isEqualTo(drawsBefore);
		assertThat(this.ledger.size()).isEqualTo(ledgerBefore);
	}

	@Test
	void twoHeadsDrawingAtOnceGiveOneDrawAndOneConflict() throws Exception {
		publish(item("RC", "并发抽取检查", 2));
		PlanRound round = this.plans.addRound(head(), 2026, "RC", FROM, TO);
		DrawView committed = this.draws.commit(head(), round.id());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					start.await();
					try {
						return this.draws.draw(head(), committed.id());
					}
					catch (RuleViolation ex) {
						return ex.status();
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<Object> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).filteredOn(DrawView.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(HttpStatus.CONFLICT::equals).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.ledger.entriesForSubject("InspectionDraw", committed.id() + "#reveal")).hasSize(1);
	}

	@Test
	void pagesRenderForCaseWorkersAndActsAreTheUnitHeads() throws Exception {
		publish(item("PG", "页面检查", 2));
		PlanRound round = this.plans.addRound(head(), 2026, "PG", FROM, TO);
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		for (String page : List.of("/inspection/items", "/inspection/pools", "/inspection/plans")) {
			this.mvc.perform(get(page).with(user(head()))).andExpect(status().isOk());
			this.mvc.perform(get(page).with(user(officer))).andExpect(status().isOk());
			this.mvc.perform(get(page).with(user(this.demo.principal("demo-sysadmin"))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(page).with(user(this.demo.principal("demo-auditor"))))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/inspection/items/edit").with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("页面检查")));
		this.mvc.perform(get("/inspection/items/edit").with(user(officer))).andExpect(status().isForbidden());
		this.mvc.perform(post("/inspection/plans/rounds/{id}/commit", round.id()).with(user(officer)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/inspection/plans/rounds/{id}/commit", round.id()).with(user(head())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/inspection/plans").param("year", "2026").with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已公布承诺")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2026年度随机抽查计划")));
		// dates as the rest of the product writes them (ISO), not in the server locale's
		// format
		this.mvc.perform(get("/portal/random-inspections"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(FROM + " 至 " + TO)));
		this.mvc.perform(get("/portal/random-inspections").param("page", "-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/inspection/plans").param("year", "0").with(user(head())))
			.andExpect(status().isBadRequest());
	}

}
