package org.sanxiang.inspection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two pools (两库) of an agency for an inspection window: the object pool (检查对象名录库)
 * from its regulated parties, classed; the inspector pool (执法检查人员名录库) of its officers
 * whose certificate is valid on every day of the window; and who is recused from whom
 * (declared relationships).
 */
@Service
public class Pools {

	private final JdbcClient jdbc;

	private final PartyRegistry parties;

	private final OfficerRegistry officers;

	private final BusinessTime time;

	Pools(JdbcClient jdbc, PartyRegistry parties, OfficerRegistry officers, BusinessTime time) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.officers = officers;
		this.time = time;
	}

	/** A party of the object pool, its class and (for a special object) why. */
	public record PoolObject(long partyId, String name, ObjectClass objectClass, String reason) {
	}

	/** An officer of the inspector pool. */
	public record PoolOfficer(long officerId, String name, String certificateNumber, LocalDate validFrom,
			LocalDate validTo) {
	}

	/** A declared relationship: the officer does not inspect the party. */
	public record DeclaredRecusal(long officerId, String officerName, long partyId, String partyName, String reason) {
	}

	/** The agency's parties in the pool for the window, by class then id. */
	public List<PoolObject> objects(long agencyId, LocalDate from, LocalDate to) {
		Map<Long, String> special = this.jdbc.sql("""
				select party_id, reason from inspection_special_object where agency_id = :agency
				and valid_from <= :to and valid_to >= :from order by id""")
			.param("agency", agencyId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
		List<PoolObject> pool = new ArrayList<>();
		for (PartySummary party : allParties(agencyId)) {
			ObjectClass objectClass = special.containsKey(party.id()) ? ObjectClass.SPECIAL : party.keyPolluter()
					? ObjectClass.KEY_POLLUTER : (party.managementClass() != null) ? ObjectClass.GENERAL : null;
			if (objectClass != null) {
				pool.add(new PoolObject(party.id(), party.name(), objectClass, special.get(party.id())));
			}
		}
		pool.sort(Comparator.comparing(PoolObject::objectClass).thenComparing(PoolObject::partyId));
		return pool;
	}

	/**
	 * The agency's officers whose certificate is valid on every day from {@code from} to
	 * {@code to}.
	 */
	public List<PoolOfficer> inspectors(long agencyId, LocalDate from, LocalDate to) {
		return this.officers.within(Set.of(agencyId), null)
			.stream()
			.filter((officer) -> officer.isQualifiedOn(from) && officer.isQualifiedOn(to))
			.sorted(Comparator.comparing(Officer::id))
			.map((o) -> new PoolOfficer(o.id(), o.name(), o.certificateNumber(), o.validFrom(), o.validTo()))
			.toList();
	}

	/**
	 * The agency's officers left out of the pool for the window, with their certificate's
	 * dates.
	 */
	public List<PoolOfficer> notQualified(long agencyId, LocalDate from, LocalDate to) {
		return this.officers.within(Set.of(agencyId), null)
			.stream()
			.filter((officer) -> !(officer.isQualifiedOn(from) && officer.isQualifiedOn(to)))
			.sorted(Comparator.comparing(Officer::id))
			.map((o) -> new PoolOfficer(o.id(), o.name(), o.certificateNumber(), o.validFrom(), o.validTo()))
			.toList();
	}

	public List<DeclaredRecusal> recusals(long agencyId) {
		Map<Long, String> officerNames = this.officers.within(Set.of(agencyId), null)
			.stream()
			.collect(Collectors.toMap(Officer::id, Officer::name));
		Map<Long, String> partyNames = allParties(agencyId).stream()
			.collect(Collectors.toMap(PartySummary::id, PartySummary::name));
		return this.jdbc
			.sql("select officer_id, party_id, reason from inspection_recusal where agency_id = :agency order by id")
			.param("agency", agencyId)
			.query((rs, n) -> new DeclaredRecusal(rs.getLong(1), officerNames.getOrDefault(rs.getLong(1), ""),
					rs.getLong(2), partyNames.getOrDefault(rs.getLong(2), ""), rs.getString(3)))
			.list();
	}

	/** 特殊监管对象: flags a party of the actor's agency for a period, with the reason. */
	@Transactional
	public void flagSpecial(Actor actor, long partyId, String reason, LocalDate from, LocalDate to) {
		this.parties.party(partyId, Set.of(actor.agencyId()));
		String why = reason(reason);
		if (from == null || to == null || to.isBefore(from) || from.getYear() < 2000 || to.getYear() > 2100) {
			throw new RuleViolation("INSPECTION_SPECIAL_INVALID", "请填写特殊监管的期间（截止日期不早于起始日期）");
		}
		this.jdbc.sql("""
				insert into inspection_special_object (agency_id, party_id, reason, valid_from, valid_to, flagged_by,
				flagged_at) values (:agency, :party, :reason, :from, :to, :by, :at)""")
			.param("agency", actor.agencyId())
			.param("party", partyId)
			.param("reason", why)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("by", actor.username())
			.param("at", Timestamp.from(this.time.now()))
			.update();
	}

	/** 回避: the officer declares a relationship with a party of the actor's agency. */
	@Transactional
	public void declareRecusal(Actor actor, long officerId, long partyId, String reason) {
		this.officers.officer(officerId, Set.of(actor.agencyId()));
		this.parties.party(partyId, Set.of(actor.agencyId()));
		String why = reason(reason);
		try {
			this.jdbc.sql("""
					insert into inspection_recusal (agency_id, officer_id, party_id, reason, declared_by, declared_at)
					values (:agency, :officer, :party, :reason, :by, :at)""")
				.param("agency", actor.agencyId())
				.param("officer", officerId)
				.param("party", partyId)
				.param("reason", why)
				.param("by", actor.username())
				.param("at", Timestamp.from(this.time.now()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("INSPECTION_RECUSAL_EXISTS", "该执法人员对该检查对象的回避已登记", HttpStatus.CONFLICT);
		}
	}

	/** Declared recusals of the agency as pairs. */
	List<DrawInput.Recusal> declaredPairs(long agencyId) {
		return this.jdbc.sql("select officer_id, party_id from inspection_recusal where agency_id = :agency")
			.param("agency", agencyId)
			.query((rs, n) -> new DrawInput.Recusal(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	Map<Long, String> officerNames(long agencyId) {
		return this.officers.within(Set.of(agencyId), null)
			.stream()
			.collect(Collectors.toMap(Officer::id, Officer::name));
	}

	Map<Long, String> partyNames(long agencyId) {
		return allParties(agencyId).stream().collect(Collectors.toMap(PartySummary::id, PartySummary::name));
	}

	private List<PartySummary> allParties(long agencyId) {
		List<PartySummary> all = new ArrayList<>();
		for (int page = 0; page <= Paging.MAX_PAGE; page++) {
			ResultPage<PartySummary> one = this.parties.page(Set.of(agencyId), null, null,
					new Paging.Params(page, Paging.MAX_SIZE, "registered", "asc"));
			all.addAll(one.items());
			if (!one.hasNext()) {
				break;
			}
		}
		return all;
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 200) {
			throw new RuleViolation("INSPECTION_REASON_REQUIRED", "请填写理由（不超过200字）");
		}
		return reason.strip();
	}

}
