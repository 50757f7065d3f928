package org.sanxiang.review;

import org.sanxiang.EmbeddedPostgresSupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review figures on PostgreSQL: the grouped counts and the problem-type counting in
 * the stored problem lists answer as on H2.
 */
class PostgresReviewAnalyticsTests extends ReviewAnalyticsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresReviewAnalyticsTests.class, registry);
	}

}
