package org.sanxiang.casefile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sanxiang.SanxiangApplication;
import org.sanxiang.casefile.CaseDeadline.Status;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The case list of an agency with 100,000 cases, filtered by stage and deadline status
 * (first page of 20, newest first, with the total), through {@link Cases#filtered}
 * against the same two statements through raw JDBC, on H2 and on PostgreSQL; with the
 * PostgreSQL plan. Written to {@code docs/benchmarks.md}.
 */
public final class CaseBenchmarks {

	static final String START = "<!-- cases:start -->";

	static final String END = "<!-- cases:end -->";

	static final int CASES = 100_000;

	static final int LOOKUPS = 1_000;

	/** The stages in which a time limit runs, and those in which none does. */
	static final Stage[] RUNNING = { Stage.INVESTIGATION, Stage.INVESTIGATION_ENDED, Stage.EXAMINED, Stage.NOTIFIED,
			Stage.DEFENCE, Stage.DECIDED, Stage.SERVED };

	static final Stage[] ENDED = { Stage.SUSPENDED, Stage.CLOSED, Stage.ARCHIVED, Stage.NOT_PUNISHED };

	private CaseBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
		Path work = Files.createTempDirectory("case-bench");
		String h2 = measure("H2 file database (embedded)",
				"jdbc:h2:file:" + work.resolve("db")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"sa", work.resolve("h2"));
		String postgres;
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
				Connection connection = server.getPostgresDatabase().getConnection()) {
			postgres = measure("PostgreSQL " + connection.getMetaData().getDatabaseProductVersion() + " (embedded)",
					server.getJdbcUrl("postgres", "postgres"), "postgres", work.resolve("pg"));
		}
		String section = START + "\n## Cases: the list of an agency with 100,000 cases\n\nMeasured " + LocalDate.now()
				+ " on " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name")
				+ " " + System.getProperty("java.version") + ". Command: `mvn -B -DskipTests test-compile "
				+ "exec:exec@case-benchmark -Pbench` (also part of `mvn -B -Pbench -DskipTests verify`). 100,000 cases "
				+ "of one agency (demo 牡丹江市生态环境局) inserted in JDBC batches — stages at random, the kept due date "
				+ "(`due_on`) 30 days past to 120 days ahead where a time limit runs, none in 中止/结案/归档/不予处罚, "
				+ "filing dates over three years. Each lookup is what the list page and `GET /api/v1/cases` do: the count "
				+ "and the first page of 20 (newest update first) for one stage and one deadline status (正常/临期/超期) "
				+ "drawn at random, " + LOOKUPS + " lookups after 100 warm-up. *Service* is `Cases.filtered` (data "
				+ "scope, filter checked, today and the last 临期 day from the official calendar, `JdbcClient`, rows "
				+ "mapped with their status); *raw JDBC* is the same two statements with their parameters on a pooled "
				+ "connection, nothing else. `vacuum analyze` runs after the load on PostgreSQL (what autovacuum does "
				+ "within a minute of a bulk load).\n" + h2 + postgres + END + "\n";
		String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
		String updated = existing.contains(START) ? existing.substring(0, existing.indexOf(START)) + section
				+ existing.substring(existing.indexOf(END) + END.length() + 1) : existing + "\n" + section;
		Files.writeString(report, updated);
		System.out.println(section);
	}

	static String measure(String database, String url, String user, Path work) throws Exception {
		Files.createDirectories(work);
		String[] arguments = { "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=", "--sanxiang.subject.key-file=" + work.resolve("keys/subject.key"),
				"--sanxiang.ledger.key-dir=" + work.resolve("ledger"), "--sanxiang.blobs.dir=" + work.resolve("blobs"),
				"--logging.file.name=" + work.resolve("log"), "--logging.level.root=WARN", "--server.port=0",
				"--sanxiang.demo.enabled=true", "--sanxiang.demo.document-history=0", "--sanxiang.demo.cases=false" };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SanxiangApplication.class)
			.web(WebApplicationType.SERVLET)
			.run(arguments)) {
			return "\n### " + database + "\n\n" + run(context);
		}
	}

	static String run(ConfigurableApplicationContext context) throws Exception {
		Cases cases = context.getBean(Cases.class);
		CaseDeadlines deadlines = context.getBean(CaseDeadlines.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		DataSource dataSource = context.getBean(DataSource.class);
		LocalDate today = context.getBean(BusinessTime.class).today();
		SanxiangPrincipal officer = (SanxiangPrincipal) context.getBean(UserDetailsService.class)
			.loadUserByUsername("demo-officer");
		long agency = officer.agencyId();
		double loadSeconds = load(context.getBean(JdbcTemplate.class), agency, today);
		boolean postgres = context.getEnvironment()
			.getProperty("spring.datasource.url", "")
			.startsWith("jdbc:postgresql");
		if (postgres) {
			jdbc.sql("vacuum analyze").update();
		}
		long total = jdbc.sql("select count(*) from penalty_case where agency_id = :a")
			.param("a", agency)
			.query(Long.class)
			.single();

		Random random = new Random(42);
		int[] picks = random.ints(LOOKUPS + 100, 0, RUNNING.length * 3).toArray();
		Paging paging = Paging.of(Paging.Params.defaults(), "updated", true, Cases.SORTABLE);
		long[] found = { 0 };
		double[] service = latencies(picks, (pick) -> {
			CaseFilter filter = new CaseFilter(RUNNING[pick / 3], null, null, Status.values()[pick % 3], null, null);
			found[0] += cases.filtered(officer, filter, paging).total();
		});
		LocalDate soon = deadlines.dueSoonLimit(today);
		Set<Long> scope = officer.dataScope().agencyIds();
		StringBuilder in = new StringBuilder();
		scope.forEach((id) -> in.append((in.length() == 0) ? "" : ", ").append(id));
		String[] conditions = { " and c.due_on > ?", " and c.due_on >= ? and c.due_on <= ?", " and c.due_on < ?" };
		long[] rawFound = { 0 };
		try (Connection connection = dataSource.getConnection()) {
			double[] raw = latencies(picks, (pick) -> {
				Status status = Status.values()[pick % 3];
				String where = " from penalty_case c where c.agency_id "
						+ ((scope.size() == 1) ? "= " + in : "in (" + in + ")") + " and c.stage = ?"
						+ conditions[status.ordinal()];
				try (PreparedStatement count = connection.prepareStatement("select count(*)" + where);
						PreparedStatement page = connection
							.prepareStatement("select c.id, c.agency_id, c.title, c.party_name, c.stage, c.filed_on,"
									+ " c.updated_at, c.due_on, c.due_kind" + where
									+ " order by c.updated_at desc, c.id desc limit 20 offset 0")) {
					for (PreparedStatement statement : List.of(count, page)) {
						statement.setString(1, RUNNING[pick / 3].name());
						switch (status) {
							case NORMAL -> statement.setObject(2, soon);
							case DUE_SOON -> {
								statement.setObject(2, today);
								statement.setObject(3, soon);
							}
							case OVERDUE -> statement.setObject(2, today);
						}
					}
					try (ResultSet rs = count.executeQuery()) {
						rs.next();
						rawFound[0] += rs.getLong(1);
					}
					try (ResultSet rs = page.executeQuery()) {
						while (rs.next()) {
							rs.getLong(1);
							rs.getString(3);
							rs.getObject(8, LocalDate.class);
						}
					}
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			if (found[0] != rawFound[0] || found[0] == 0) {
				throw new IllegalStateException("the service and raw JDBC found " + found[0] + " and " + rawFound[0]
						+ " cases: the benchmark measures nothing");
			}
			String plan = plan(jdbc, agency, today, soon, postgres ? "PostgreSQL" : "H2");
			return String.format("%,d cases in the agency, loaded in %.1f s.%n%n", total, loadSeconds)
					+ "| lookup (count + first page of 20) | p50 | p90 | p99 | max |\n|---|---:|---:|---:|---:|\n"
					+ row("service `Cases.filtered`", service) + row("raw JDBC, same statements (baseline)", raw)
					+ String.format("%nTarget p99 < 100 ms: **%s** (service p99 %.2f ms, %.1f× the raw JDBC p99).%n",
							p(service, 99) < 100 ? "met" : "not met", p(service, 99), p(service, 99) / p(raw, 99))
					+ plan;
		}
	}

	static String plan(JdbcClient jdbc, long agency, LocalDate today, LocalDate soon, String database) {
		List<String> count = jdbc
			.sql("explain select count(*) from penalty_case c where c.agency_id = " + agency
					+ " and c.stage = 'INVESTIGATION' and c.due_on >= :today and c.due_on <= :soon")
			.param("today", today)
			.param("soon", soon)
			.query(String.class)
			.list();
		List<String> page = jdbc
			.sql("explain select c.id, c.title from penalty_case c where c.agency_id = " + agency
					+ " and c.stage = 'INVESTIGATION' and c.due_on < :today order by c.updated_at desc, c.id desc"
					+ " limit 20 offset 0")
			.param("today", today)
			.query(String.class)
			.list();
		return "\n" + database + " plans (临期 count, 超期 first page, stage 调查取证):\n\n```\n" + String.join("\n", count)
				+ "\n\n" + String.join("\n", page) + "\n```\n";
	}

	static double load(JdbcTemplate jdbc, long agency, LocalDate today) {
		long start = System.nanoTime();
		Random random = new Random(7);
		Instant now = Instant.now();
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			boolean running = random.nextInt(10) < 7;
			Stage stage = running ? RUNNING[random.nextInt(RUNNING.length)] : ENDED[random.nextInt(ENDED.length)];
			LocalDate filed = today.minusDays(random.nextInt(1_000));
			LocalDate due = running ? today.plusDays(random.nextInt(151) - 30) : null;
			Timestamp updated = Timestamp.from(now.minusSeconds(random.nextInt(90_000_000)));
			batch.add(new Object[] { agency, "基准案件" + i, "基准当事人" + (i % 20_000) + "有限公司", stage.name(), filed, due,
					running ? "CASE_HANDLING" : null, updated, updated });
			if (batch.size() == 1_000) {
				insert(jdbc, batch);
				batch.clear();
			}
		}
		insert(jdbc, batch);
		return (System.nanoTime() - start) / 1e9;
	}

	static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
		jdbc.batchUpdate("insert into penalty_case (agency_id, title, party_name, stage, filed_on, due_on, due_kind,"
				+ " created_at, updated_at, hearing_offered, statement_waived, hearing_waived, paid, version)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, false, 0, 0)", rows);
	}

	interface Lookup {

		void run(int pick) throws Exception;

	}

	static double[] latencies(int[] picks, Lookup lookup) throws Exception {
		for (int i = 0; i < 100; i++) {
			lookup.run(picks[i]);
		}
		double[] millis = new double[picks.length - 100];
		for (int i = 100; i < picks.length; i++) {
			long start = System.nanoTime();
			lookup.run(picks[i]);
			millis[i - 100] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	static double p(double[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)];
	}

	static String row(String name, double[] millis) {
		return String.format("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n", name, p(millis, 50), p(millis, 90),
				p(millis, 99), millis[millis.length - 1]);
	}

}
