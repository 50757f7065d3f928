package org.sanxiang.ledger;

import java.nio.file.Path;
import java.time.Clock;

import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The victim of {@link LedgerCrashTests}: appends entries one transaction at a time,
 * printing {@code ACK <index>} after each commit, and signs a checkpoint every few
 * entries — until it is killed.
 */
public final class CrashAppender {

	private CrashAppender() {
	}

	public static void main(String[] args) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(args[0]);
		LedgerStore store = new LedgerStore(JdbcClient.create(dataSource));
		Ledger ledger = new Ledger(store, new LedgerKeys(Path.of(args[1])), Clock.systemUTC(), "sanxiang/crash-test",
				(event) -> {
				});
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		for (int i = 0;; i++) {
			String id = args[2] + "-" + i;
			LedgerEntry entry = transactions.execute((status) -> ledger.append(new TestRecord(id, id, true)));
			System.out.println("ACK " + entry.index());
			System.out.flush();
			if (i % 7 == 0) {
				ledger.checkpoint();
			}
		}
	}

}
