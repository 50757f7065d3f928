package org.sanxiang.statistics;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.inspection.InspectionCompleted;
import org.sanxiang.licensing.LicensingDecided;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts the annual report counts, derived from the source records: a penalty case
 * (filing, decision and its penalties, 不予处罚, hearing, 复议/诉讼 outcomes), a review request
 * (each decided round) and the publications (on time, late, overdue). Deriving one record
 * replaces all of its facts, so an event delivered twice, or a rebuild, leaves exactly
 * the facts the record stands for — the figures are reproducible from the records.
 */
@Service
public class StatisticFacts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final BusinessTime time;

	StatisticFacts(JdbcClient jdbc, BusinessTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	record Fact(String kind, String category, String recordType, long recordId, long agencyId, LocalDate date,
			BigDecimal amount, String label) {
	}

	/** Derives the facts of one penalty case again. */
	@Transactional
	public void refreshCase(long caseId) {
		List<Fact> facts = new ArrayList<>();
		this.jdbc
			.sql("select p.agency_id, p.title, p.filed_on, p.decided_on, p.decided_actions, p.decided_fine,"
					+ " p.decided_confiscated, p.hearing_held_on, e.remedies from penalty_case p"
					+ " left join case_execution e on e.case_id = p.id where p.id = :id")
			.param("id", caseId)
			.query((rs, n) -> {
				long agency = rs.getLong("agency_id");
				String title = rs.getString("title");
				facts.add(new Fact(FactKind.CASE_FILED, "", FactKind.CASE, caseId, agency,
						rs.getDate("filed_on").toLocalDate(), null, title));
				Date decided = rs.getDate("decided_on");
				if (decided != null) {
					LocalDate on = decided.toLocalDate();
					facts.add(new Fact(FactKind.DECISION_ISSUED, "", FactKind.CASE, caseId, agency, on, null, title));
					String actions = rs.getString("decided_actions");
					for (String action : (actions == null) ? new String[0] : actions.split(",")) {
						BigDecimal amount = "FINE".equals(action) ? rs.getBigDecimal("decided_fine") : null;
						facts.add(new Fact(FactKind.PENALTY, action.strip(), FactKind.CASE, caseId, agency, on, amount,
								title));
					}
					BigDecimal confiscated = rs.getBigDecimal("decided_confiscated");
					if (confiscated != null && confiscated.signum() > 0) {
						facts.add(new Fact(FactKind.CONFISCATION, "", FactKind.CASE, caseId, agency, on, confiscated,
								title));
					}
				}
				Date hearing = rs.getDate("hearing_held_on");
				if (hearing != null) {
					facts.add(new Fact(FactKind.HEARING_HELD, "", FactKind.CASE, caseId, agency, hearing.toLocalDate(),
							null, title));
				}
				remedies(rs.getString("remedies"), caseId, agency, title, facts);
				return null;
			})
			.list();
		if (!facts.isEmpty()) {
			Fact filed = facts.get(0);
			this.jdbc.sql("select acted_on from case_entry where case_id = :id and act = 'NOT_PUNISH'")
				.param("id", caseId)
				.query(LocalDate.class)
				.list()
				.forEach((on) -> facts.add(new Fact(FactKind.NOT_PUNISHED, "", FactKind.CASE, caseId, filed.agencyId(),
						on, null, filed.label())));
		}
		replace(FactKind.CASE, caseId, facts);
	}

	private static void remedies(String json, long caseId, long agency, String title, List<Fact> facts) {
		if (json == null || json.isBlank()) {
			return;
		}
		for (JsonNode remedy : JSON.readTree(json)) {
			JsonNode outcome = remedy.get("outcome");
			JsonNode decidedOn = remedy.get("decidedOn");
			if (outcome == null || outcome.isNull() || decidedOn == null || decidedOn.isNull()) {
				continue;
			}
			LocalDate on = decidedOn.isArray()
					? LocalDate.of(decidedOn.get(0).asInt(), decidedOn.get(1).asInt(), decidedOn.get(2).asInt())
					: LocalDate.parse(decidedOn.asString());
			facts.add(new Fact(FactKind.REMEDY, remedy.get("kind").asString() + ":" + outcome.asString(), FactKind.CASE,
					caseId, agency, on, null, title));
		}
	}

	/** Derives the facts of one review request again: one per decided round. */
	@Transactional
	public void refreshReviewRequest(long requestId) {
		List<Fact> facts = this.jdbc
			.sql("select r.agency_id, r.title, rr.round_index, rr.outcome, rr.decided_on from review_round rr"
					+ " join review_request r on r.id = rr.request_id"
					+ " where rr.request_id = :id and rr.outcome is not null and rr.decided_on is not null")
			.param("id", requestId)
			.query((rs, n) -> new Fact(FactKind.REVIEW, rs.getString("outcome"), FactKind.REVIEW_REQUEST, requestId,
					rs.getLong("agency_id"), rs.getDate("decided_on").toLocalDate(), null,
					rs.getString("title") + "（第" + rs.getInt("round_index") + "轮）"))
			.list();
		replace(FactKind.REVIEW_REQUEST, requestId, facts);
	}

	/**
	 * Derives the timeliness of the publications due or published in {@code year} again:
	 * published by the due date (按期), after it (逾期), or not published and past it today
	 * (超期未公开). The publicity module announces no event other modules may hear, so this
	 * runs nightly and with every rebuild.
	 */
	@Transactional
	public int refreshPublications(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		LocalDate today = this.time.today();
		this.jdbc.sql("delete from statistics_fact where kind = :kind and business_date between :first and :last")
			.params(Map.of("kind", FactKind.PUBLICATION, "first", first, "last", last))
			.update();
		List<Fact> facts = this.jdbc
			.sql("select id, agency_id, title, due_on, published_on from publicity_publication"
					+ " where (published_on between :first and :last)"
					+ " or (published_on is null and status = 'PENDING' and due_on between :first and :last)")
			.params(Map.of("first", first, "last", last))
			.query((rs, n) -> {
				LocalDate due = rs.getDate("due_on").toLocalDate();
				Date published = rs.getDate("published_on");
				String category = (published == null) ? (due.isBefore(today) ? "OVERDUE" : null)
						: published.toLocalDate().isAfter(due) ? "LATE" : "ON_TIME";
				return (category == null) ? null
						: new Fact(FactKind.PUBLICATION, category, FactKind.PUBLICATION_RECORD, rs.getLong("id"),
								rs.getLong("agency_id"), (published == null) ? due : published.toLocalDate(), null,
								rs.getString("title"));
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
		facts.forEach(this::insert);
		return facts.size();
	}

	/**
	 * Derives every fact of {@code year} again from the source records: the cases filed,
	 * decided, heard or ruled on in the year, the review requests with a round decided in
	 * it, and its publications. Returns the number of records derived.
	 */
	@Transactional
	public int rebuild(int year) {
		Map<String, Object> range = Map.of("first", LocalDate.of(year, 1, 1), "last", LocalDate.of(year, 12, 31));
		List<Long> cases = this.jdbc
			.sql("select id from penalty_case where filed_on between :first and :last"
					+ " or decided_on between :first and :last or hearing_held_on between :first and :last"
					+ " union select case_id from case_entry where act in ('NOT_PUNISH', 'RECORD_REMEDY_OUTCOME')"
					+ " and acted_on between :first and :last"
					+ " union select record_id from statistics_fact where record_type = 'CASE'"
					+ " and business_date between :first and :last")
			.params(range)
			.query(Long.class)
			.list();
		cases.forEach(this::refreshCase);
		List<Long> requests = this.jdbc
			.sql("select distinct request_id from review_round where decided_on between :first and :last"
					+ " union select record_id from statistics_fact where record_type = 'REVIEW_REQUEST'"
					+ " and business_date between :first and :last")
			.params(range)
			.query(Long.class)
			.list();
		requests.forEach(this::refreshReviewRequest);
		List<Long> onTheSpot = this.jdbc
			.sql("select id from on_the_spot_decision where decided_on between :first and :last"
					+ " union select record_id from statistics_fact where record_type = 'ON_THE_SPOT_DECISION'"
					+ " and business_date between :first and :last")
			.params(range)
			.query(Long.class)
			.list();
		onTheSpot.forEach(this::refreshOnTheSpot);
		List<Long> measures = this.jdbc
			.sql("select id from coercive_measure where decided_on between :first and :last"
					+ " union select record_id from statistics_fact where record_type = '" + FactKind.MEASURE_RECORD
					+ "' and business_date between :first and :last")
			.params(range)
			.query(Long.class)
			.list();
		measures.forEach(this::refreshMeasure);
		return cases.size() + requests.size() + onTheSpot.size() + measures.size() + refreshPublications(year);
	}

	/**
	 * Records the facts of an inspection (行政检查, 双随机 or other, and a finding) from its
	 * event: the inspection module's records are not this module's to read, so these
	 * facts are the event's and a rebuild keeps them (docs/statistics.md). Delivered
	 * twice, the same facts.
	 */
	@Transactional
	public void recordInspection(InspectionCompleted completed) {
		String label = completed.taskNumber() + " " + completed.partyName();
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(FactKind.INSPECTION, (completed.drawId() != null) ? "RANDOM" : "OTHER",
				FactKind.INSPECTION_TASK, completed.taskId(), completed.agencyId(), completed.inspectedOn(), null,
				label));
		if (completed.violationFound()) {
			facts.add(new Fact(FactKind.INSPECTION_FINDING, "", FactKind.INSPECTION_TASK, completed.taskId(),
					completed.agencyId(), completed.inspectedOn(), null, label));
		}
		replace(FactKind.INSPECTION_TASK, completed.taskId(), facts);
	}

	/** Derives the facts of one on-the-spot decision (当场处罚, with its fine) again. */
	@Transactional
	public void refreshOnTheSpot(long decisionId) {
		List<Fact> facts = this.jdbc
			.sql("select agency_id, party_name, fine, decided_on from on_the_spot_decision where id = :id")
			.param("id", decisionId)
			.query((rs, n) -> new Fact(FactKind.ON_THE_SPOT, "", FactKind.ON_THE_SPOT_DECISION, decisionId,
					rs.getLong("agency_id"), rs.getDate("decided_on").toLocalDate(), rs.getBigDecimal("fine"),
					"当场处罚 " + rs.getString("party_name")))
			.list();
		replace(FactKind.ON_THE_SPOT_DECISION, decisionId, facts);
	}

	/**
	 * Derives the facts of one coercive measure again: counted once decided (行政强制措施决定),
	 * on its decision date, under its kind. Each measure is its own record, so two
	 * measures of one kind on one case and day are two.
	 */
	@Transactional
	public void refreshMeasure(long measureId) {
		List<Fact> facts = this.jdbc
			.sql("select m.agency_id, m.kind, m.decided_on, p.title from coercive_measure m"
					+ " join penalty_case p on p.id = m.case_id where m.id = :id and m.decided_on is not null")
			.param("id", measureId)
			.query((rs, n) -> {
				String kind = rs.getString("kind");
				return new Fact(FactKind.COERCIVE_MEASURE, kind, FactKind.MEASURE_RECORD, measureId,
						rs.getLong("agency_id"), rs.getDate("decided_on").toLocalDate(), null,
						org.sanxiang.casefile.MeasureKind.valueOf(kind).chineseName() + " · " + rs.getString("title"));
			})
			.list();
		replace(FactKind.MEASURE_RECORD, measureId, facts);
	}

	/**
	 * Records a licensing decision (准予 or 不予行政许可) from its event: like inspections, the
	 * licensing module's records are not this module's to read, so a rebuild keeps these
	 * facts. Delivered twice, the same fact.
	 */
	@Transactional
	public void recordLicensing(LicensingDecided decided) {
		String label = decided.applicationNumber() + " " + decided.partyName() + " " + decided.licenceTypeName();
		replace(FactKind.LICENCE_APPLICATION, decided.applicationId(),
				List.of(new Fact(FactKind.LICENSING, decided.granted() ? "GRANTED" : "REFUSED",
						FactKind.LICENCE_APPLICATION, decided.applicationId(), decided.agencyId(), decided.decidedOn(),
						null, label)));
	}

	/** Whether no fact was ever derived. */
	@Transactional(readOnly = true)
	public boolean empty() {
		return this.jdbc.sql("select count(*) from statistics_fact").query(Long.class).single() == 0;
	}

	private void replace(String recordType, long recordId, List<Fact> facts) {
		this.jdbc.sql("delete from statistics_fact where record_type = :type and record_id = :id")
			.param("type", recordType)
			.param("id", recordId)
			.update();
		facts.forEach(this::insert);
	}

	private void insert(Fact fact) {
		this.jdbc.sql("insert into statistics_fact (kind, category, record_type, record_id, agency_id, business_date,"
				+ " amount, label, recorded_at) values (:kind, :category, :type, :id, :agency, :date, :amount, :label, :at)")
			.param("kind", fact.kind())
			.param("category", fact.category())
			.param("type", fact.recordType())
			.param("id", fact.recordId())
			.param("agency", fact.agencyId())
			.param("date", fact.date())
			.param("amount", fact.amount())
			.param("label", (fact.label().length() > 500) ? fact.label().substring(0, 500) : fact.label())
			.param("at", Timestamp.from(this.time.now()))
			.update();
	}

}
