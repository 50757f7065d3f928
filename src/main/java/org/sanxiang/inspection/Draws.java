package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draws (抽取) in two acts. Committing freezes the pools into a {@link DrawInput},
 * draws a 32-byte seed that stays unseen, and publishes — sealed in the ledger — the
 * commitment SHA-256(seed) and the lists' digest. Drawing later reveals the seed,
 * computes {@link RandomDraw#draw}, stores and seals the outcome and registers
 * {@link InspectionsDrawn}. Nobody can choose the seed after seeing the lists, nor the
 * lists after seeing the seed.
 */
@Service
public class Draws {

	private final JdbcClient jdbc;

	private final Plans plans;

	private final ItemLists lists;

	private final Pools pools;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	Draws(JdbcClient jdbc, Plans plans, ItemLists lists, Pools pools, BusinessTime time,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.lists = lists;
		this.pools = pools;
		this.time = time;
		this.events = events;
	}

	/** 冻结名录并公布承诺 for a round of the actor's agency. */
	@Transactional
	public DrawView commit(Actor actor, long roundId) {
		PlanRound round = this.plans.round(roundId, actor.agencyId());
		if (forRound(roundId).isPresent()) {
			throw new RuleViolation("INSPECTION_DRAW_EXISTS", "本轮已冻结名录并公布承诺，不能再次冻结", HttpStatus.CONFLICT);
		}
		ItemList list = this.lists.current(actor.agencyId())
			.orElseThrow(() -> new RuleViolation("INSPECTION_PLAN_INVALID", "请先发布随机抽查事项清单"));
		InspectionItem item = list.item(round.itemCode())
			.orElseThrow(() -> new RuleViolation("INSPECTION_PLAN_INVALID", "现行抽查事项清单已无事项 " + round.itemCode()));
		DrawInput input = freeze(actor.agencyId(), round, item);
		byte[] seed = new byte[32];
		this.random.nextBytes(seed);
		String seedHex = HexFormat.of().formatHex(seed);
		String commitment = ContentDigests.of(seed).sha256();
		String digest = HexFormat.of().formatHex(inChinese(() -> RandomDraw.digest(input)));
		String number = "抽查〔" + round.year() + "〕" + round.id() + "号";
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("""
					insert into inspection_draw (agency_id, round_id, draw_number, list_version, item_code, input_json,
					input_digest, seed, commitment, state, committed_by, committed_at) values (:agency, :round, :number,
					:version, :item, :input, :digest, :seed, :commitment, 'COMMITTED', :by, :at)""")
				.param("agency", actor.agencyId())
				.param("round", roundId)
				.param("number", number)
				.param("version", list.version())
				.param("item", item.code())
				.param("input", DrawJson.of(input))
				.param("digest", digest)
				.param("seed", seedHex)
				.param("commitment", commitment)
				.param("by", actor.username())
				.param("at", Timestamp.from(this.time.now()))
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("INSPECTION_DRAW_EXISTS", "本轮已冻结名录并公布承诺，不能再次冻结", HttpStatus.CONFLICT);
		}
		long id = keys.getKeyAs(Number.class).longValue();
		this.events.publishEvent(new DrawCommitted(id, actor.agencyId(), number, commitment, digest));
		return view(id, actor.agencyId());
	}

	/**
	 * 抽取: reveals the seed and draws; a second attempt (double click, two heads) is a
	 * 409.
	 */
	@Transactional
	public DrawView draw(Actor actor, long drawId) {
		Row row = row(drawId, actor.agencyId());
		if (row.drawn()) {
			throw new RuleViolation("INSPECTION_DRAW_DONE", "本轮已抽取，不能重复抽取", HttpStatus.CONFLICT);
		}
		DrawInput input = DrawJson.input(row.inputJson());
		byte[] seed = HexFormat.of().parseHex(row.seed());
		DrawOutcome outcome = inChinese(() -> RandomDraw.draw(seed, input));
		String outcomeJson = DrawJson.of(outcome);
		int updated = this.jdbc.sql("""
				update inspection_draw set state = 'DRAWN', outcome_json = :outcome, drawn_by = :by, drawn_at = :at
				where id = :id and state = 'COMMITTED'""")
			.param("outcome", outcomeJson)
			.param("by", actor.username())
			.param("at", Timestamp.from(this.time.now()))
			.param("id", drawId)
			.update();
		if (updated == 0) {
			throw new RuleViolation("INSPECTION_DRAW_DONE", "本轮已抽取，不能重复抽取", HttpStatus.CONFLICT);
		}
		String outcomeDigest = ContentDigests.of(outcomeJson.getBytes(StandardCharsets.UTF_8)).sha256();
		this.events.publishEvent(new DrawRevealed(drawId, actor.agencyId(), row.number(), row.seed(), outcomeDigest));
		InspectionItem item = this.lists.version(actor.agencyId(), row.listVersion())
			.flatMap((list) -> list.item(row.itemCode()))
			.orElseThrow();
		Map<Long, String> names = this.pools.partyNames(actor.agencyId());
		List<DrawnTask> tasks = outcome.picks()
			.stream()
			.map((pick) -> new DrawnTask(pick.partyId(), names.getOrDefault(pick.partyId(), ""), pick.objectClass(),
					row.roundId(), item.name(), item.legalBasis(), item.checklist(), pick.inspectorIds(), input.from(),
					input.to()))
			.toList();
		this.events.publishEvent(new InspectionsDrawn(drawId, actor.agencyId(), row.number(), tasks));
		return view(drawId, actor.agencyId());
	}

	/** A draw of the agency with names, for its staff. */
	public DrawView view(long drawId, long agencyId) {
		Row row = row(drawId, agencyId);
		Map<Long, String> parties = row.drawn() ? this.pools.partyNames(agencyId) : Map.of();
		Map<Long, String> officers = row.drawn() ? this.pools.officerNames(agencyId) : Map.of();
		return row.view(parties, officers);
	}

	/** The draws of an agency's rounds of a year, by round id. */
	public Map<Long, DrawView> ofYear(long agencyId, int year) {
		return this.jdbc
			.sql("""
					select d.*, r.window_from, r.window_to from inspection_draw d
					join inspection_plan_round r on r.id = d.round_id where d.agency_id = :agency and r.plan_year = :year""")
			.param("agency", agencyId)
			.param("year", year)
			.query(Draws::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Row::roundId, (row) -> row.view(Map.of(), Map.of())));
	}

	/** One page of all agencies' draws for the portal, newest first, without picks. */
	public List<DrawView> published(int page, int size) {
		return this.jdbc.sql("""
				select d.*, r.window_from, r.window_to from inspection_draw d
				join inspection_plan_round r on r.id = d.round_id order by d.id desc limit :size offset :offset""")
			.param("size", size + 1)
			.param("offset", (long) page * size)
			.query(Draws::map)
			.list()
			.stream()
			.map((row) -> row.view(Map.of(), Map.of()))
			.toList();
	}

	/**
	 * The frozen input of a drawn draw whose window has ended (IDs only), so that anyone
	 * can replay it; empty before.
	 */
	public Optional<String> replayInput(long drawId) {
		return this.jdbc.sql("""
				select d.*, r.window_from, r.window_to from inspection_draw d
				join inspection_plan_round r on r.id = d.round_id where d.id = :id""")
			.param("id", drawId)
			.query(Draws::map)
			.optional()
			.filter((row) -> row.drawn() && this.time.today().isAfter(row.to()))
			.map(Row::inputJson);
	}

	private Optional<Row> forRound(long roundId) {
		return this.jdbc.sql("""
				select d.*, r.window_from, r.window_to from inspection_draw d
				join inspection_plan_round r on r.id = d.round_id where d.round_id = :round""")
			.param("round", roundId)
			.query(Draws::map)
			.optional();
	}

	private Row row(long drawId, long agencyId) {
		return this.jdbc.sql("""
				select d.*, r.window_from, r.window_to from inspection_draw d
				join inspection_plan_round r on r.id = d.round_id where d.id = :id and d.agency_id = :agency""")
			.param("id", drawId)
			.param("agency", agencyId)
			.query(Draws::map)
			.optional()
			.orElseThrow(() -> RuleViolation.notFound("抽取"));
	}

	/**
	 * The frozen lists: the pools for the round's window, the quota of each class in
	 * scope (ratio × pool size, rounded up, so that the ratio is a minimum), the recusals
	 * declared and those of the previous draw of the same item.
	 */
	private DrawInput freeze(long agencyId, PlanRound round, InspectionItem item) {
		List<Pools.PoolObject> objects = this.pools.objects(agencyId, round.from(), round.to());
		List<Pools.PoolOfficer> inspectors = this.pools.inspectors(agencyId, round.from(), round.to());
		List<DrawInput.ClassQuota> quotas = new ArrayList<>();
		for (ObjectClass objectClass : ObjectClass.values()) {
			int ratio = item.ratio(objectClass);
			long size = objects.stream().filter((o) -> o.objectClass() == objectClass).count();
			int count = (int) ((size * ratio + 99) / 100);
			if (count > 0) {
				quotas.add(new DrawInput.ClassQuota(objectClass.name(), count));
			}
		}
		if (quotas.isEmpty()) {
			throw new RuleViolation("DRAW_POOL_TOO_SMALL", "检查对象名录库中没有抽查事项「" + item.name() + "」范围内的对象，无法抽取");
		}
		if (inspectors.size() < item.inspectorsPerTask()) {
			throw new RuleViolation("DRAW_POOL_TOO_SMALL", "执法检查人员名录库只有 " + inspectors.size() + " 名在检查期间（"
					+ round.window() + "）执法证持续有效的人员，少于每项检查须有的 " + item.inspectorsPerTask() + " 名，无法抽取");
		}
		Set<Long> partyIds = objects.stream().map(Pools.PoolObject::partyId).collect(Collectors.toSet());
		Set<Long> officerIds = inspectors.stream().map(Pools.PoolOfficer::officerId).collect(Collectors.toSet());
		Set<DrawInput.Recusal> recusals = new LinkedHashSet<>(this.pools.declaredPairs(agencyId));
		recusals.addAll(previousPairs(agencyId, item.code()));
		List<DrawInput.Recusal> relevant = recusals.stream()
			.filter((r) -> partyIds.contains(r.partyId()) && officerIds.contains(r.officerId()))
			.sorted(java.util.Comparator.comparing(DrawInput.Recusal::officerId)
				.thenComparing(DrawInput.Recusal::partyId))
			.toList();
		return new DrawInput(round.from(), round.to(),
				objects.stream().map((o) -> new DrawInput.PoolParty(o.partyId(), o.objectClass().name())).toList(),
				inspectors.stream()
					.map((o) -> new DrawInput.PoolInspector(o.officerId(), o.validFrom(), o.validTo()))
					.toList(),
				quotas, item.inspectorsPerTask(), relevant);
	}

	/** Who inspected whom in the agency's last draw of the item: recused this time. */
	List<DrawInput.Recusal> previousPairs(long agencyId, String itemCode) {
		return this.jdbc.sql("""
				select outcome_json from inspection_draw where agency_id = :agency and item_code = :item
				and state = 'DRAWN' order by drawn_at desc, id desc limit 1""")
			.param("agency", agencyId)
			.param("item", itemCode)
			.query(String.class)
			.optional()
			.map(DrawJson::outcome)
			.map((outcome) -> outcome.picks()
				.stream()
				.flatMap((pick) -> pick.inspectorIds().stream().map((o) -> new DrawInput.Recusal(o, pick.partyId())))
				.toList())
			.orElse(List.of());
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		Timestamp drawnAt = rs.getTimestamp("drawn_at");
		return new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("round_id"), rs.getString("draw_number"),
				rs.getInt("list_version"), rs.getString("item_code"), rs.getDate("window_from").toLocalDate(),
				rs.getDate("window_to").toLocalDate(), rs.getString("input_json"), rs.getString("input_digest"),
				rs.getString("seed"), rs.getString("commitment"), "DRAWN".equals(rs.getString("state")),
				rs.getString("outcome_json"), rs.getTimestamp("committed_at").toInstant(),
				(drawnAt != null) ? drawnAt.toInstant() : null);
	}

	private record Row(long id, long agencyId, long roundId, String number, int listVersion, String itemCode,
			java.time.LocalDate from, java.time.LocalDate to, String inputJson, String inputDigest, String seed,
			String commitment, boolean drawn, String outcomeJson, java.time.Instant committedAt,
			java.time.Instant drawnAt) {

		/** The seed only once drawn; the picks with names when they are given. */
		DrawView view(Map<Long, String> parties, Map<Long, String> officers) {
			List<DrawView.Pick> picks = (this.drawn && !parties.isEmpty()) ? DrawJson.outcome(this.outcomeJson)
				.picks()
				.stream()
				.map((p) -> new DrawView.Pick(p.partyId(), parties.getOrDefault(p.partyId(), ""),
						ObjectClass.valueOf(p.objectClass()),
						p.inspectorIds().stream().map((o) -> officers.getOrDefault(o, "#" + o)).toList()))
				.toList() : List.of();
			return new DrawView(this.id, this.agencyId, this.roundId, this.number, this.listVersion, this.itemCode,
					this.from, this.to, this.inputDigest, this.commitment, this.drawn, this.drawn ? this.seed : null,
					picks, this.committedAt, this.drawnAt);
		}

	}

	/** The draw function's refusal, its classes named in Chinese. */
	private static <T> T inChinese(java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuleViolation ex) {
			throw new RuleViolation(ex.code(), ObjectClass.named(ex.getMessage()), ex.status());
		}
	}

}
