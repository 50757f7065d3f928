package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.legalbasis.LegalBasisEvents.ArticleAdded;
import org.sanxiang.legalbasis.LegalBasisEvents.ArticleRepealed;
import org.sanxiang.legalbasis.LegalBasisEvents.ArticleVersionAdded;
import org.sanxiang.legalbasis.LegalBasisEvents.LawAdded;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a law, adding, revising and repealing one of its articles each publish the
 * event that names the act and its effective date; the audit lines read as before.
 */
@SpringBootTest(properties = "sanxiang.test.context=legal-events")
@RecordApplicationEvents
class LegalBasisEventsTests {

	@Autowired
	LawRegister register;

	@Autowired
	LegalTexts texts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aLawAndTheLifeOfOneArticlePublishTheirEvents() {
		long mark = new AuditTrail(this.jdbc).maxId();
		this.register.addLaw(new LawDraft("EV-WATER", "事件省水污染防治条例", "事件省水条例", "LOCAL_REGULATION", "事件省人大常委会",
				"2020-01-01 通过", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1)), "test");
		this.register.addArticle("EV-WATER", 3, "第一版文本。", LocalDate.of(2020, 3, 1), null, "test");
		this.texts.revise("EV-WATER", 3, "第二版文本。", LocalDate.of(2024, 1, 1), "修订", "test");
		this.register.repeal("EV-WATER", 3, LocalDate.of(2026, 1, 1), "废止决定", "test");

		assertThat(this.events.stream(LawAdded.class)).containsExactly(
				new LawAdded("EV-WATER", "事件省水污染防治条例", LegalLevel.LOCAL_REGULATION, LocalDate.of(2020, 3, 1)));
		assertThat(this.events.stream(ArticleAdded.class))
			.containsExactly(new ArticleAdded("EV-WATER", "事件省水条例", 3, LocalDate.of(2020, 3, 1)));
		assertThat(this.events.stream(ArticleVersionAdded.class))
			.containsExactly(new ArticleVersionAdded("EV-WATER", "事件省水条例", 3, LocalDate.of(2024, 1, 1)));
		assertThat(this.events.stream(ArticleRepealed.class))
			.containsExactly(new ArticleRepealed("EV-WATER", "事件省水条例", 3, LocalDate.of(2026, 1, 1)));

		assertThat(new AuditTrail(this.jdbc).since(mark))
			.extracting((Map<String, Object> row) -> row.get("action") + " " + row.get("object_type") + " "
					+ row.get("object_id") + " " + row.get("detail"))
			.containsExactly("LEGALBASIS_LAW_ADDED LegalText EV-WATER 《事件省水污染防治条例》（地方性法规）收录，2020-03-01起施行",
					"LEGALBASIS_ARTICLE_ADDED LegalArticle EV-WATER 3 《事件省水条例》第三条 收录，自2020-03-01施行",
					"LEGALBASIS_ARTICLE_REVISED LegalArticle EV-WATER 3 《事件省水条例》第三条 新版本自2024-01-01施行",
					"LEGALBASIS_ARTICLE_REPEALED LegalArticle EV-WATER 3 《事件省水条例》第三条 自2026-01-01废止");
	}

}
