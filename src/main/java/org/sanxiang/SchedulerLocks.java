package org.sanxiang;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * Several nodes on one database run each scheduled job once per schedule: every
 * {@code @Scheduled} method also carries {@code @SchedulerLock}, whose lock is a row of
 * table {@code shedlock} (V8_1) held until {@code lock_until} by the database's clock,
 * not a node's. A node that finds the row locked skips that run.
 * {@code sanxiang.node-name} (default: the host name) is written as the holder, so that
 * the table shows which node ran a job last.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

	@Bean
	LockProvider lockProvider(DataSource dataSource, @Value("${sanxiang.node-name:}") String nodeName) {
		JdbcTemplateLockProvider.Configuration.Builder configuration = JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime();
		if (StringUtils.hasText(nodeName)) {
			configuration.withLockedByValue(nodeName.strip());
		}
		return new JdbcTemplateLockProvider(configuration.build());
	}

}
