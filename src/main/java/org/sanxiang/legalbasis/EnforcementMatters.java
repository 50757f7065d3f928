package org.sanxiang.legalbasis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sanxiang.core.EffectiveDated;
import org.sanxiang.core.LikePattern;
import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 权责清单: enforcement matters, version by version. Public (事前公开): the list in force on
 * a date, searchable by name. Legal reviewers add a matter, revise one from a date (the
 * previous version is closed the day before, as 已修订) and retire one (已取消); versions are
 * never rewritten and every change is audited.
 */
@Service
class EnforcementMatters {

	/** The shipped 权责清单 is in force from the commencement of the 2021 行政处罚法. */
	static final LocalDate SHIPPED_FROM = LocalDate.of(2021, 7, 15);

	private final JdbcClient jdbc;

	private final LegalTexts texts;

	private final ViolationCatalogue catalogue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EnforcementMatters(JdbcClient jdbc, LegalTexts texts, ViolationCatalogue catalogue,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
	}

	/** The matters in force today. */
	public List<EnforcementMatter> all(String query, MatterCategory category) {
		return inForce(query, category, this.texts.today());
	}

	public List<EnforcementMatter> inForce(String query, MatterCategory category, LocalDate date) {
		String pattern = (query == null || query.isBlank()) ? "%" : LikePattern.containing(query);
		return this.jdbc
			.sql("select * from enforcement_matter_version where name like :p escape '\\'"
					+ " and (:cat = '' or category = :cat) and " + EffectiveDated.IN_FORCE_SQL
					+ " order by sort_order, code")
			.param("p", pattern)
			.param("cat", (category != null) ? category.name() : "")
			.param("d", date)
			.query(EnforcementMatters::version)
			.list()
			.stream()
			.map(MatterVersion::matter)
			.toList();
	}

	/** Every version of one matter, oldest first; 404 when never recorded. */
	public List<MatterVersion> history(String code) {
		List<MatterVersion> versions = (code == null || code.length() > 40) ? List.of()
				: this.jdbc.sql("select * from enforcement_matter_version where code = :code order by version")
					.param("code", code.strip())
					.query(EnforcementMatters::version)
					.list();
		if (versions.isEmpty()) {
			throw new RuleViolation("UNKNOWN_MATTER", "未收录该执法事项", HttpStatus.NOT_FOUND);
		}
		return versions;
	}

	@Transactional
	public MatterVersion add(MatterDraft draft, LocalDate from, String note, String actor) {
		List<InvalidLegalInput.Problem> problems = new ArrayList<>();
		EnforcementMatter matter = check(draft, from, note, false, problems);
		if (matter != null && exists(matter.code())) {
			problems
				.add(new InvalidLegalInput.Problem("code", "MATTER_ALREADY_RECORDED", "编码「" + matter.code() + "」已使用"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidLegalInput(problems);
		}
		int sortOrder = this.jdbc.sql("select coalesce(max(sort_order), 0) + 1 from enforcement_matter_version")
			.query(Integer.class)
			.single();
		insert(matter, 1, sortOrder, from, actor, blankToNull(note));
		return recorded(matter.code(), new LegalBasisEvents.MatterAdded(matter.code(), matter.name(), from));
	}

	/**
	 * A new version from {@code from}; {@code basedOn} is the version the reviewer
	 * edited.
	 */
	@Transactional
	public MatterVersion revise(String code, MatterDraft draft, LocalDate from, String note, int basedOn,
			String actor) {
		MatterVersion latest = latestOpen(code, basedOn);
		List<InvalidLegalInput.Problem> problems = new ArrayList<>();
		MatterDraft sameCode = new MatterDraft(latest.matter().code(), draft.name(), draft.category(), draft.levels(),
				draft.randomInspection(), draft.basis(), draft.violationCodes());
		EnforcementMatter matter = check(sameCode, from, note, true, problems);
		afterLatest(latest, from, "effectiveFrom", problems);
		if (problems.isEmpty() && matter.equals(latest.matter())) {
			problems.add(new InvalidLegalInput.Problem("name", "NO_CHANGE", "未作任何修改，无需发布新版本"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidLegalInput(problems);
		}
		close(latest, from, MatterStatus.REVISED, actor, null);
		insert(matter, latest.version() + 1, sortOrder(code), from, actor, note.strip());
		return recorded(code, new LegalBasisEvents.MatterRevised(code, matter.name(), latest.version() + 1, from));
	}

	/** Retires a matter: from {@code from} it is no longer on the 权责清单. */
	@Transactional
	public MatterVersion retire(String code, LocalDate from, String note, int basedOn, String actor) {
		MatterVersion latest = latestOpen(code, basedOn);
		List<InvalidLegalInput.Problem> problems = new ArrayList<>();
		if (from == null) {
			problems.add(new InvalidLegalInput.Problem("retiredFrom", "MISSING_DATE", "请填写取消日期"));
		}
		afterLatest(latest, from, "retiredFrom", problems);
		if (note == null || !PlainText.isAcceptable(note, 500)) {
			problems.add(new InvalidLegalInput.Problem("retireNote", "INVALID_NOTE", "请填写取消说明（500个字符以内，不含控制字符或尖括号）"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidLegalInput(problems);
		}
		close(latest, from, MatterStatus.RETIRED, actor, note.strip());
		return recorded(code, new LegalBasisEvents.MatterRetired(code, latest.matter().name(), from));
	}

	void insert(EnforcementMatter matter, int sortOrder) {
		insert(matter, 1, sortOrder, SHIPPED_FROM, ShippedLegalBasis.SYSTEM, "随产品发布的权责清单");
	}

	private EnforcementMatter check(MatterDraft draft, LocalDate from, String note, boolean noteRequired,
			List<InvalidLegalInput.Problem> problems) {
		if (from == null) {
			problems.add(new InvalidLegalInput.Problem("effectiveFrom", "MISSING_DATE", "请填写施行日期"));
		}
		if ((noteRequired || (note != null && !note.isBlank()))
				&& (note == null || !PlainText.isAcceptable(note, 500))) {
			problems.add(new InvalidLegalInput.Problem("note", "INVALID_NOTE", "请填写修订说明（500个字符以内，不含控制字符或尖括号）"));
		}
		return draft.check((from != null) ? from : this.texts.today(), this.texts, this.catalogue, problems);
	}

	private MatterVersion latestOpen(String code, int basedOn) {
		List<MatterVersion> history = history(code);
		MatterVersion latest = history.get(history.size() - 1);
		if (latest.version() != basedOn) {
			throw RuleViolation.conflict("该执法事项已被他人修改（现为第" + latest.version() + "版），请刷新后重试");
		}
		if (latest.effectiveTo() != null) {
			throw new InvalidLegalInput(List.of(new InvalidLegalInput.Problem("effectiveFrom", "MATTER_NOT_OPEN",
					"该执法事项已于" + latest.effectiveTo() + "失效（" + latest.status().chineseName() + "）")));
		}
		return latest;
	}

	private static void afterLatest(MatterVersion latest, LocalDate from, String field,
			List<InvalidLegalInput.Problem> problems) {
		if (from != null && !latest.maySucceedFrom(from)) {
			problems.add(new InvalidLegalInput.Problem(field, "EFFECTIVE_DATE_NOT_AFTER_CURRENT",
					"日期须晚于现行版本的施行日期（" + latest.effectiveFrom() + "）"));
		}
	}

	private void close(MatterVersion latest, LocalDate from, MatterStatus status, String actor, String why) {
		int closed = this.jdbc.sql("""
				update enforcement_matter_version set effective_to = :to, status = :status, closed_by = :by,
				closing_note = :why where code = :code and version = :v and effective_to is null""")
			.param("to", from.minusDays(1))
			.param("status", status.name())
			.param("by", actor)
			.param("why", why)
			.param("code", latest.matter().code())
			.param("v", latest.version())
			.update();
		if (closed != 1) {
			throw RuleViolation.conflict("该执法事项已被他人修改，请刷新后重试");
		}
	}

	private MatterVersion recorded(String code, Object event) {
		this.events.publishEvent(event);
		List<MatterVersion> history = history(code);
		return history.get(history.size() - 1);
	}

	private boolean exists(String code) {
		return this.jdbc.sql("select count(*) from enforcement_matter_version where code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	private int sortOrder(String code) {
		return this.jdbc.sql("select max(sort_order) from enforcement_matter_version where code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
	}

	private void insert(EnforcementMatter matter, int version, int sortOrder, LocalDate from, String actor,
			String note) {
		this.jdbc.sql("""
				insert into enforcement_matter_version (code, version, name, category, levels, random_inspection, basis,
				violation_codes, sort_order, effective_from, status, recorded_by, recorded_at, note)
				values (:code, :version, :name, :cat, :levels, :random, :basis, :violations, :sort, :from, 'IN_FORCE',
				:by, :at, :note)""")
			.param("code", matter.code())
			.param("version", version)
			.param("name", matter.name())
			.param("cat", matter.category().name())
			.param("levels", String.join(",", matter.levels()))
			.param("random", matter.randomInspection())
			.param("basis", String.join(";", matter.basis().stream().map(Citation::toString).toList()))
			.param("violations", String.join(",", matter.violationCodes()))
			.param("sort", sortOrder)
			.param("from", from)
			.param("by", actor)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("note", note)
			.update();
	}

	private static String blankToNull(String note) {
		return (note == null || note.isBlank()) ? null : note.strip();
	}

	private static MatterVersion version(ResultSet rs, int row) throws SQLException {
		EnforcementMatter matter = new EnforcementMatter(rs.getString("code"), rs.getString("name"),
				MatterCategory.valueOf(rs.getString("category")), split(rs.getString("levels"), ","),
				rs.getBoolean("random_inspection"),
				split(rs.getString("basis"), ";").stream().map(Citation::parse).toList(),
				split(rs.getString("violation_codes"), ","));
		Timestamp at = rs.getTimestamp("recorded_at");
		return new MatterVersion(rs.getInt("version"), matter, rs.getObject("effective_from", LocalDate.class),
				rs.getObject("effective_to", LocalDate.class), MatterStatus.valueOf(rs.getString("status")),
				rs.getString("recorded_by"), (at != null) ? at.toInstant() : null, rs.getString("note"),
				rs.getString("closed_by"), rs.getString("closing_note"));
	}

	private static List<String> split(String value, String separator) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.asList(value.split(separator));
	}

}
