package org.sanxiang.legalbasis;

import java.time.LocalDate;

import org.sanxiang.core.AuditableEvent;

/**
 * Events of the legal basis, one record per fact: a law, an article version, a violation
 * type, a benchmark revision or an enforcement matter was recorded, or the shipped
 * catalogue was loaded. Every one starts from an effective date and keeps what was in
 * force before, so each says from when.
 */
public final class LegalBasisEvents {

	private LegalBasisEvents() {
	}

	/** A law or regulation was recorded (its articles follow one by one). */
	public record LawAdded(String lawCode, String title, LegalLevel level,
			LocalDate effectiveOn) implements AuditableEvent {

		public String action() {
			return "LEGALBASIS_LAW_ADDED";
		}

		public String objectType() {
			return "LegalText";
		}

		public String objectId() {
			return this.lawCode;
		}

		public String detail() {
			return "《" + this.title + "》（" + this.level.chineseName() + "）收录，" + this.effectiveOn + "起施行";
		}
	}

	/** An article not recorded before was added, in force from {@code effectiveFrom}. */
	public record ArticleAdded(String lawCode, String lawShortTitle, int articleNo,
			LocalDate effectiveFrom) implements ArticleLine {

		public String action() {
			return "LEGALBASIS_ARTICLE_ADDED";
		}

		public String detail() {
			return label() + " 收录，自" + this.effectiveFrom + "施行";
		}
	}

	/**
	 * A new version of an article's text is in force from {@code effectiveFrom}; the
	 * previous version was closed the day before as 已修订.
	 */
	public record ArticleVersionAdded(String lawCode, String lawShortTitle, int articleNo,
			LocalDate effectiveFrom) implements ArticleLine {

		public String action() {
			return "LEGALBASIS_ARTICLE_REVISED";
		}

		public String detail() {
			return label() + " 新版本自" + this.effectiveFrom + "施行";
		}
	}

	/** An article is repealed (已废止) from {@code repealedFrom}. */
	public record ArticleRepealed(String lawCode, String lawShortTitle, int articleNo,
			LocalDate repealedFrom) implements ArticleLine {

		public String action() {
			return "LEGALBASIS_ARTICLE_REPEALED";
		}

		public String detail() {
			return label() + " 自" + this.repealedFrom + "废止";
		}
	}

	/** A violation type was added with the first revision of its discretion benchmark. */
	public record ViolationTypeAdded(String violationCode, String name,
			LocalDate effectiveFrom) implements AuditableEvent {

		public String action() {
			return "LEGALBASIS_VIOLATION_TYPE_ADDED";
		}

		public String objectType() {
			return "ViolationType";
		}

		public String objectId() {
			return this.violationCode;
		}

		public String detail() {
			return "新增违法行为「" + this.name + "」及裁量基准第1版，自" + this.effectiveFrom + "施行";
		}
	}

	/**
	 * A band of a discretion benchmark got a new range: revision {@code revision} is in
	 * force from {@code effectiveFrom}; {@code change} says which band and how.
	 */
	public record BenchmarkRevised(String violationCode, int revision, LocalDate effectiveFrom,
			String change) implements BenchmarkLine {

		public String action() {
			return "LEGALBASIS_BENCHMARK_REVISED";
		}
	}

	/** A benchmark's factor options (and 首违不罚) were revised in a new revision. */
	public record BenchmarkFactorsRevised(String violationCode, int revision, LocalDate effectiveFrom,
			boolean firstViolationWaiver) implements BenchmarkLine {

		public String action() {
			return "LEGALBASIS_FACTORS_REVISED";
		}

		public String change() {
			return "裁量因素选项" + (this.firstViolationWaiver ? "，适用首违不罚" : "，不适用首违不罚");
		}
	}

	/** An enforcement matter was added to the 权责清单 from {@code effectiveFrom}. */
	public record MatterAdded(String matterCode, String name, LocalDate effectiveFrom) implements MatterLine {

		public String action() {
			return "LEGALBASIS_MATTER_ADDED";
		}

		public String detail() {
			return "新增执法事项「" + this.name + "」，自" + this.effectiveFrom + "施行";
		}
	}

	/**
	 * An enforcement matter's version {@code version} is in force from
	 * {@code effectiveFrom}.
	 */
	public record MatterRevised(String matterCode, String name, int version,
			LocalDate effectiveFrom) implements MatterLine {

		public String action() {
			return "LEGALBASIS_MATTER_REVISED";
		}

		public String detail() {
			return "执法事项「" + this.name + "」第" + this.version + "版，自" + this.effectiveFrom + "施行";
		}
	}

	/** An enforcement matter leaves the 权责清单 from {@code retiredFrom}. */
	public record MatterRetired(String matterCode, String name, LocalDate retiredFrom) implements MatterLine {

		public String action() {
			return "LEGALBASIS_MATTER_RETIRED";
		}

		public String detail() {
			return "执法事项「" + this.name + "」自" + this.retiredFrom + "取消";
		}
	}

	/** The shipped catalogue was loaded into an empty database. */
	public record CatalogueLoaded(String resource, int laws, int violationTypes,
			int matters) implements AuditableEvent {

		public String action() {
			return "LEGALBASIS_CATALOGUE_LOADED";
		}

		public String objectType() {
			return "LegalBasis";
		}

		public String objectId() {
			return this.resource;
		}

		public String detail() {
			return this.laws + " laws, " + this.violationTypes + " violation types, " + this.matters
					+ " enforcement matters";
		}
	}

	/** How an event about one article reads in the audit trail. */
	interface ArticleLine extends AuditableEvent {

		String lawCode();

		String lawShortTitle();

		int articleNo();

		default String objectType() {
			return "LegalArticle";
		}

		default String objectId() {
			return lawCode() + " " + articleNo();
		}

		/** 《大气污染防治法》第九十九条. */
		default String label() {
			return "《" + lawShortTitle() + "》第" + ChineseNumerals.of(articleNo()) + "条";
		}

	}

	/** How a benchmark revision reads in the audit trail. */
	interface BenchmarkLine extends AuditableEvent {

		String violationCode();

		int revision();

		LocalDate effectiveFrom();

		String change();

		default String objectType() {
			return "DiscretionBenchmark";
		}

		default String objectId() {
			return violationCode();
		}

		default String detail() {
			return "第" + revision() + "版 " + change() + "，自" + effectiveFrom() + "施行";
		}

	}

	/** How an event about one enforcement matter reads in the audit trail. */
	interface MatterLine extends AuditableEvent {

		String matterCode();

		default String objectType() {
			return "EnforcementMatter";
		}

		default String objectId() {
			return matterCode();
		}

	}

}
