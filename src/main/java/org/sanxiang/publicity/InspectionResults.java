package org.sanxiang.publicity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.inspection.InspectionCompleted;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of random inspections (双随机、一公开: 抽查结果 public within 20 working days of the
 * inspection, 国办发〔2019〕5号 and the bureau's rules). A random inspection completed
 * ({@link InspectionCompleted} with a draw; an inspection not drawn at random is not
 * published here) becomes a result due 20 working days after the inspection on the
 * official calendar, with the automatic redaction proposal — as a decision does, the
 * publisher approves the (possibly edited) copy, refused while it still holds personal
 * data; overdue results stand on the board. Delivered twice, the event records one
 * result.
 */
@Service
class InspectionResults {

	static final int WORKING_DAYS = 20;

	private final JdbcClient jdbc;

	private final OfficialCalendar calendar;

	private final BusinessTime time;

	private final AgencyDirectory agencies;

	InspectionResults(JdbcClient jdbc, OfficialCalendar calendar, BusinessTime time, AgencyDirectory agencies) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.time = time;
		this.agencies = agencies;
	}

	@ApplicationModuleListener
	void on(InspectionCompleted completed) {
		completed(completed);
	}

	/** What the listener does, callable synchronously; the result's id, or empty. */
	@Transactional
	Optional<Long> completed(InspectionCompleted completed) {
		if (completed.drawId() == null) {
			return Optional.empty();
		}
		Optional<Long> existing = idOfTask(completed.taskId());
		if (existing.isPresent()) {
			return existing;
		}
		boolean organisation = completed.creditCode() != null && !completed.creditCode().isBlank();
		String publicParty = CreditRecords.publicName(completed.partyName(),
				organisation ? CaseEvent.PartyCategory.LEGAL_PERSON : null);
		Set<String> persons = publicParty.equals(completed.partyName()) ? Set.of() : Set.of(completed.partyName());
		String text = (completed.publicResult() == null || completed.publicResult().isBlank())
				? (completed.violationFound() ? "发现涉嫌违法行为，已移交立案审查。" : "未发现违法违规问题。") : completed.publicResult().strip();
		text = cut(text, 4000);
		String proposal = cut(Redactor.propose(text, persons), 4000);
		Timestamp now = Timestamp.from(this.time.now());
		this.jdbc
			.sql("""
					insert into publicity_inspection_result (public_id, task_id, draw_id, agency_id, agency_name, task_number,
					  party_name, public_party, credit_code, item_name, inspected_on, due_on, violation_found, original_text,
					  proposed_text, status, version, recorded_at, updated_at)
					values (:publicId, :task, :draw, :agency, :agencyName, :number, :party, :publicParty, :creditCode, :item,
					  :inspected, :due, :found, :text, :proposal, 'PENDING', 0, :now, :now)""")
			.param("publicId", newPublicId())
			.param("task", completed.taskId())
			.param("draw", completed.drawId())
			.param("agency", completed.agencyId())
			.param("agencyName", this.agencies.agency(completed.agencyId()).name())
			.param("number", cut(completed.taskNumber(), 100))
			.param("party", cut(completed.partyName(), 200))
			.param("publicParty", cut(publicParty, 200))
			.param("creditCode", organisation ? completed.creditCode().strip() : null)
			.param("item", cut(completed.itemName(), 500))
			.param("inspected", Date.valueOf(completed.inspectedOn()))
			.param("due", Date.valueOf(this.calendar.addWorkingDays(completed.inspectedOn(), WORKING_DAYS)))
			.param("found", completed.violationFound())
			.param("text", text)
			.param("proposal", proposal)
			.param("now", now)
			.update();
		return idOfTask(completed.taskId());
	}

	/**
	 * Publishes the publisher's copy; refused while it still holds personal data (the
	 * party's own name included, for a natural person), after another publisher acted
	 * (409), or once published.
	 */
	@Transactional
	InspectionResult approve(long id, int version, String text, String by, Set<Long> scope) {
		InspectionResult result = get(id, scope);
		if (!InspectionResult.PENDING.equals(result.status())) {
			throw RuleViolation.conflict("该抽查结果已公开，不能再次公开。");
		}
		if (text == null || text.isBlank()) {
			throw new RuleViolation("PUBLICATION_FIELD_REQUIRED", "请填写公开文本。", HttpStatus.BAD_REQUEST);
		}
		String clean = text.strip();
		if (clean.length() > 4000) {
			throw new RuleViolation("PUBLICATION_FIELD_TOO_LONG", "公开文本不能超过 4000 字。", HttpStatus.BAD_REQUEST);
		}
		Set<String> persons = result.publicParty().equals(result.partyName()) ? Set.of() : Set.of(result.partyName());
		List<String> residue = Redactor.residue(clean, persons);
		if (!residue.isEmpty()) {
			throw new RuleViolation("PUBLICATION_PERSONAL_DATA",
					"公开文本仍含个人信息（" + String.join("、", residue) + "），请删除后再批准。", HttpStatus.BAD_REQUEST);
		}
		int updated = this.jdbc.sql("""
				update publicity_inspection_result set status = 'PUBLISHED', published_text = :text,
				  published_on = :today, published_by = :by, version = version + 1, updated_at = :now
				where id = :id and version = :version and status = 'PENDING'""")
			.param("text", clean)
			.param("today", Date.valueOf(this.time.today()))
			.param("by", by)
			.param("now", Timestamp.from(this.time.now()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw RuleViolation.conflict("该抽查结果刚被他人处理过，请刷新页面查看最新状态后再操作。");
		}
		return get(id, scope);
	}

	/** A result of an agency in the scope, or 404. */
	InspectionResult get(long id, Set<Long> scope) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(InspectionResults::row)
			.optional()
			.filter((r) -> scope.contains(r.agencyId()))
			.orElseThrow(() -> RuleViolation.notFound("抽查结果"));
	}

	/** The results awaiting approval in the scope, the oldest due first. */
	List<InspectionResult> pending(Set<Long> scope, int limit) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " where status = 'PENDING' and agency_id in (:scope) order by due_on, id limit :n")
			.param("scope", scope)
			.param("n", limit)
			.query(InspectionResults::row)
			.list();
	}

	/** A page of published results matching the public search. */
	Page search(InspectionResultSearch search) {
		StringBuilder where = new StringBuilder(" where status = 'PUBLISHED'");
		Map<String, Object> params = new HashMap<>();
		if (search.party() != null) {
			where.append(" and lower(public_party) like :party escape '!'");
			params.put("party", "%" + like(search.party().toLowerCase(Locale.ROOT)) + "%");
		}
		if (search.creditCode() != null) {
			where.append(" and credit_code = :creditCode");
			params.put("creditCode", search.creditCode());
		}
		if (search.from() != null) {
			where.append(" and inspected_on >= :from");
			params.put("from", search.from());
		}
		if (search.to() != null) {
			where.append(" and inspected_on <= :to");
			params.put("to", search.to());
		}
		long total = this.jdbc.sql("select count(*) from publicity_inspection_result" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<InspectionResult> items = this.jdbc
			.sql(SELECT + where + " order by inspected_on desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", search.size())
			.param("offset", (long) search.page() * search.size())
			.query(InspectionResults::row)
			.list();
		return new Page(items.stream().map(PublicInspectionResult::of).toList(), total, search.page(), search.size());
	}

	/** A page of public results with the total. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "InspectionResultPage")
	record Page(
			@io.swagger.v3.oas.annotations.media.Schema(
					description = "本页的双随机抽查结果（the results of this page）") List<PublicInspectionResult> items,
			@io.swagger.v3.oas.annotations.media.Schema(description = "命中总数（number of matches）") long total,
			@io.swagger.v3.oas.annotations.media.Schema(description = "页码，从 0 起（page number, from 0）") int page,
			@io.swagger.v3.oas.annotations.media.Schema(description = "每页条数（page size）") int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	private Optional<Long> idOfTask(long taskId) {
		return this.jdbc.sql("select id from publicity_inspection_result where task_id = :task")
			.param("task", taskId)
			.query(Long.class)
			.optional();
	}

	private static String like(String q) {
		return q.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static String cut(String text, int max) {
		if (text == null) {
			return "";
		}
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	private static String newPublicId() {
		byte[] bytes = new byte[12];
		new java.security.SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static final String SELECT = """
			select id, public_id, task_id, draw_id, agency_id, agency_name, task_number, party_name, public_party,
			       credit_code, item_name, inspected_on, due_on, violation_found, original_text, proposed_text,
			       published_text, status, version, published_on from publicity_inspection_result""";

	private static InspectionResult row(ResultSet rs, int i) throws SQLException {
		Date published = rs.getDate("published_on");
		return new InspectionResult(rs.getLong("id"), rs.getString("public_id"), rs.getLong("task_id"),
				rs.getLong("draw_id"), rs.getLong("agency_id"), rs.getString("agency_name"),
				rs.getString("task_number"), rs.getString("party_name"), rs.getString("public_party"),
				rs.getString("credit_code"), rs.getString("item_name"), rs.getDate("inspected_on").toLocalDate(),
				rs.getDate("due_on").toLocalDate(), rs.getBoolean("violation_found"), rs.getString("original_text"),
				rs.getString("proposed_text"), rs.getString("published_text"), rs.getString("status"),
				rs.getInt("version"), (published == null) ? null : published.toLocalDate());
	}

}
