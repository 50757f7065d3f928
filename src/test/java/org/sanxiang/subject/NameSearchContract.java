package org.sanxiang.subject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.core.CreditCode;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.subject.ImportReport.DuplicatePolicy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Name search through the bigram index agrees with a plain "contains" over the register,
 * on both databases: for random names over a small alphabet (so that bigrams are shared
 * and some are "common" — the test contexts call more than 30 parties common, and narrow
 * candidates by three bigrams always, so that lists are read on both and probed on
 * PostgreSQL), random queries of one to five characters, every page; after renames,
 * imports, and for parties the index migration fills in.
 */
abstract class NameSearchContract {

	/**
	 * Few characters, so that names share bigrams: CJK, Latin in both cases, digits, one
	 * outside the BMP.
	 */
	static final String[] ALPHABET = { "华", "盛", "化", "工", "有", "限", "公", "司", "A", "b", "B", "7", "𠀀", "业" };

	@Autowired
	PartyRegistry registry;

	@Autowired
	PartyImport imports;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	Agency hailin;

	Set<Long> scope;

	@BeforeEach
	void agency() {
		this.hailin = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ-HL"))
			.findFirst()
			.orElseThrow();
		this.scope = Set.of(this.hailin.id());
	}

	Party organisation(String name, int serial) {
		String code = CreditCode.withCheckCharacter(String.format("91231083MA%07d", serial)).value();
		return this.registry.register(this.hailin.id(), new PartyDraft(PartyKind.ORGANISATION, name, code, null, null,
				"231083", null, null, null, null, null, false, null, null, List.of()), this.scope);
	}

	/** Every page of a search, concatenated: the ids, newest first. */
	List<Long> allPages(String query) {
		List<Long> ids = new ArrayList<>();
		for (int page = 0; page < 100; page++) {
			PartySummary.Page result = this.registry.search(this.scope, query, null, page);
			result.items().forEach((p) -> ids.add(p.id()));
			if (!result.hasNext()) {
				return ids;
			}
		}
		throw new AssertionError("more than 100 pages for " + query);
	}

	/** The same answer the slow way: every party of the agency, filtered in Java. */
	List<Long> expected(String query) {
		String q = PartyNameIndex.normalise(query);
		return this.jdbc.sql("select id, name from subject_party where agency_id = :a")
			.param("a", this.hailin.id())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list()
			.stream()
			.filter((row) -> PartyNameIndex.normalise((String) row[1]).contains(q))
			.map((row) -> (Long) row[0])
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return text.toString();
	}

	@Test
	void agreesWithAPlainContainsForRandomNamesQueriesAndRenames() {
		Random random = new Random(20261129);
		List<Party> registered = new ArrayList<>();
		for (int i = 0; i < 240; i++) {
			registered.add(organisation("海林" + randomText(random, 2 + random.nextInt(6)), 1_000 + i));
		}
		for (int i = 0; i < 40; i++) {
			Party party = registered.get(random.nextInt(registered.size()));
			Party current = this.registry.party(party.id(), this.scope);
			this.registry.update(current.id(), current.version(),
					new PartyDraft(PartyKind.ORGANISATION, "海林" + randomText(random, 2 + random.nextInt(6)),
							current.creditCode(), null, null, "231083", null, null, null, null, null, false, null, null,
							List.of()),
					this.scope);
		}
		List<String> queries = new ArrayList<>(List.of("有限公司", "海林", "海", "a", "ab", "AB", "𠀀业", "华盛", "不存在", "林华"));
		for (int i = 0; i < 150; i++) {
			queries.add(randomText(random, 1 + random.nextInt(5)));
		}
		for (String query : queries) {
			assertThat(allPages(query)).as("search for %s", query).isEqualTo(expected(query));
		}
	}

	@Test
	void aRenamedPartyIsFoundByItsNewNameOnly() {
		Party party = organisation("海林旧名称木材加工厂", 2_001);
		assertThat(allPages("旧名称木材")).contains(party.id());
		this.registry.update(party.id(), party.version(), new PartyDraft(PartyKind.ORGANISATION, "海林新名字食品有限公司",
				party.creditCode(), null, null, "231083", null, null, null, null, null, false, null, null, List.of()),
				this.scope);
		assertThat(allPages("旧名称木材")).doesNotContain(party.id());
		assertThat(allPages("新名字食品")).contains(party.id());
		assertThat(allPages("名")).contains(party.id());
	}

	@Test
	void importedPartiesAreFoundAndAMergeRenamesThem() throws Exception {
		Path file = Files.createTempFile("name-search", ".xlsx");
		try {
			ImportFiles.write(file, 31, 120, List.of(ImportColumn.values()));
			ImportReport preview;
			try (var in = Files.newInputStream(file)) {
				preview = this.imports.preview(in, "a.xlsx", this.hailin.id(), DuplicatePolicy.MERGE, this.scope,
						"tester");
			}
			this.imports.confirm(preview.token(), "tester", this.scope);
			assertThat(allPages("31号企业17有")).hasSize(1).isEqualTo(expected("31号企业17有"));
			assertThat(allPages("31号企业1")).isEqualTo(expected("31号企业1")).hasSizeGreaterThan(10);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void theMigrationIndexesPartiesRegisteredBeforeTheIndexExisted() throws Exception {
		Party party = organisation("海林迁移前登记的砖瓦厂", 2_002);
		this.jdbc.sql("delete from subject_name_gram").update();
		assertThat(allPages("迁移前登记")).isEmpty();
		try (Connection connection = this.dataSource.getConnection()) {
			new NameIndexMigration().migrate(new Context() {
				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}
			});
		}
		assertThat(allPages("迁移前登记")).containsExactly(party.id());
		assertThat(allPages("有限公司")).isEqualTo(expected("有限公司"));
	}

}
