package org.sanxiang.legalbasis;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the legal basis shipped with the product ({@code legalbasis/catalogue.yml}: laws
 * and articles, violation types with their benchmarks, enforcement matters) when the
 * tables are empty — on every installation, demo or not, since these are public facts
 * every bureau needs. Bands marked {@code split: standard} are derived from the statutory
 * range (10 % / 20 % / 30 % / 40 % of the span for 轻微 / 一般 / 较重 / 严重) and stored
 * explicitly, so a reviewer edits figures, not a rule.
 */
@Component
@Order(2)
class ShippedLegalBasis implements ApplicationRunner {

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(ShippedLegalBasis.class);

	private final LegalTexts texts;

	private final ViolationCatalogue catalogue;

	private final EnforcementMatters matters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ShippedLegalBasis(LegalTexts texts, ViolationCatalogue catalogue, EnforcementMatters matters,
			ApplicationEventPublisher events, Clock clock) {
		this.texts = texts;
		this.catalogue = catalogue;
		this.matters = matters;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (this.texts.isEmpty()) {
			load();
		}
		check();
	}

	/**
	 * The catalogue check at start-up: every stored type whose conditional measure lacks
	 * its statutory condition, or whose 按日 link names an ineligible type, is reported;
	 * the calculator refuses it until a legal reviewer corrects it (the shipped file
	 * itself is checked when parsed, and a defect there stops the start).
	 */
	int check() {
		int refused = 0;
		for (ViolationType type : this.catalogue.all()) {
			List<String> problems = StatutoryConditions.problems(type, this.catalogue.history(type.code()),
					this.catalogue::find);
			if (!problems.isEmpty()) {
				refused++;
				log.warn("Violation type {} refused by the catalogue check: {}", type.code(), problems);
			}
		}
		return refused;
	}

	private void load() throws IOException {
		CatalogueFile file;
		try (InputStream in = ShippedLegalBasis.class.getResourceAsStream(CatalogueFile.RESOURCE)) {
			file = CatalogueFile.parse(in, this.clock.instant());
		}
		int order = 0;
		for (CatalogueFile.Law law : file.laws()) {
			this.texts.insertLaw(law.text(), ++order);
			for (CatalogueFile.Article a : law.articles()) {
				this.texts.insertArticle(law.text().code(), a.no(), a.text(), a.from(), a.to(), a.status(), SYSTEM,
						a.note());
			}
		}
		order = 0;
		for (CatalogueFile.Entry entry : file.violationTypes()) {
			this.catalogue.insertType(entry.type(), ++order);
			this.catalogue.insertBenchmark(entry.benchmark());
		}
		order = 0;
		for (EnforcementMatter matter : file.matters()) {
			this.matters.insert(matter, ++order);
		}
		this.events.publishEvent(new LegalBasisEvents.CatalogueLoaded(CatalogueFile.RESOURCE, file.laws().size(),
				file.violationTypes().size(), order));
		log.info("Legal basis loaded: {} laws, {} violation types, {} enforcement matters", file.laws().size(),
				file.violationTypes().size(), order);
	}

}
