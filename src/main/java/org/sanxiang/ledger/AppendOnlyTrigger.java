package org.sanxiang.ledger;

import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.util.JdbcUtils;
import org.h2.util.Utils;

import org.sanxiang.platform.AppendOnlyRows;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on the ledger's tables
 * ({@code ledger_entry}, {@code ledger_checkpoint}, {@code ledger_key}), as the
 * PostgreSQL triggers do. Named in {@code h2/V5_5__ledger_triggers_of_the_ledger.sql}; H2
 * instantiates it by reflection.
 */
public class AppendOnlyTrigger extends AppendOnlyRows {

	/**
	 * The class the H2 migrations applied before the ledger owned its trigger name
	 * ({@code h2/V5_1}, {@code V6_1}, {@code V10_1}); an applied migration never changes.
	 */
	static final String FORMER_NAME = "org.sanxiang.core.AppendOnlyTableTrigger";

	private static final AtomicBoolean FORMER_NAME_ANSWERED = new AtomicBoolean();

	public AppendOnlyTrigger() {
		super("ledger_entry");
	}

	/**
	 * Lets H2 find this class under its {@link #FORMER_NAME former name} too, so that the
	 * old migrations still run on a new database; the next ones (V5_5, V10_2) re-point
	 * every trigger to its table owner's class. Called before Flyway migrates.
	 */
	public static void answerToFormerName() {
		if (FORMER_NAME_ANSWERED.compareAndSet(false, true)) {
			JdbcUtils.addClassFactory(new Utils.ClassFactory() {

				@Override
				public boolean match(String name) {
					return FORMER_NAME.equals(name);
				}

				@Override
				public Class<?> loadClass(String name) {
					return AppendOnlyTrigger.class;
				}

			});
		}
	}

	/**
	 * Answers to the former name in every application, before its database is migrated
	 * (registered in {@code META-INF/spring.factories}).
	 */
	static final class FormerName implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			answerToFormerName();
		}

	}

}
