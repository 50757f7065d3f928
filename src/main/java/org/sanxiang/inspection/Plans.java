package org.sanxiang.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies' yearly random-inspection plans: their rounds, adding a round (the unit
 * head's act) and the coverage of the year by object class.
 */
@Service
public class Plans {

	static final int MAX_ROUNDS = 200;

	private final JdbcClient jdbc;

	private final ItemLists lists;

	private final Pools pools;

	private final BusinessTime time;

	Plans(JdbcClient jdbc, ItemLists lists, Pools pools, BusinessTime time) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.pools = pools;
		this.time = time;
	}

	/**
	 * Per class: the parties in the pool this year and those drawn in the year's draws.
	 */
	public record Coverage(ObjectClass objectClass, int pool, int drawn) {
	}

	public List<PlanRound> rounds(long agencyId, int year) {
		return this.jdbc.sql("""
				select * from inspection_plan_round where agency_id = :agency and plan_year = :year
				order by window_from, id limit :max""")
			.param("agency", agencyId)
			.param("year", year)
			.param("max", MAX_ROUNDS)
			.query(Plans::map)
			.list();
	}

	/** A round of the agency, or 404. */
	public PlanRound round(long id, long agencyId) {
		return this.jdbc.sql("select * from inspection_plan_round where id = :id and agency_id = :agency")
			.param("id", id)
			.param("agency", agencyId)
			.query(Plans::map)
			.optional()
			.orElseThrow(() -> RuleViolation.notFound("抽查计划轮次"));
	}

	/**
	 * Adds a round of an item of the current list, inspected in a window of the plan's
	 * year.
	 */
	@Transactional
	public PlanRound addRound(Actor actor, int year, String itemCode, LocalDate from, LocalDate to) {
		if (year < 2000 || year > 2100) {
			throw new RuleViolation("INSPECTION_PLAN_INVALID", "计划年度须在 2000 至 2100 之间");
		}
		ItemList list = this.lists.current(actor.agencyId())
			.orElseThrow(() -> new RuleViolation("INSPECTION_PLAN_INVALID", "请先发布随机抽查事项清单"));
		if (list.item(itemCode).isEmpty()) {
			throw new RuleViolation("INSPECTION_PLAN_INVALID", "请从现行抽查事项清单中选择事项");
		}
		if (from == null || to == null || to.isBefore(from) || from.getYear() != year || to.getYear() != year) {
			throw new RuleViolation("INSPECTION_PLAN_INVALID", "检查期间须在计划年度内，且截止日期不早于起始日期");
		}
		if (rounds(actor.agencyId(), year).size() >= MAX_ROUNDS) {
			throw new RuleViolation("INSPECTION_PLAN_INVALID", "一个年度计划最多 " + MAX_ROUNDS + " 轮");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into inspection_plan_round (agency_id, plan_year, item_code, window_from, window_to, created_by,
				created_at) values (:agency, :year, :item, :from, :to, :by, :at)""")
			.param("agency", actor.agencyId())
			.param("year", year)
			.param("item", itemCode)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("by", actor.username())
			.param("at", Timestamp.from(this.time.now()))
			.update(keys, "id");
		return round(keys.getKeyAs(Number.class).longValue(), actor.agencyId());
	}

	/**
	 * Pool size (the pool on the first of January to the end of the year) against parties
	 * drawn this year.
	 */
	public List<Coverage> coverage(long agencyId, int year) {
		Map<ObjectClass, Integer> pool = new EnumMap<>(ObjectClass.class);
		this.pools.objects(agencyId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.forEach((o) -> pool.merge(o.objectClass(), 1, Integer::sum));
		Map<ObjectClass, Integer> drawn = new EnumMap<>(ObjectClass.class);
		this.jdbc.sql("""
				select d.outcome_json from inspection_draw d join inspection_plan_round r on r.id = d.round_id
				where d.agency_id = :agency and r.plan_year = :year and d.state = 'DRAWN'""")
			.param("agency", agencyId)
			.param("year", year)
			.query((rs, n) -> DrawJson.outcome(rs.getString(1)))
			.list()
			.stream()
			.flatMap((outcome) -> outcome.picks().stream())
			.map((pick) -> pick.objectClass() + "|" + pick.partyId())
			.distinct()
			.forEach((key) -> drawn.merge(ObjectClass.valueOf(key.substring(0, key.indexOf('|'))), 1, Integer::sum));
		return java.util.Arrays.stream(ObjectClass.values())
			.map((c) -> new Coverage(c, pool.getOrDefault(c, 0), drawn.getOrDefault(c, 0)))
			.toList();
	}

	private static PlanRound map(ResultSet rs, int row) throws SQLException {
		return new PlanRound(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("plan_year"),
				rs.getString("item_code"), rs.getDate("window_from").toLocalDate(),
				rs.getDate("window_to").toLocalDate());
	}

}
