package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.core.EffectiveDated;
import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of violation types and the revisions of their discretion benchmarks. A
 * legal reviewer changes a band by adding a revision with an effective date; the revision
 * in force before is closed the day before. A band must stay within the statutory range
 * of the penalty provision, or nothing is saved.
 */
@Service
public class ViolationCatalogue {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ViolationCatalogue(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public List<ViolationType> all() {
		return this.jdbc.sql("select definition from violation_type order by sort_order")
			.query((rs, row) -> JSON.readValue(rs.getString(1), ViolationType.class))
			.list();
	}

	public ViolationType type(String code) {
		if (code == null || code.isBlank() || code.length() > 40) {
			throw unknown(code);
		}
		return this.jdbc.sql("select definition from violation_type where code = :code")
			.param("code", code.strip())
			.query((rs, row) -> JSON.readValue(rs.getString(1), ViolationType.class))
			.optional()
			.orElseThrow(() -> unknown(code));
	}

	/** A type by code, if catalogued. */
	public Optional<ViolationType> find(String code) {
		if (code == null || code.isBlank() || code.length() > 40) {
			return Optional.empty();
		}
		return this.jdbc.sql("select definition from violation_type where code = :code")
			.param("code", code.strip())
			.query((rs, row) -> JSON.readValue(rs.getString(1), ViolationType.class))
			.optional();
	}

	/** All revisions of a type's benchmark, oldest first. */
	public List<Benchmark> history(String code) {
		return this.jdbc.sql("select * from discretion_benchmark where violation_code = :code order by revision")
			.param("code", type(code).code())
			.query(ViolationCatalogue::benchmark)
			.list();
	}

	/** The revision in force on {@code date}. */
	public Benchmark benchmarkOn(String code, LocalDate date) {
		return EffectiveDated.inForceOn(history(code), date)
			.orElseThrow(() -> new RuleViolation("BENCHMARK_NOT_IN_FORCE", "该违法行为在" + date + "没有施行中的裁量基准"));
	}

	/**
	 * Adds a revision in which {@code band}'s fine range for {@code party} is
	 * {@code lower}–{@code upper} (yuan, or multiples/per-unit amounts per the band's
	 * formula), in force from {@code effectiveFrom}.
	 */
	@Transactional
	public Benchmark reviseBand(String code, Band band, PartyType party, BigDecimal lower, BigDecimal upper,
			LocalDate effectiveFrom, String note, String actor) {
		ViolationType type = type(code);
		if (band == null || band == Band.NO_PENALTY || party == null) {
			throw new RuleViolation("INVALID_BAND", "请选择要修改的裁量档次和当事人类型", HttpStatus.BAD_REQUEST);
		}
		if (note == null || !PlainText.isAcceptable(note, 500)) {
			throw new RuleViolation("INVALID_NOTE", "请填写修订说明（500个字符以内，不含控制字符或尖括号）", HttpStatus.BAD_REQUEST);
		}
		if (effectiveFrom == null) {
			throw new RuleViolation("MISSING_DATE", "请填写新版本的施行日期", HttpStatus.BAD_REQUEST);
		}
		List<Benchmark> revisions = history(code);
		Benchmark latest = revisions.get(revisions.size() - 1);
		if (!latest.maySucceedFrom(effectiveFrom)) {
			throw new RuleViolation("EFFECTIVE_DATE_NOT_AFTER_CURRENT",
					"新版本的施行日期须晚于现行版本的施行日期（" + latest.effectiveFrom() + "）");
		}
		BandRule current = latest.band(band)
			.orElseThrow(() -> new RuleViolation("INVALID_BAND", "该裁量基准没有「" + band.chineseName() + "」档"));
		AmountFormula formula = current.amounts().get(party);
		if (formula == null || formula.kind() == AmountFormula.Kind.DAILY) {
			throw new RuleViolation("INVALID_BAND", "该档次对" + party.chineseName() + "没有可修改的罚款幅度");
		}
		AmountFormula revised = formula.withBounds(lower, upper);
		if (!revised.isWithin(type.statutory().get(party))) {
			throw new RuleViolation("BAND_OUTSIDE_STATUTORY_RANGE",
					"裁量幅度须在法定幅度（" + type.statutory().get(party).describe() + "）之内");
		}
		List<BandRule> bands = new ArrayList<>();
		for (BandRule rule : latest.bands()) {
			if (rule.band() == band) {
				Map<PartyType, AmountFormula> amounts = new java.util.EnumMap<>(PartyType.class);
				amounts.putAll(rule.amounts());
				amounts.put(party, revised);
				bands.add(new BandRule(band, amounts, rule.penalties()));
			}
			else {
				bands.add(rule);
			}
		}
		Benchmark next = latest.succeededBy(latest.factors(), bands, latest.waiver(), effectiveFrom, actor,
				this.clock.instant(), note.strip());
		publish(next, latest,
				new LegalBasisEvents.BenchmarkRevised(next.violationCode(), next.revision(), next.effectiveFrom(),
						band.chineseName() + "/" + party.chineseName() + " " + formula.describe() + " → "
								+ revised.describe()));
		return next;
	}

	/**
	 * Adds a revision in which the factor options and the 首违不罚 waiver are as
	 * {@code changes} says, in force from {@code effectiveFrom}. {@code basedOn} is the
	 * revision the reviewer edited: if another was published since, the edit is refused
	 * (409) rather than silently overwriting it.
	 */
	@Transactional
	public Benchmark reviseFactors(String code, FactorChanges changes, LocalDate effectiveFrom, String note,
			int basedOn, String actor) {
		ViolationType type = type(code);
		List<Benchmark> revisions = history(code);
		Benchmark latest = revisions.get(revisions.size() - 1);
		if (latest.revision() != basedOn) {
			throw RuleViolation.conflict("该裁量基准已被他人修订（现为第" + latest.revision() + "版），请刷新后重试");
		}
		List<InvalidLegalInput.Problem> problems = new ArrayList<>();
		checkPublication(latest, effectiveFrom, note, problems);
		FactorChanges.Applied applied = changes.applyTo(latest, problems);
		if (problems.isEmpty() && applied.factors().equals(latest.factors())
				&& java.util.Objects.equals(applied.waiver(), latest.waiver())) {
			problems.add(new InvalidLegalInput.Problem("factors", "NO_CHANGE", "未作任何修改，无需发布新版本"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidLegalInput(problems);
		}
		Benchmark next = latest.succeededBy(applied.factors(), latest.bands(), applied.waiver(), effectiveFrom, actor,
				this.clock.instant(), note.strip());
		publish(next, latest, new LegalBasisEvents.BenchmarkFactorsRevised(next.violationCode(), next.revision(),
				next.effectiveFrom(), applied.waiver() != null));
		return next;
	}

	/**
	 * Effective date after the current revision's, and a note: every publication needs
	 * both.
	 */
	static void checkPublication(Benchmark latest, LocalDate effectiveFrom, String note,
			List<InvalidLegalInput.Problem> problems) {
		if (effectiveFrom == null) {
			problems.add(new InvalidLegalInput.Problem("effectiveFrom", "MISSING_DATE", "请填写新版本的施行日期"));
		}
		else if (latest != null && !latest.maySucceedFrom(effectiveFrom)) {
			problems.add(new InvalidLegalInput.Problem("effectiveFrom", "EFFECTIVE_DATE_NOT_AFTER_CURRENT",
					"新版本的施行日期须晚于现行版本的施行日期（" + latest.effectiveFrom() + "）"));
		}
		if (note == null || !PlainText.isAcceptable(note, 500)) {
			problems.add(new InvalidLegalInput.Problem("note", "INVALID_NOTE", "请填写修订说明（500个字符以内，不含控制字符或尖括号）"));
		}
	}

	/**
	 * Closes {@code latest} the day before {@code next} starts and stores {@code next};
	 * audited.
	 */
	private void publish(Benchmark next, Benchmark latest, Object revised) {
		int closed = this.jdbc.sql("""
				update discretion_benchmark set effective_to = :to
				where violation_code = :code and revision = :rev and effective_to is null""")
			.param("to", next.effectiveFrom().minusDays(1))
			.param("code", latest.violationCode())
			.param("rev", latest.revision())
			.update();
		if (closed != 1) {
			throw RuleViolation.conflict("该裁量基准已被他人修订，请刷新后重试");
		}
		insertBenchmark(next);
		this.events.publishEvent(revised);
	}

	void insertType(ViolationType type, int sortOrder) {
		this.jdbc.sql("""
				insert into violation_type (code, name, field, definition, sort_order)
				values (:code, :name, :field, :definition, :sort)""")
			.param("code", type.code())
			.param("name", type.name())
			.param("field", type.field())
			.param("definition", JSON.writeValueAsString(type))
			.param("sort", sortOrder)
			.update();
	}

	void insertBenchmark(Benchmark benchmark) {
		this.jdbc.sql("""
				insert into discretion_benchmark (violation_code, revision, effective_from, effective_to, definition,
				recorded_by, recorded_at, note) values (:code, :rev, :from, :to, :definition, :by, :at, :note)""")
			.param("code", benchmark.violationCode())
			.param("rev", benchmark.revision())
			.param("from", benchmark.effectiveFrom())
			.param("to", benchmark.effectiveTo())
			.param("definition", JSON.writeValueAsString(benchmark))
			.param("by", benchmark.recordedBy())
			.param("at", Timestamp.from(benchmark.recordedAt()))
			.param("note", benchmark.note())
			.update();
	}

	private static Benchmark benchmark(ResultSet rs, int row) throws SQLException {
		Benchmark stored = JSON.readValue(rs.getString("definition"), Benchmark.class);
		return new Benchmark(stored.violationCode(), stored.revision(), stored.title(),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				stored.factors(), stored.bands(), stored.waiver(), stored.recordedBy(), stored.recordedAt(),
				stored.note());
	}

	private static RuleViolation unknown(String code) {
		String shown = (code == null) ? "" : (code.length() > 40) ? code.substring(0, 40) + "…" : code;
		return new RuleViolation("UNKNOWN_VIOLATION_TYPE", "未收录违法行为「" + shown + "」", HttpStatus.NOT_FOUND);
	}

}
