package org.sanxiang.identity;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are written as an upsert. Pages opened at once in one session (tabs
 * restored, a page and its htmx parts) each store the attribute the session lacks — the
 * CSRF token first of all; with Spring Session's plain {@code INSERT} all but one of them
 * failed on the primary key and the person saw an error page. PostgreSQL uses
 * {@code ON CONFLICT} (Spring Session's own customizer), H2 its {@code MERGE … KEY}.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpsert {

	static final String H2_CREATE_SESSION_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesWrittenAsUpsert(DataSource dataSource) {
		String product = databaseProduct(dataSource);
		if (product.contains("postgresql")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (product.contains("h2")) {
			return (repository) -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
		}
		return (repository) -> {
		};
	}

	private static String databaseProduct(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("无法连接数据库以确定会话存储方式", ex);
		}
	}

}
