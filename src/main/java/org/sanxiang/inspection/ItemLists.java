package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.RuleViolation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies' random-inspection lists in versions: the latest, one version, all
 * versions, and publishing the next version (the unit head's act).
 */
@Service
public class ItemLists {

	static final int VERSIONS_SHOWN = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<InspectionItem>> ITEMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	ItemLists(JdbcClient jdbc, BusinessTime time, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.time = time;
		this.events = events;
	}

	public Optional<ItemList> current(long agencyId) {
		return versions(agencyId).stream().findFirst();
	}

	public Optional<ItemList> version(long agencyId, int version) {
		return this.jdbc.sql("select * from inspection_item_list where agency_id = :agency and version = :version")
			.param("agency", agencyId)
			.param("version", version)
			.query(this::map)
			.optional();
	}

	/** The latest versions, newest first. */
	public List<ItemList> versions(long agencyId) {
		return this.jdbc
			.sql("select * from inspection_item_list where agency_id = :agency order by version desc limit "
					+ VERSIONS_SHOWN)
			.param("agency", agencyId)
			.query(this::map)
			.list();
	}

	/**
	 * Publishes {@code items} as the next version of the actor's agency; {@code basedOn}
	 * is the version the editor started from (0 for none), so that two heads editing at
	 * once do not overwrite each other silently (409).
	 */
	@Transactional
	public ItemList publish(Actor actor, int basedOn, List<InspectionItem> items) {
		int latest = current(actor.agencyId()).map(ItemList::version).orElse(0);
		if (latest != basedOn) {
			throw new RuleViolation("INSPECTION_LIST_CONFLICT", "清单已被他人更新为第" + latest + "版，请刷新后在最新版本上修改",
					HttpStatus.CONFLICT);
		}
		String json = JSON.writeValueAsString(items);
		String digest = ContentDigests.of(json.getBytes(StandardCharsets.UTF_8)).sha256();
		ItemList list = new ItemList(actor.agencyId(), latest + 1, items, digest, actor.displayName(), this.time.now());
		try {
			this.jdbc.sql("""
					insert into inspection_item_list (agency_id, version, items, digest, published_by,
					published_by_name, published_at) values (:agency, :version, :items, :digest, :by, :name, :at)""")
				.param("agency", list.agencyId())
				.param("version", list.version())
				.param("items", json)
				.param("digest", digest)
				.param("by", actor.username())
				.param("name", actor.displayName())
				.param("at", Timestamp.from(list.publishedAt()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("INSPECTION_LIST_CONFLICT", "另一版本刚刚发布，请刷新后重试", HttpStatus.CONFLICT);
		}
		this.events.publishEvent(new InspectionListPublished(list.agencyId(), list.version(), items.size(), digest));
		return list;
	}

	private ItemList map(ResultSet rs, int row) throws SQLException {
		return new ItemList(rs.getLong("agency_id"), rs.getInt("version"), JSON.readValue(rs.getString("items"), ITEMS),
				rs.getString("digest"), rs.getString("published_by_name"), rs.getTimestamp("published_at").toInstant());
	}

}
