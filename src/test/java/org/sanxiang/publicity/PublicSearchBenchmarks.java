package org.sanxiang.publicity;

import java.io.StringReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.sanxiang.SanxiangApplication;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The public search over 1,000,000 published decisions on (embedded) PostgreSQL: the
 * search API ({@code GET /api/v1/public/decisions?q=}) over real HTTP at 16 concurrent
 * clients, against the same two statements (count and first page) through raw JDBC on the
 * same connection pool at 16 concurrent threads, in the same run. Written to
 * {@code docs/benchmarks.md}. Run: {@code mvn -B -DskipTests test-compile
 * exec:exec@publicity-search-benchmark -Pbench}.
 */
public final class PublicSearchBenchmarks {

	static final String START = "<!-- publicity-search:start -->";

	static final String END = "<!-- publicity-search:end -->";

	static final int DECISIONS = Integer.getInteger("bench.decisions", 1_000_000);

	static final int COMPANIES = DECISIONS / 20;

	static final int CLIENTS = 16;

	/**
	 * The application's connection pool: as deployed on a database server of this
	 * machine's cores ({@code SANXIANG_DB_POOL_SIZE}, twice the cores — the database, the
	 * application and the clients share them here).
	 */
	static final int POOL = Integer.getInteger("bench.pool", 10);

	/**
	 * Public searches at once ({@code sanxiang.publicity.search.concurrent}); 0: as
	 * shipped.
	 */
	static final int SLOTS = Integer.getInteger("bench.slots", 0);

	static final int PER_CLIENT = Integer.getInteger("bench.requests", 250);

	static final int WARM_UP = 40;

	/**
	 * Whether to measure the search as it was before V78 in the same run (V75's bigrams,
	 * exact count and page as two statements); by default only up to 200,000 decisions,
	 * since building the index with V75's function takes about 20 minutes per million.
	 */
	static final boolean BEFORE = "auto".equals(System.getProperty("bench.before", "auto")) ? DECISIONS <= 200_000
			: Boolean.parseBoolean(System.getProperty("bench.before"));

	/**
	 * V78's function (a SQL function, {@code substr} per position), to time the index
	 * build as it was before V79_3's.
	 */
	static final String V78_BIGRAMS = "create or replace function publicity_bigrams_v78(t text) returns text[]"
			+ " language sql immutable strict parallel safe as $$ select array(select substr(t, i, 2)"
			+ " from generate_series(1, length(t) - 1) as i) $$";

	/** V75's function, to measure the search as it was. */
	static final String V75_BIGRAMS = "create or replace function publicity_bigrams_v75(t text) returns text[]"
			+ " language sql immutable strict parallel safe as $$ select coalesce(array_agg(distinct substr(t, i, 2)),"
			+ " '{}') from generate_series(1, length(t) - 1) as i $$";

	static final String[] CITIES = { "牡丹江", "海林", "宁安", "穆棱", "东宁", "林口", "绥芬河", "哈尔滨", "齐齐哈尔", "佳木斯", "大庆", "鸡西", "鹤岗",
			"双鸭山", "伊春", "七台河", "黑河", "绥化", "五常", "尚志" };

	static final String BRAND = "鸿运恒达金禾北方兴隆瑞丰华鑫永泰宏发盛源天润东升新兴福利佳信远航丰泽德昌顺祥康宁和平长城绿洲龙腾凯旋亿达博通嘉禾宝丰昊天中兴鼎盛汇通";

	static final String[] INDUSTRIES = { "印染", "化工", "造纸", "建材", "热电", "制药", "食品", "养殖", "洗浴", "铸造", "水泥", "木业", "矿业",
			"酿酒", "屠宰" };

	static final String[][] VIOLATIONS = { { "超标排放大气污染物", "《中华人民共和国大气污染防治法》第十八条", "《中华人民共和国大气污染防治法》第九十九条", "罚款人民币拾万元" },
			{ "未批先建", "《中华人民共和国环境影响评价法》第二十五条", "《中华人民共和国环境影响评价法》第三十一条", "罚款人民币伍拾万元并责令恢复原状" },
			{ "通过暗管偷排水污染物", "《中华人民共和国水污染防治法》第三十九条", "《中华人民共和国水污染防治法》第八十三条", "罚款人民币叁拾万元" },
			{ "未按规定贮存危险废物", "《中华人民共和国固体废物污染环境防治法》第七十九条", "《中华人民共和国固体废物污染环境防治法》第一百一十二条", "罚款人民币贰拾万元" },
			{ "无证排污", "《排污许可管理条例》第二条", "《排污许可管理条例》第三十三条", "罚款人民币贰拾伍万元" },
			{ "噪声超标", "《中华人民共和国噪声污染防治法》第三十六条", "《中华人民共和国噪声污染防治法》第七十五条", "罚款人民币伍万元" } };

	static final String[] BANDS = { "轻微：首次违法且及时改正", "一般：超标倍数 0.5 倍以下", "较重：超标倍数 0.5 倍至 1 倍", "严重：超标倍数 1 倍以上或拒不改正" };

	private PublicSearchBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
		Path work = Files.createTempDirectory("publicity-search-bench");
		String result;
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "512MB")
			.start(); Connection connection = server.getPostgresDatabase().getConnection()) {
			String version = connection.getMetaData().getDatabaseProductVersion();
			String[] arguments = { "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
					"--spring.datasource.hikari.maximum-pool-size=" + POOL,
					"--sanxiang.subject.key-file=" + work.resolve("keys/subject.key"),
					"--sanxiang.ledger.key-dir=" + work.resolve("ledger"),
					"--sanxiang.blobs.dir=" + work.resolve("blobs"), "--logging.file.name=" + work.resolve("log"),
					"--logging.level.root=WARN", "--server.port=0", "--sanxiang.demo.enabled=true",
					"--sanxiang.demo.document-history=0", "--sanxiang.demo.cases=false",
					"--sanxiang.publicity.search.concurrent=" + SLOTS };
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SanxiangApplication.class)
				.web(WebApplicationType.SERVLET)
				.run(arguments)) {
				result = run(context, "PostgreSQL " + version + " (embedded, shared_buffers 512 MB)");
			}
		}
		String section = START + "\n## Publicity: Chinese full-text search over " + String.format("%,d", DECISIONS)
				+ " published decisions\n\n" + "Measured " + LocalDate.now() + " on "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.version")
				+ ", the machine shared with other work. Command: `mvn -B -DskipTests test-compile "
				+ "exec:exec@publicity-search-benchmark -Pbench` (also part of `mvn -B -Pbench -DskipTests verify`; "
				+ "`-Dbench.decisions=N` sets the number of decisions, `-Dbench.before=true|false` the measurement of "
				+ "the index build with V78's function and of the search before V78). "
				+ String.format("%,d", DECISIONS) + " published decisions of " + String.format("%,d", COMPANIES)
				+ " generated companies (20 each; name = city + two-character "
				+ "brand + industry + 有限公司, e.g. 牡丹江鸿运印染有限公司) loaded with `COPY`; each published text "
				+ "(~130 characters: party, violation, the articles violated and applied, penalty, discretion) is also "
				+ "the original and the proposed text. The bigram GIN index is dropped for the load and built "
				+ "after it (with V79_3's plpgsql function, which splits the text into characters once; *before*: "
				+ "also once with V78's SQL function, `substr` per position, timed, then dropped), then `vacuum analyze` (what autovacuum does after a bulk load). A query is a whole company "
				+ "name or its brand + industry (鸿运印染), drawn at random; each lookup is the count (exact up to "
				+ "10,000) and the first page of 20, newest decision first. *API*: `GET /api/v1/public/decisions?q=…` "
				+ "over HTTP/1.1 on localhost, a kept-alive socket per client (a minimal HTTP/1.1 client that reads the answer as bytes and its `total` from the end; `HttpURLConnection` decoded each answer into a string and searched it, on the cores the server shares), `Accept: application/json` (the application as it runs: security filters, `PublicSearch` checks, "
				+ "`Publications.search`, JSON; one statement for the count and the page, one for the page's 双公示 fields; at most "
				+ PublicSearchSlots.places(SLOTS, POOL)
				+ " public searches at once, the others waiting their turn in arrival order — "
				+ "`sanxiang.publicity.search.concurrent`, by default one more than the cores and at most half the pool; `-Dbench.slots=N`). *Raw JDBC*: the "
				+ "API's two statements (`Publications.onePass`: the capped matches, their count and the page from them, "
				+ "the index asked for the same selective pairs; then the page's 双公示 fields, `CreditRecords.SELECT`) with the same parameters, on one "
				+ "connection of the application's pool (Hikari, " + POOL
				+ " connections, as shipped; `-Dbench.pool=N`), rows read, nothing else. *Raw JDBC before V78*: the search as it was — V75's "
				+ "function for the query's bigrams, an exact count and the page as two statements. " + CLIENTS
				+ " clients each make " + WARM_UP
				+ " warm-up lookups of each kind (API, raw JDBC, floor) per round, in rounds until the JIT compiled for less than "
				+ QUIET_COMPILATION_MILLIS + " ms in a round (at most " + MAX_WARM_UP_ROUNDS + "), then " + PER_CLIENT
				+ " timed lookups in " + TURNS
				+ " turns, the API, raw JDBC and the floor one after the other in each turn "
				+ "(the order turning), so that what else runs on the machine weighs on each about equally; all take "
				+ "the same queries. *CPU per lookup*: the processor time of this JVM (the application and the "
				+ "clients) and of all `postgres` processes during a row's timed turns, divided by its lookups.\n\n"
				+ result + END + "\n";
		String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
		String updated = existing.contains(START) ? existing.substring(0, existing.indexOf(START)) + section
				+ existing.substring(existing.indexOf(END) + END.length() + 1) : existing + "\n" + section;
		Files.writeString(report, updated);
		System.out.println(section);
	}

	static String company(int i) {
		Random r = new Random(i * 7919L + 17);
		return CITIES[r.nextInt(CITIES.length)] + brand(r) + INDUSTRIES[r.nextInt(INDUSTRIES.length)] + "有限公司";
	}

	static String brand(Random r) {
		return "" + BRAND.charAt(r.nextInt(BRAND.length())) + BRAND.charAt(r.nextInt(BRAND.length()));
	}

	static String run(ConfigurableApplicationContext context, String database) throws Exception {
		DataSource dataSource = context.getBean(DataSource.class);
		long agency = context.getBean(AgencyDirectory.class)
			.all()
			.stream()
			.filter((a) -> a.name().equals("牡丹江市生态环境局"))
			.findFirst()
			.orElseThrow()
			.id();
		String[] companies = new String[COMPANIES];
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (int i = 0; distinct.size() < COMPANIES; i++) {
			distinct.add(company(i));
		}
		distinct.toArray(companies);
		double loadSeconds;
		double indexSeconds;
		double indexBeforeSeconds = Double.NaN;
		long tableBytes;
		long indexBytes;
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("drop index publicity_publication_text_gram");
			long start = System.nanoTime();
			load(c, agency, companies);
			loadSeconds = (System.nanoTime() - start) / 1e9;
			s.execute("set maintenance_work_mem = '1GB'");
			s.execute(V75_BIGRAMS);
			s.execute(V78_BIGRAMS);
			if (BEFORE) {
				start = System.nanoTime();
				s.execute("create index publicity_publication_text_gram_v78 on publicity_publication"
						+ " using gin (publicity_bigrams_v78(search_text))");
				indexBeforeSeconds = (System.nanoTime() - start) / 1e9;
				s.execute("drop index publicity_publication_text_gram_v78");
			}
			start = System.nanoTime();
			s.execute("create index publicity_publication_text_gram on publicity_publication"
					+ " using gin (publicity_bigrams(search_text))");
			indexSeconds = (System.nanoTime() - start) / 1e9;
			s.execute("vacuum analyze publicity_publication");
			try (ResultSet rs = s.executeQuery("select pg_total_relation_size('publicity_publication'),"
					+ " pg_relation_size('publicity_publication_text_gram')")) {
				rs.next();
				tableBytes = rs.getLong(1);
				indexBytes = rs.getLong(2);
			}
		}
		long published;
		try (Connection c = dataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("select count(*) from publicity_publication where published_on is not null")) {
			rs.next();
			published = rs.getLong(1);
		}

		if (Integer.getInteger("bench.hold", 0) > 0) {
			try (Connection c = dataSource.getConnection()) {
				System.out.println("HOLD " + c.getMetaData().getURL() + " port "
						+ context.getEnvironment().getProperty("local.server.port"));
			}
			Thread.sleep(Integer.getInteger("bench.hold") * 1000L);
		}
		String loadBefore = loadAverage();
		Random random = new Random(42);
		String[][] queries = new String[CLIENTS][WARM_UP + PER_CLIENT];
		for (String[] client : queries) {
			for (int i = 0; i < client.length; i++) {
				String name = companies[random.nextInt(companies.length)];
				client[i] = random.nextBoolean() ? name : name.substring(name.length() - 8, name.length() - 4);
			}
		}
		// brand + industry is the 4 characters before 有限公司
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		// The client: a minimal HTTP/1.1 client (Http), synchronous on each client's
		// thread with a kept-alive socket per client. The clients share the two cores
		// with the server and the database: the JDK's HttpClient hands every exchange
		// between its selector thread and an executor (a third of the server's
		// throughput), and HttpURLConnection decoded every 17 KB answer into a String
		// to find its total, work taken from the measured server.
		Http.Clients clients = new Http.Clients(port);
		AtomicLong apiFound = new AtomicLong();
		Lookup api = (q) -> Http
			.total(clients.get("/api/v1/public/decisions?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
		// The floor of the stack: the same client and server on the smallest public
		// answer (the agencies: one small statement, four rows), no search.
		AtomicLong floorFound = new AtomicLong();
		Lookup floor = (q) -> (clients.get("/api/v1/public/agencies").length == 0) ? 0 : 1;
		String where = " where published_on is not null and publicity_bigrams(search_text) @> publicity_bigrams(?)"
				+ " and search_text like ? escape '!'";
		String order = " order by decided_on desc, id desc";
		// Publications.search's statement for a text search on PostgreSQL, with its
		// parameters: the query's selective pairs for the index, then like
		PublicTextSearch textSearch = context.getBean(PublicTextSearch.class);
		AtomicLong rawFound = new AtomicLong();
		Lookup raw = (q) -> {
			String text = q.toLowerCase(java.util.Locale.ROOT);
			List<String> pairs = PublicTextSearch.selective(PublicTextSearch.bigrams(text), textSearch.frequencies());
			try (Connection c = dataSource.getConnection();
					PreparedStatement page = c.prepareStatement(onePass(pairs.size()))) {
				for (int i = 0; i < pairs.size(); i++) {
					page.setString(i + 1, pairs.get(i));
				}
				page.setString(pairs.size() + 1, like(text));
				long total = 0;
				List<Long> ids = new ArrayList<>();
				try (ResultSet rs = page.executeQuery()) {
					while (rs.next()) {
						total = rs.getLong("match_total");
						ids.add(rs.getLong("id"));
						readRow(rs);
					}
				}
				// the page's 双公示 fields, as the API reads them (CreditRecords.of)
				if (!ids.isEmpty()) {
					try (PreparedStatement fields = c
						.prepareStatement(CreditRecords.SELECT + " where publication_id in ("
								+ String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
						for (int i = 0; i < ids.size(); i++) {
							fields.setLong(i + 1, ids.get(i));
						}
						try (ResultSet rs = fields.executeQuery()) {
							while (rs.next()) {
								rs.getString("party_name_public");
							}
						}
					}
				}
				return total;
			}
		};
		AtomicLong beforeFound = new AtomicLong();
		Lookup before = null;
		if (BEFORE) {
			String whereBefore = where.replace("@> publicity_bigrams(?)", "@> publicity_bigrams_v75(?)");
			before = (q) -> {
				String text = q.toLowerCase(java.util.Locale.ROOT);
				try (Connection c = dataSource.getConnection();
						PreparedStatement count = c
							.prepareStatement("select count(*) from publicity_publication" + whereBefore);
						PreparedStatement page = c.prepareStatement(
								Publications.PUBLIC_SELECT + whereBefore + order + " limit 20 offset 0")) {
					long total;
					for (PreparedStatement statement : List.of(count, page)) {
						statement.setString(1, text);
						statement.setString(2, like(text));
					}
					try (ResultSet rs = count.executeQuery()) {
						rs.next();
						total = rs.getLong(1);
					}
					try (ResultSet rs = page.executeQuery()) {
						while (rs.next()) {
							readRow(rs);
						}
					}
					return total;
				}
			};
		}
		List<Lookup> lookups = new ArrayList<>(List.of(api, raw, floor));
		List<AtomicLong> found = new ArrayList<>(List.of(apiFound, rawFound, floorFound));
		if (BEFORE) {
			lookups.add(before);
			found.add(beforeFound);
		}
		List<Measured> measured;
		try {
			measured = measure(queries, lookups, found);
		}
		finally {
			clients.close();
		}
		if (apiFound.get() != rawFound.get() || apiFound.get() == 0) {
			throw new IllegalStateException("the API and raw JDBC found " + apiFound.get() + " and " + rawFound.get()
					+ " decisions: the benchmark measures nothing");
		}
		if (BEFORE && beforeFound.get() != rawFound.get()) {
			throw new IllegalStateException("the search before V78 found " + beforeFound.get() + ", now "
					+ rawFound.get() + ": the answers differ");
		}
		String plan;
		String planned = companies[0];
		List<String> plannedPairs = PublicTextSearch.selective(PublicTextSearch.bigrams(planned),
				textSearch.frequencies());
		try (Connection c = dataSource.getConnection();
				PreparedStatement s = c
					.prepareStatement("explain (analyze, buffers) " + onePass(plannedPairs.size()))) {
			for (int i = 0; i < plannedPairs.size(); i++) {
				s.setString(i + 1, plannedPairs.get(i));
			}
			s.setString(plannedPairs.size() + 1, like(planned));
			StringBuilder lines = new StringBuilder();
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					lines.append(rs.getString(1)).append('\n');
				}
			}
			plan = lines.toString();
		}
		String loadAfter = loadAverage();
		Measured apiMeasured = measured.get(0);
		Measured rawMeasured = measured.get(1);
		double ratio = apiMeasured.throughput() / rawMeasured.throughput();
		String warmUp = String.format(" Warm-up: %d rounds.", apiMeasured.warmUpRounds());
		boolean met = apiMeasured.p(99) < 100 && ratio >= 0.5;
		return String.format("### %s%n%n%,d published decisions (table with indexes %,d MB, bigram index %,d MB), "
				+ "loaded in %.0f s, bigram index built in %.0f s%s. The timed lookups found %,d decisions in all "
				+ "(%.1f per query). Load average of the machine (1, 5, 15 min) before the lookups %s, after %s.%s%n%n",
				database, published, tableBytes >> 20, indexBytes >> 20, loadSeconds, indexSeconds,
				BEFORE ? String.format(" (with V78's SQL function: %.0f s)", indexBeforeSeconds) : "", apiFound.get(),
				apiFound.get() / (double) (CLIENTS * PER_CLIENT), loadBefore, loadAfter, warmUp)
				+ "| 16 concurrent clients, count + first page of 20 | lookups/s | p50 | p90 | p99 | max "
				+ "| CPU per lookup: JVM | CPU per lookup: database | JIT compiling while timed |\n"
				+ "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n" + apiMeasured.row("search API over HTTP")
				+ rawMeasured.row("raw JDBC, same statements (baseline)")
				+ measured.get(2)
					.row("floor: `GET /api/v1/public/agencies` (same client and stack, one small statement)")
				+ (BEFORE ? measured.get(3).row("raw JDBC before V78 (V75's bigrams, exact count + page)") : "")
				+ String
					.format("%nTarget: p99 < 100 ms and ≥ 0.5× the raw JDBC throughput — **%s** (p99 %.1f ms, %.2f× the "
							+ "raw JDBC throughput).%n%nPlan of the search for %s (count and page; the index asked for %s):%n%n```%n%s```%n",
							met ? "met" : "not met", apiMeasured.p(99), ratio, planned, String.join("、", plannedPairs),
							plan);
	}

	/**
	 * {@link Publications#onePass} for a text query asking the index for {@code pairs}
	 * pairs, with positional parameters (the pairs, then the {@code like} pattern).
	 */
	static String onePass(int pairs) {
		String where = " where published_on is not null"
				+ PublicTextSearch.indexCondition(java.util.Collections.nCopies(pairs, "?"), new java.util.HashMap<>())
					.replaceAll(":qPair\\d+", "?")
				+ " and search_text like ? escape '!'";
		return Publications.onePass(where, 20, 0);
	}

	/**
	 * A minimal HTTP/1.1 client for the benchmark: a GET written as bytes on a kept-alive
	 * socket, the answer's status and headers read, its body by {@code Content-Length}
	 * (or its chunks) as bytes; a new socket when the server closes one (Tomcat after 100
	 * requests).
	 */
	static final class Http implements java.io.Closeable {

		private final int port;

		private java.net.Socket socket;

		private java.io.OutputStream out;

		private java.io.BufferedInputStream in;

		Http(int port) {
			this.port = port;
		}

		/** The body of a GET that must answer 200. */
		byte[] get(String pathAndQuery) throws java.io.IOException {
			if (this.socket == null) {
				this.socket = new java.net.Socket("localhost", this.port);
				this.socket.setTcpNoDelay(true);
				this.out = new java.io.BufferedOutputStream(this.socket.getOutputStream());
				this.in = new java.io.BufferedInputStream(this.socket.getInputStream(), 32 * 1024);
			}
			this.out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost:" + this.port
					+ "\r\nAccept: application/json\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			this.out.flush();
			String statusLine = line();
			int status = Integer.parseInt(statusLine.substring(9, 12));
			int length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				String name = header.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
				String value = header.substring(colon + 1).trim().toLowerCase(java.util.Locale.ROOT);
				switch (name) {
					case "content-length" -> length = Integer.parseInt(value);
					case "transfer-encoding" -> chunked = value.contains("chunked");
					case "connection" -> close = value.contains("close");
					default -> {
					}
				}
			}
			byte[] body;
			if (chunked) {
				java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
				for (int size = chunk(); size > 0; size = chunk()) {
					chunks.write(this.in.readNBytes(size));
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
				body = chunks.toByteArray();
			}
			else if (length >= 0) {
				body = this.in.readNBytes(length);
			}
			else {
				body = this.in.readAllBytes();
				close = true;
			}
			if (close) {
				close();
			}
			if (status != 200) {
				throw new IllegalStateException(statusLine + " " + new String(body, StandardCharsets.UTF_8));
			}
			return body;
		}

		private int chunk() throws java.io.IOException {
			String size = line();
			int extension = size.indexOf(';');
			return Integer.parseInt((extension < 0) ? size.trim() : size.substring(0, extension).trim(), 16);
		}

		private String line() throws java.io.IOException {
			StringBuilder line = new StringBuilder();
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b < 0) {
					throw new java.io.EOFException("the server closed the connection");
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

		@Override
		public void close() throws java.io.IOException {
			if (this.socket != null) {
				this.socket.close();
				this.socket = null;
			}
		}

		/**
		 * The {@code total} of a page of the search API, read from the end of its JSON
		 * (the field after the items), without decoding the items.
		 */
		static long total(byte[] json) {
			byte[] name = "\"total\":".getBytes(StandardCharsets.US_ASCII);
			for (int at = json.length - name.length; at >= 0; at--) {
				if (Arrays.equals(json, at, at + name.length, name, 0, name.length)) {
					long total = 0;
					for (int i = at + name.length; i < json.length && json[i] >= '0' && json[i] <= '9'; i++) {
						total = total * 10 + (json[i] - '0');
					}
					return total;
				}
			}
			throw new IllegalStateException("no total in " + new String(json, StandardCharsets.UTF_8));
		}

		/** One client per thread, all closed at the end. */
		static final class Clients implements AutoCloseable {

			private final List<Http> all = java.util.Collections.synchronizedList(new ArrayList<>());

			private final ThreadLocal<Http> mine;

			Clients(int port) {
				this.mine = ThreadLocal.withInitial(() -> {
					Http http = new Http(port);
					this.all.add(http);
					return http;
				});
			}

			byte[] get(String pathAndQuery) throws java.io.IOException {
				return this.mine.get().get(pathAndQuery);
			}

			@Override
			public void close() throws java.io.IOException {
				for (Http http : this.all) {
					http.close();
				}
			}

		}

	}

	static String like(String text) {
		return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

	static void readRow(ResultSet rs) throws java.sql.SQLException {
		rs.getString("public_id");
		rs.getString("published_title");
		rs.getString("published_text");
		rs.getObject("decided_on", LocalDate.class);
	}

	/** The CPU time this JVM (the application and the benchmark's clients) has used. */
	static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * The CPU time the database's processes (every {@code postgres} process of the
	 * machine, Linux) have used; 0 where {@code /proc} can't tell.
	 */
	static long databaseCpuNanos() {
		long ticks = 0;
		try (java.nio.file.DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					String stat = Files.readString(process.resolve("stat"));
					int name = stat.lastIndexOf(')');
					if (stat.substring(stat.indexOf('(') + 1, name).equals("postgres")) {
						String[] fields = stat.substring(name + 2).split(" ");
						// utime and stime, the 14th and 15th fields of the line
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (java.io.IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			}
		}
		catch (java.io.IOException ex) {
			return 0;
		}
		// USER_HZ is 100 on Linux
		return ticks * 10_000_000L;
	}

	/** The machine's load average (Linux), to judge how shared the run was. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (java.io.IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	interface Lookup {

		long run(String q) throws Exception;

	}

	/**
	 * @param jvmCpuMillis CPU time of this JVM (server and clients) per lookup
	 * @param databaseCpuMillis CPU time of the database's processes per lookup
	 * @param compileMillis the JIT's compilation time during the timed turns
	 */
	record Measured(double[] millis, double seconds, int warmUpRounds, double jvmCpuMillis, double databaseCpuMillis,
			long compileMillis) {

		double throughput() {
			return this.millis.length / this.seconds;
		}

		double p(int percentile) {
			return this.millis[Math.min(this.millis.length - 1,
					(int) Math.ceil(this.millis.length * percentile / 100.0) - 1)];
		}

		String row(String name) {
			return String.format(
					"| %s | %,.0f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f ms | %.2f ms | %,d ms |%n", name,
					throughput(), p(50), p(90), p(99), this.millis[this.millis.length - 1], this.jvmCpuMillis,
					this.databaseCpuMillis, this.compileMillis);
		}

	}

	/** Warm-up rounds at most, each {@link #WARM_UP} lookups per client. */
	static final int MAX_WARM_UP_ROUNDS = 40;

	/**
	 * The JIT's compilation time in one warm-up round below which the server counts as
	 * warm.
	 */
	static final long QUIET_COMPILATION_MILLIS = 300;

	/** The timed lookups of each client are made in this many turns. */
	static final int TURNS = 5;

	/**
	 * Each lookup warmed up in rounds until the JIT is (nearly) done with it, then all of
	 * them timed in {@link #TURNS} turns, one after the other, the order turning with
	 * each turn — so that what else runs on the machine weighs on each about equally —
	 * each turn its share of every client's timed queries, the same queries for each
	 * lookup.
	 */
	static List<Measured> measure(String[][] queries, List<Lookup> lookups, List<AtomicLong> found) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			int n = lookups.size();
			CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
			int warmUpRounds = warmUp(pool, queries, lookups);
			double[][][] millis = new double[n][CLIENTS][PER_CLIENT];
			double[] seconds = new double[n];
			long[] jvmNanos = new long[n];
			long[] databaseNanos = new long[n];
			long[] compileMillis = new long[n];
			for (int turn = 0; turn < TURNS; turn++) {
				int from = PER_CLIENT * turn / TURNS;
				int to = PER_CLIENT * (turn + 1) / TURNS;
				for (int j = 0; j < n; j++) {
					int k = (turn + j) % n;
					long jvm = jvmCpuNanos();
					long database = databaseCpuNanos();
					long compiling = jit.getTotalCompilationTime();
					seconds[k] += timed(pool, queries, lookups.get(k), from, to, millis[k], found.get(k));
					jvmNanos[k] += jvmCpuNanos() - jvm;
					databaseNanos[k] += databaseCpuNanos() - database;
					compileMillis[k] += jit.getTotalCompilationTime() - compiling;
				}
			}
			List<Measured> measured = new ArrayList<>();
			for (int k = 0; k < n; k++) {
				double[] all = Arrays.stream(millis[k]).flatMapToDouble(Arrays::stream).sorted().toArray();
				measured.add(new Measured(all, seconds[k], warmUpRounds, jvmNanos[k] / 1e6 / all.length,
						databaseNanos[k] / 1e6 / all.length, compileMillis[k]));
			}
			return measured;
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * Warm-up rounds, each lookup in turn in each round, until the JIT is (nearly) done
	 * with all of them: a server measured while it still compiles its code measures the
	 * compiler (on two cores, C2 compiling the application's request path took most of
	 * both cores for the first tens of seconds), and a lookup warmed alone has its shared
	 * code (the pool, the driver) recompiled once the next one runs. Returns the number
	 * of rounds.
	 */
	static int warmUp(ExecutorService pool, String[][] queries, List<Lookup> lookups) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		int rounds = 0;
		long compiling;
		do {
			long before = jit.getTotalCompilationTime();
			for (int j = 0; j < lookups.size(); j++) {
				Lookup lookup = lookups.get((rounds + j) % lookups.size());
				List<Future<?>> warm = new ArrayList<>();
				for (String[] client : queries) {
					warm.add(pool.submit((Callable<Void>) () -> {
						for (int i = 0; i < WARM_UP; i++) {
							lookup.run(client[i]);
						}
						return null;
					}));
				}
				for (Future<?> f : warm) {
					f.get();
				}
			}
			compiling = jit.getTotalCompilationTime() - before;
			rounds++;
		}
		while (rounds < MAX_WARM_UP_ROUNDS && compiling > QUIET_COMPILATION_MILLIS);
		return rounds;
	}

	/**
	 * The timed lookups {@code from} (inclusive) to {@code to} of every client, all
	 * clients at once; their times into {@code millis}. Returns the seconds they took.
	 */
	static double timed(ExecutorService pool, String[][] queries, Lookup lookup, int from, int to, double[][] millis,
			AtomicLong found) throws Exception {
		List<Future<?>> timed = new ArrayList<>();
		long start = System.nanoTime();
		for (int k = 0; k < CLIENTS; k++) {
			String[] client = queries[k];
			double[] times = millis[k];
			timed.add(pool.submit((Callable<Void>) () -> {
				for (int i = from; i < to; i++) {
					long t = System.nanoTime();
					found.addAndGet(lookup.run(client[WARM_UP + i]));
					times[i] = (System.nanoTime() - t) / 1e6;
				}
				return null;
			}));
		}
		for (Future<?> f : timed) {
			f.get();
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** Loads the decisions with COPY, 10,000 rows a statement. */
	static void load(Connection connection, long agency, String[] companies) throws Exception {
		PGConnection pg = connection.unwrap(PGConnection.class);
		Random random = new Random(7);
		HexFormat hex = HexFormat.of();
		LocalDate first = LocalDate.of(2023, 1, 1);
		StringBuilder rows = new StringBuilder(8 << 20);
		String copy = "copy publicity_publication (public_id, case_id, origin, agency_id, agency_name, kind, type_name,"
				+ " title, decided_on, due_on, working_days, original_text, proposed_title, proposed_text,"
				+ " published_title, published_text, search_text, status, version, text_version, published_on,"
				+ " expires_on, recorded_at, updated_at) from stdin";
		byte[] id = new byte[12];
		for (int i = 0; i < DECISIONS; i++) {
			String company = companies[i % companies.length];
			String[] v = VIOLATIONS[random.nextInt(VIOLATIONS.length)];
			LocalDate decided = first.plusDays(random.nextInt(1_400));
			String title = company + v[0] + "案";
			String text = "当事人" + company + "于" + decided.minusDays(40 + random.nextInt(60)) + "经现场检查，存在" + v[0]
					+ "的行为，违反了" + v[1] + "的规定。依据" + v[2] + "，决定对当事人" + v[3] + "。适用依据：" + v[2] + "。裁量："
					+ BANDS[random.nextInt(BANDS.length)] + "。";
			random.nextBytes(id);
			String search = Publications.searchText(title, text);
			rows.append(hex.formatHex(id))
				.append('\t')
				.append(2_000_000_000L + i)
				.append("\tBENCH\t")
				.append(agency)
				.append("\t牡丹江市生态环境局\tPENALTY\t行政处罚决定\t")
				.append(title)
				.append('\t')
				.append(decided)
				.append('\t')
				.append(decided.plusDays(9))
				.append("\t7\t")
				.append(text)
				.append('\t')
				.append(title)
				.append('\t')
				.append(text)
				.append('\t')
				.append(title)
				.append('\t')
				.append(text)
				.append('\t')
				.append(search.replace("\n", "\\n"))
				.append("\tPUBLISHED\t1\t1\t")
				.append(decided.plusDays(5))
				.append('\t')
				.append(decided.plusYears(3))
				.append("\t2026-01-01 00:00:00+08\t2026-01-01 00:00:00+08\n");
			if ((i + 1) % 10_000 == 0 || i == DECISIONS - 1) {
				pg.getCopyAPI().copyIn(copy, new StringReader(rows.toString()));
				rows.setLength(0);
			}
		}
	}

}
