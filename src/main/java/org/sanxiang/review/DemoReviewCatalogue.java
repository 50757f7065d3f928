package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.Money;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.legalbasis.PartyType;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A typical ecology-environment review catalogue, in force since 2026-01-01 for every
 * demo agency. The amounts are an example an agency replaces with its own (its province's
 * 较大数额): 单位 over 200,000 yuan and 个人 over 20,000 yuan, neither including the amount
 * itself.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
class DemoReviewCatalogue implements ApplicationRunner {

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private final ReviewCatalogues catalogues;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	DemoReviewCatalogue(ReviewCatalogues catalogues, AgencyDirectory agencies, JdbcClient jdbc) {
		this.catalogues = catalogues;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from review_catalogue").query(Long.class).single() > 0) {
			return;
		}
		for (Agency agency : this.agencies.all()) {
			this.catalogues.record(agency.id(), FROM, typical(),
					new DemoActor("demo-head", agency.id(), agency.path()));
		}
	}

	static List<CatalogueEntry> typical() {
		return List.of(new CatalogueEntry("1", "拟对单位或者个人处以较大数额罚款、没收较大数额违法所得或者较大价值非法财物的",
				Set.of(DecisionAction.FINE, DecisionAction.CONFISCATE_GAINS, DecisionAction.CONFISCATE_PROPERTY),
				Map.of(PartyType.UNIT, new AmountThreshold(Money.yuan(200_000), false), PartyType.INDIVIDUAL,
						new AmountThreshold(Money.yuan(20_000), false)),
				false, Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("2", "拟吊销许可证件、降低资质等级或者一定时期内不得申请行政许可的",
						Set.of(DecisionAction.REVOKE_PERMIT, DecisionAction.REDUCE_QUALIFICATION,
								DecisionAction.BAR_FROM_APPLYING),
						Map.of(), false, Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("3", "拟责令限制生产、停产整治、停产停业、关闭或者限制从业的",
						Set.of(DecisionAction.RESTRICT_PRODUCTION, DecisionAction.SUSPEND_FOR_RECTIFICATION,
								DecisionAction.SUSPEND_OR_CLOSE, DecisionAction.RESTRICT_PRACTICE),
						Map.of(), false, Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("4", "拟实施按日连续处罚的", Set.of(DecisionAction.DAILY_CONTINUING_FINE), Map.of(), false,
						Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("5", "拟移送公安机关予以行政拘留的", Set.of(DecisionAction.DETENTION_REFERRAL), Map.of(), false,
						Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("6", "拟实施查封、扣押，案情重大或者社会影响较大的", Set.of(DecisionAction.SEIZURE), Map.of(), false,
						Set.of(ReviewFlag.SOCIAL_IMPACT), Set.of(), Set.of(MaterialKind.RISK_ASSESSMENT), true),
				new CatalogueEntry("7", "可能造成重大社会影响或者引发社会风险的", Set.of(), Map.of(), false,
						Set.of(ReviewFlag.SOCIAL_IMPACT), Set.of(), Set.of(MaterialKind.RISK_ASSESSMENT), false),
				new CatalogueEntry("8", "拟撤销行政许可的", Set.of(DecisionAction.LICENCE_REVOCATION), Map.of(), false,
						Set.of(), Set.of(), Set.of(), false));
	}

	record DemoActor(String username, long agencyId, String agencyPath) implements Actor {

		@Override
		public String displayName() {
			return "演示机关负责人";
		}

	}

}
