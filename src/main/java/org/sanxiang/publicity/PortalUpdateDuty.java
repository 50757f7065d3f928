package org.sanxiang.publicity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 20-working-day update duty of the 事前公开 pages: a change of a registry the portal
 * shows (执法人员, 执法主体, 权责清单) must be checked on the portal by the publisher within 20
 * working days (国办发〔2018〕118号: 公示信息发生变动的，应当在20个工作日内进行更新). Each change is recorded when it
 * happens; until the publisher confirms the registry's pages as checked, the oldest
 * unconfirmed change sets the due date. The latest change is the pages' "last updated".
 */
@Service
public class PortalUpdateDuty {

	static final int WORKING_DAYS = 20;

	private final JdbcClient jdbc;

	private final OfficialCalendar calendar;

	private final BusinessTime time;

	PortalUpdateDuty(JdbcClient jdbc, OfficialCalendar calendar, BusinessTime time) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.time = time;
	}

	/** A registry the portal shows, with the page that shows it. */
	public enum Registry {

		OFFICER("执法人员", "/portal/officers"), AGENCY("执法主体", "/portal/agencies"), POWER("权责清单", "/portal/powers");

		private final String chineseName;

		private final String page;

		Registry(String chineseName, String page) {
			this.chineseName = chineseName;
			this.page = page;
		}

		public String chineseName() {
			return this.chineseName;
		}

		public String page() {
			return this.page;
		}

	}

	/**
	 * The registries with changes the publisher has not confirmed yet: how many, since
	 * when, and the day the portal must be checked by ({@code null} where the calendar of
	 * that year is not maintained yet).
	 */
	public record Pending(Registry registry, int changes, String latestSubject, Instant firstChangedAt,
			LocalDate dueOn) {

		boolean overdueOn(LocalDate today) {
			return this.dueOn != null && this.dueOn.isBefore(today);
		}

	}

	/** Records a change of {@code registry} now, due in 20 working days. */
	@Transactional
	void recordChange(Registry registry, String subject) {
		Instant now = this.time.now();
		this.jdbc
			.sql("insert into publicity_registry_change (registry, subject, changed_at, due_on)"
					+ " values (:registry, :subject, :at, :due)")
			.param("registry", registry.name())
			.param("subject", (subject.length() > 200) ? subject.substring(0, 200) : subject)
			.param("at", Timestamp.from(now))
			.param("due", dueFrom(this.time.dateOf(now)).orElse(null))
			.update();
	}

	/** The time of the registry's latest change (its pages' 更新时间). */
	public Optional<Instant> lastChanged(Registry registry) {
		return this.jdbc
			.sql("select changed_at from publicity_registry_change where registry = :registry"
					+ " order by id desc fetch first 1 rows only")
			.param("registry", registry.name())
			.query(Timestamp.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.map(Timestamp::toInstant);
	}

	/** The registries with unconfirmed changes, oldest duty first. */
	public List<Pending> pending() {
		return this.jdbc
			.sql("select registry, count(*) as changes, min(changed_at) as first_at, min(due_on) as due_on,"
					+ " max(id) as last_id from publicity_registry_change where checked_at is null"
					+ " group by registry order by min(changed_at)")
			.query((rs, row) -> new Pending(Registry.valueOf(rs.getString("registry")), rs.getInt("changes"),
					latestSubject(rs.getLong("last_id")), rs.getTimestamp("first_at").toInstant(),
					rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/**
	 * The publisher confirms that the registry's portal pages were checked: every change
	 * recorded so far is done.
	 */
	@Transactional
	public int confirmChecked(Registry registry, String publisher) {
		return this.jdbc
			.sql("update publicity_registry_change set checked_at = :now, checked_by = :who"
					+ " where registry = :registry and checked_at is null")
			.param("now", Timestamp.from(this.time.now()))
			.param("who", publisher)
			.param("registry", registry.name())
			.update();
	}

	boolean overdue(Pending pending) {
		return pending.overdueOn(this.time.today());
	}

	LocalDate today() {
		return this.time.today();
	}

	private String latestSubject(long id) {
		return this.jdbc.sql("select subject from publicity_registry_change where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private Optional<LocalDate> dueFrom(LocalDate changedOn) {
		try {
			return Optional.of(this.calendar.addWorkingDays(changedOn, WORKING_DAYS));
		}
		catch (RuleViolation notMaintained) {
			return Optional.empty();
		}
	}

}
