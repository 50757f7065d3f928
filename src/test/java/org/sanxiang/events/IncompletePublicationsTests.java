package org.sanxiang.events;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.identity.TestPrincipals;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reaction of another module that fails stays an incomplete publication: the system
 * administrator sees it in words, is asked before resubmitting it, and the resubmission
 * (audited) completes it once the reaction works; a restart delivers the rest again.
 */
@SpringBootTest(properties = "sanxiang.test.context=event-publications")
@AutoConfigureMockMvc
class IncompletePublicationsTests {

	/** An event of some module, for the flaky reaction below. */
	record ProbeSent(String text) {
	}

	/**
	 * A reaction that fails while told to (a proxy, for {@code @Async}: used through its
	 * methods).
	 */
	static class FlakyReaction {

		private final AtomicBoolean failing = new AtomicBoolean(true);

		private final List<String> handled = new CopyOnWriteArrayList<>();

		void failing(boolean failing) {
			this.failing.set(failing);
		}

		List<String> handled() {
			return this.handled;
		}

		@ApplicationModuleListener
		void on(ProbeSent event) {
			if (this.failing.get()) {
				throw new IllegalStateException("the reaction's service is down");
			}
			this.handled.add(event.text());
		}

	}

	@TestConfiguration
	static class Reaction {

		@Bean
		FlakyReaction flakyReaction() {
			return new FlakyReaction();
		}

	}

	@Autowired
	FlakyReaction reaction;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	IncompleteEventPublications incomplete;

	final SanxiangPrincipal sysadmin = TestPrincipals.holding(Role.SYSTEM_ADMIN, 1L, "/HLJ/", Set.of(1L));

	@BeforeEach
	void failing() {
		this.reaction.failing(true);
	}

	UUID failedPublicationOf(String text) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new ProbeSent(text)));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("select count(*) from event_publication where serialized_event like :text"
						+ " and completion_date is null and status = 'FAILED'")
				.param("text", "%" + text + "%")
				.query(Long.class)
				.single() == 1);
		return this.jdbc.sql("select id from event_publication where serialized_event like :text")
			.param("text", "%" + text + "%")
			.query(UUID.class)
			.single();
	}

	boolean completed(UUID id) {
		return this.jdbc.sql("select completion_date is not null from event_publication where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	@Test
	void aFailedReactionIsListedInWordsAndResubmittedAfterConfirmation() throws Exception {
		UUID id = failedPublicationOf("probe-page");

		this.mvc.perform(get("/admin/system/event-publications").with(user(this.sysadmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("未完成的事件投递"), containsString("ProbeSent"),
					containsString("事件投递 · FlakyReaction.on"), containsString("处理失败"),
					containsString("/admin/system/event-publications/" + id + "/resubmit"),
					not(containsString("org.sanxiang")))));

		this.mvc
			.perform(post("/admin/system/event-publications/{id}/resubmit", id).with(user(this.sysadmin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("将把该事件再次交给处理方处理"), containsString("confirm-button"))));
		assertThat(completed(id)).isFalse();

		this.reaction.failing(false);
		long mark = new AuditTrail(this.jdbc).maxId();
		this.mvc
			.perform(post("/admin/system/event-publications/{id}/resubmit", id).param("confirmed", "true")
				.with(user(this.sysadmin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/system/event-publications"));
		await().atMost(Duration.ofSeconds(20)).until(() -> completed(id));
		assertThat(this.reaction.handled()).contains("probe-page");
		assertThat(new AuditTrail(this.jdbc).since(mark))
			.extracting((row) -> row.get("action") + " " + row.get("object_id"))
			.contains("EVENT_PUBLICATION_RESUBMITTED " + id);

		this.mvc.perform(get("/admin/system/event-publications").with(user(this.sysadmin)))
			.andExpect(content().string(not(containsString(id.toString()))));
	}

	@Test
	void resubmittingOneThatCompletedMeanwhileIsExplainedNotAnError() throws Exception {
		this.mvc
			.perform(
					post("/admin/system/event-publications/{id}/resubmit", UUID.randomUUID()).param("confirmed", "true")
						.with(user(this.sysadmin))
						.with(csrf()))
			.andExpect(redirectedUrl("/admin/system/event-publications"));
	}

	@Test
	void aRestartDeliversIncompletePublicationsAgain() {
		UUID id = failedPublicationOf("probe-restart");
		this.reaction.failing(false);
		// what the application does when it starts, with
		// republish-outstanding-events-on-restart
		((SmartInitializingSingleton) this.incomplete).afterSingletonsInstantiated();
		await().atMost(Duration.ofSeconds(20)).until(() -> completed(id));
		assertThat(this.reaction.handled()).contains("probe-restart");
	}

}
