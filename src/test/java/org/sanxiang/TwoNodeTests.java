package org.sanxiang;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.core.SealedRecord;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.ledger.KeyRotated;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.LedgerProbe;
import org.sanxiang.subject.ImportProbe;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two application nodes on one PostgreSQL behave as one: a session made on node A is
 * logged in on node B, a scheduled job runs on one node per schedule, a calendar year
 * loaded on A is used by B at once, a key rotated on A signs B's next checkpoint, 500
 * ledger appends from both nodes at once leave no gap and verify, and an import previewed
 * on A is confirmed on B. The nodes share what a deployment shares: the database and the
 * data directory (blobs, ledger keys, personal-data key).
 */
class TwoNodeTests {

	static final String YEAR_2027 = """
			{"year": 2027,
			 "papers": ["https://www.gov.cn/zhengce/content/2027-notice.htm"],
			 "days": [
			   {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-06", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-07", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-08", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-09", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-10", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-13", "isOffDay": false}
			 ]}""";

	static final int APPENDS = 500;

	static final int THREADS_PER_NODE = 4;

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() throws IOException {
		postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
		Path shared = Files.createDirectories(Path.of("target", "two-nodes")).resolve(Long.toString(System.nanoTime()));
		a = node("a", shared);
		b = node("b", shared);
	}

	static ConfigurableApplicationContext node(String name, Path shared) {
		return new SpringApplicationBuilder(SanxiangApplication.class, Probe.class).run("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
				"--sanxiang.node-name=node-" + name, "--sanxiang.ledger.key-dir=" + shared.resolve("ledger-keys"),
				"--sanxiang.blobs.dir=" + shared.resolve("blobs"),
				"--sanxiang.subject.key-file=" + shared.resolve("subject-keys/subject-sm4.key"),
				"--sanxiang.subject.import-dir=" + shared.resolve("import"),
				// checkpoints only when the test asks, so that it knows which node signs
				"--sanxiang.ledger.checkpoint-interval=PT1H", "--sanxiang.demo.documents=false",
				"--sanxiang.demo.cases=false", "--sanxiang.demo.document-history=0");
	}

	@AfterAll
	static void stopNodesThenTheDatabase() throws IOException {
		try {
			if (b != null) {
				b.close();
			}
			if (a != null) {
				a.close();
			}
		}
		finally {
			postgres.close();
		}
		assertThat(a.isActive()).isFalse();
		assertThat(b.isActive()).isFalse();
	}

	@Test
	void aUserLoggedInOnNodeAIsLoggedInOnNodeB() throws Exception {
		HttpResponse<String> loginPage = get(a, "/login", null);
		String anonymous = sessionCookie(loginPage);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(uri(a, "/login"))
			.header("Cookie", anonymous)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=demo-officer&password="
					+ URLEncoder.encode("Sanxiang@2026", StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String session = sessionCookie(login);

		HttpResponse<String> onB = get(b, "/api/v1/me", session);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("\"username\":\"demo-officer\"");
		assertThat(get(b, "/api/v1/me", null).statusCode()).isEqualTo(401);
	}

	@Test
	void aCalendarYearLoadedOnNodeAIsUsedByNodeBAtOnce() throws Exception {
		String dueIn2027 = "/api/v1/public/calendar/add-working-days?start=2027-02-05&days=2";
		assertThat(get(b, "/api/v1/public/calendar/add-working-days?start=2026-02-05&days=2", null).statusCode())
			.isEqualTo(200);
		assertThat(get(b, dueIn2027, null).statusCode()).as("2027 is not loaded yet").isEqualTo(422);

		a.getBean(OfficialCalendar.class).load(YEAR_2027, "国务院办公厅关于2027年部分节假日安排的通知已发布", "two-nodes-test");

		HttpResponse<String> onB = get(b, dueIn2027, null);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("\"due\":\"2027-02-12\"");
	}

	@Test
	void appendsFromBothNodesAtOnceLeaveNoGapAndTheLedgerVerifies() throws Exception {
		Ledger onA = a.getBean(Ledger.class);
		Ledger onB = b.getBean(Ledger.class);
		long before = onA.size();
		ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
		List<Future<?>> work = new ArrayList<>();
		int perThread = APPENDS / (2 * THREADS_PER_NODE);
		int extra = APPENDS % (2 * THREADS_PER_NODE);
		for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
			Ledger node = (t % 2 == 0) ? onA : onB;
			int thread = t;
			int count = perThread + ((t < extra) ? 1 : 0);
			work.add(pool.submit(() -> {
				for (int i = 0; i < count; i++) {
					node.append(new Appended("node-" + ((thread % 2 == 0) ? "a" : "b") + "-" + thread + "-" + i));
				}
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();

		long size = onB.size();
		assertThat(size).isEqualTo(before + APPENDS);
		assertThat(onA.size()).isEqualTo(size);
		Set<String> subjects = new HashSet<>();
		for (long start = 0; start < size;) {
			for (LedgerProbe.Entry entry : LedgerProbe.entries(a, start, size)) {
				assertThat(entry.index()).isEqualTo(start++);
				if (entry.type().equals("TWO_NODE_TEST") && entry.subjectId().startsWith("node-")) {
					subjects.add(entry.subjectId());
				}
			}
		}
		assertThat(subjects).hasSize(APPENDS);
		assertThat(subjects.stream().filter((s) -> s.startsWith("node-a"))).hasSize(APPENDS / 2);
		LedgerProbe.Checkpoint checkpoint = LedgerProbe.checkpoint(b);
		assertThat(checkpoint.treeSize()).isEqualTo(size);
		LedgerProbe.Integrity report = LedgerProbe.integrity(a, "two-nodes-test");
		assertThat(report.problems()).isEmpty();
		assertThat(report.entries()).isEqualTo(size);
	}

	@Test
	void aKeyRotatedOnNodeASignsNodeBsNextCheckpoint() {
		Ledger onA = a.getBean(Ledger.class);
		Ledger onB = b.getBean(Ledger.class);
		onB.append(new Appended("before-rotation"));
		onB.checkpoint();
		String before = LedgerProbe.latestFingerprint(b);

		KeyRotated rotated = onA.rotateKey("two-nodes-test");
		assertThat(rotated.previousFingerprint()).isEqualTo(before);

		onB.append(new Appended("after-rotation"));
		LedgerProbe.Checkpoint signedOnB = LedgerProbe.checkpoint(b);
		assertThat(signedOnB.keyFingerprint()).isEqualTo(rotated.nextFingerprint());
		assertThat(onB.publicKeyPem()).isEqualTo(onA.publicKeyPem());
		assertThat(LedgerProbe.integrity(a, "two-nodes-test").problems()).isEmpty();
	}

	@Test
	void anImportPreviewedOnNodeAIsConfirmedOnNodeB() throws IOException {
		Agency hailin = a.getBean(AgencyDirectory.class)
			.all()
			.stream()
			.filter((agency) -> agency.code().equals("HLJ-MDJ-HL"))
			.findFirst()
			.orElseThrow();
		ImportProbe.Outcome preview = ImportProbe.previewTemplate(a, hailin.id(), "two-nodes-tester");
		assertThat(preview.changed()).isEqualTo(1);

		ImportProbe.Outcome done = ImportProbe.confirm(b, preview.token(), hailin.id(), "two-nodes-tester");

		assertThat(done.changed()).isEqualTo(1);
		assertThat(b.getBean(JdbcClient.class)
			.sql("select count(*) from subject_party where agency_id = :a and credit_code = '91350100M000100Y43'")
			.param("a", hailin.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> ImportProbe.confirm(a, preview.token(), hailin.id(), "two-nodes-tester"))
			.as("confirmed once, on whichever node")
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void everyScheduledJobOfTheApplicationTakesTheSharedLock() {
		List<String> unlocked = new ArrayList<>();
		int jobs = 0;
		for (String name : a.getBeanDefinitionNames()) {
			Class<?> type = a.getType(name);
			Class<?> user = (type != null) ? ClassUtils.getUserClass(type) : null;
			if (user == null || user == Probe.class || !user.getName().startsWith("org.sanxiang.")) {
				continue;
			}
			for (Method method : user.getDeclaredMethods()) {
				if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
					jobs++;
					if (!AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class)) {
						unlocked.add(user.getSimpleName() + "." + method.getName());
					}
				}
			}
		}
		assertThat(jobs).isGreaterThanOrEqualTo(4);
		assertThat(unlocked).isEmpty();
	}

	@Test
	void aScheduledJobFiresOnOneNodePerSchedule() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while ((Probe.slots("locked").size() < 3 || !bothNodesRan(Probe.slots("unlocked")))
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		Map<Long, List<String>> locked = Probe.slots("locked");
		Map<Long, List<String>> unlocked = Probe.slots("unlocked");
		assertThat(locked).hasSizeGreaterThanOrEqualTo(3);
		assertThat(locked.values()).allSatisfy((nodes) -> assertThat(nodes).hasSize(1));
		assertThat(unlocked.values()).as("without the lock, both nodes run the job")
			.anySatisfy((nodes) -> assertThat(nodes).containsExactlyInAnyOrder("node-a", "node-b"));
	}

	private static boolean bothNodesRan(Map<Long, List<String>> slots) {
		return slots.values().stream().anyMatch((nodes) -> nodes.containsAll(List.of("node-a", "node-b")));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SANXIANG_SESSION="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.reduce((first, last) -> last)
			.orElseThrow();
	}

	/** A record sealed by the test. */
	record Appended(String subjectId) implements SealedRecord {

		@Override
		public String entryType() {
			return "TWO_NODE_TEST";
		}

		@Override
		public String subjectType() {
			return "Test";
		}

		@Override
		public ContentDigests contentDigests() {
			return ContentDigests.of(this.subjectId.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public boolean subjectIsPublic() {
			return true;
		}

	}

	/**
	 * A job on every node every five seconds, once with the shared lock and once without;
	 * each run is recorded with its node and its five-second slot. (Registered on the two
	 * nodes only: not a component, so other tests' contexts do not find it.)
	 */
	static class Probe {

		static final Queue<String[]> RUNS = new ConcurrentLinkedQueue<>();

		private final String node;

		Probe(@Value("${sanxiang.node-name}") String node) {
			this.node = node;
		}

		@Scheduled(cron = "*/5 * * * * *")
		@SchedulerLock(name = "two-nodes-probe", lockAtLeastFor = "PT4S", lockAtMostFor = "PT10S")
		void locked() {
			record("locked");
		}

		@Scheduled(cron = "*/5 * * * * *")
		void unlocked() {
			record("unlocked");
		}

		private void record(String job) {
			RUNS.add(new String[] { job, this.node, Long.toString(System.currentTimeMillis() / 5000) });
		}

		/** The nodes that ran a job, by slot. */
		static Map<Long, List<String>> slots(String job) {
			return RUNS.stream()
				.filter((run) -> run[0].equals(job))
				.collect(Collectors.groupingBy((run) -> Long.parseLong(run[2]), TreeMap::new,
						Collectors.mapping((run) -> run[1], Collectors.toList())));
		}

	}

}
