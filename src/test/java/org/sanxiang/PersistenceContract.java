package org.sanxiang;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.CalendarRevision;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Account;
import org.sanxiang.identity.AccountAdministration;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.DataScope;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.TestPrincipals;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.platform.YearCounters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migrations and repositories, run unchanged against the embedded H2 database and against
 * a real PostgreSQL (subclasses choose the database).
 */
abstract class PersistenceContract {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	OfficialCalendar calendar;

	@Autowired
	YearCounters counters;

	@Autowired
	PlatformTransactionManager transactions;

	Set<Long> allAgencies() {
		return this.agencies.all().stream().map(Agency::id).collect(Collectors.toSet());
	}

	@Test
	void everyMigrationIsApplied() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).extracting((m) -> m.getVersion().getVersion())
			.containsSubsequence("1", "2", "3", "3.1");
	}

	@Test
	void theDemoOrgTreeIsStoredWithMaterialisedPaths() {
		assertThat(this.agencies.all()).extracting(Agency::path)
			.containsExactly("/HLJ/", "/HLJ/HLJ-HRB/", "/HLJ/HLJ-MDJ/", "/HLJ/HLJ-MDJ/HLJ-MDJ-HL/");
	}

	@Test
	void anAccountIsStoredWithItsRolesAndReloadedWhole() {
		long department = this.agencies.departments(this.agencies.all().get(0).id()).get(0).id();
		DataScope all = new DataScope(allAgencies());
		Account opened = this.accounts.open("persist-" + getClass().getSimpleName().toLowerCase().substring(0, 6),
				"持久化测试", department, "Persist#Test2026", all);
		this.accounts.grant(opened.id(), Role.OFFICER,
				TestPrincipals.holding(Role.SECURITY_ADMIN, 1L, "/HLJ/", allAgencies()));
		this.accounts.grant(opened.id(), Role.UNIT_HEAD,
				TestPrincipals.holding(Role.SECURITY_ADMIN, 1L, "/HLJ/", allAgencies()));
		assertThat(this.accounts.account(opened.id(), all).roles()).containsExactlyInAnyOrder(Role.OFFICER,
				Role.UNIT_HEAD);
	}

	@Test
	void aStaleOfficerVersionIsAConflictNotASilentOverwrite() {
		Set<Long> all = allAgencies();
		Officer officer = this.officers.register(this.agencies.all().get(0).id(), "版本测试",
				"2300002026" + (getClass().getSimpleName().length() % 10) + "999", "黑龙江省人民政府", LocalDate.of(2026, 1, 1),
				LocalDate.of(2030, 12, 31), all);
		int version = officer.version();
		this.officers.correct(officer.id(), version, "版本测试甲", "黑龙江省人民政府", officer.validFrom(), officer.validTo(), all);
		assertThatThrownBy(() -> this.officers.correct(officer.id(), version, "版本测试乙", "黑龙江省人民政府", officer.validFrom(),
				officer.validTo(), all))
			.isInstanceOfSatisfying(RuleViolation.class, (v) -> assertThat(v.status().value()).isEqualTo(409));
		assertThat(this.officers.officer(officer.id(), all).name()).isEqualTo("版本测试甲");
	}

	@Test
	void theShippedCalendarIsStoredAndReadBackIntact() {
		assertThat(this.calendar.years()).extracting(CalendarRevision::year)
			.containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
		assertThat(this.calendar.schedule(2020).notices()).hasSize(2);
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2019, 9, 27), 7)).isEqualTo(LocalDate.of(2019, 10, 12));
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveLedgerEntries() {
		assertThat(this.jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isPositive();
		assertThatThrownBy(
				() -> this.jdbc.sql("update ledger_entry set subject_id = 'forged' where entry_index = 0").update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from ledger_entry where entry_index = 0").update()).rootCause()
			.hasMessageContaining("append-only");
		assertThat(
				this.jdbc.sql("select subject_id from ledger_entry where entry_index = 0").query(String.class).single())
			.isNotEqualTo("forged");
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveAuditRecords() {
		this.jdbc.sql("""
				insert into audit_record (occurred_at, username, action, result)
				values (current_timestamp, 'tester', 'TEST_ENTRY', 'SUCCESS')""").update();
		assertThatThrownBy(
				() -> this.jdbc.sql("update audit_record set username = 'forged' where action = 'TEST_ENTRY'").update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_record where action = 'TEST_ENTRY'").update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.sql("select username from audit_record where action = 'TEST_ENTRY'")
			.query(String.class)
			.list()).containsOnly("tester");
	}

	@Test
	void theDatabaseRefusesToTruncateAnyAppendOnlyTable() {
		for (String table : java.util.List.of("audit_record", "ledger_entry", "ledger_checkpoint", "ledger_key",
				"subject_change", "case_entry")) {
			long rows = this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
			assertThatThrownBy(() -> this.jdbc.sql("truncate table " + table).update()).as("truncate " + table)
				.isInstanceOf(org.springframework.dao.DataAccessException.class);
			assertThat(this.jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table)
				.isEqualTo(rows);
		}
	}

	/**
	 * Two transactions take the first number of a year at once: the second waits for the
	 * first's counter row and takes 2 — on PostgreSQL too, where its failed insert of the
	 * row must be undone to a savepoint, not abort its transaction.
	 */
	@Test
	void twoTakingTheFirstNumberOfAYearAtOnceGetOneAndTwo() throws Exception {
		long agency = this.agencies.all().get(0).id();
		String table = "inspection_task_counter";
		this.jdbc.sql("delete from " + table + " where number_year = 2099").update();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch firstTook = new CountDownLatch(1);
		CountDownLatch secondStarts = new CountDownLatch(1);
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = two.submit(() -> transaction.execute((status) -> {
				int number = this.counters.next(table, agency, 2099);
				firstTook.countDown();
				try {
					secondStarts.await();
					// the second now finds no row it can see, inserts one and waits for
					// this one
					Thread.sleep(300);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return number;
			}));
			Future<Integer> second = two.submit(() -> {
				firstTook.await();
				secondStarts.countDown();
				return transaction.execute((status) -> this.counters.next(table, agency, 2099));
			});
			assertThat(java.util.List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
				.containsExactly(1, 2);
			Integer third = transaction.execute((status) -> this.counters.next(table, agency, 2099));
			assertThat(third).isEqualTo(3);
		}
		finally {
			two.shutdownNow();
			this.jdbc.sql("delete from " + table + " where number_year = 2099").update();
		}
	}

	@Test
	void aCounterIsOnlyATableNamedInTheCode() {
		assertThatThrownBy(() -> this.counters.next("agency; drop table agency", 1, 2099))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
