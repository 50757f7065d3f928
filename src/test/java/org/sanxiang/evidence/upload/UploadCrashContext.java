package org.sanxiang.evidence.upload;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.evidence.CustodyLog;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.evidence.RecordingDevices;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.storage.BlobStore;
import org.sanxiang.storage.FileSystemBlobStore;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * The smallest application context that runs the real upload path: the tus endpoint, the
 * finaliser, the clean-up job, evidence registration and the ledger that seals it, on an
 * H2 file database opened with the application's own URL settings and the file-system
 * blob store — what {@link UploadCrashTests} kills, starting in about a second.
 */
@EnableJdbcRepositories(basePackageClasses = { EvidenceItems.class, OfficerRegistry.class })
@ComponentScan(basePackages = "org.sanxiang.ledger", useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.sanxiang\\.ledger\\.(Ledger|LedgerStore|LedgerKeys|LedgerIntegrity)"))
@Import({ EvidenceItems.class, CustodyLog.class, OfficerRegistry.class, TusUploads.class, UploadResults.class,
		UploadFinaliser.class, UploadCleanup.class, TusUploadController.class, RecordingDevices.class })
class UploadCrashContext extends AbstractJdbcConfiguration {

	/** The directories and database of one crash test. */
	record Place(Path root) {

		Path uploads() {
			return this.root.resolve("uploads");
		}

		Path blobs() {
			return this.root.resolve("blobs");
		}

		Path keys() {
			return this.root.resolve("keys");
		}

		/** The application's own H2 URL (application.yml), pointed at this place. */
		String jdbcUrl() {
			YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
			yaml.setResources(new ClassPathResource("application.yml"));
			String url = yaml.getObject().getProperty("spring.datasource.url");
			return url.replace("./data/sanxiang", this.root.resolve("db").toString());
		}

	}

	static AnnotationConfigApplicationContext start(Place place, Clock clock) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("crash-test", Map.of("sanxiang.ledger.key-dir", place.keys().toString(),
					"sanxiang.ledger.origin", "sanxiang/crash-test", "crash.root", place.root().toString())));
		context.registerBean(Place.class, () -> place);
		context.registerBean(Clock.class, () -> clock);
		context.register(UploadCrashContext.class);
		context.refresh();
		return context;
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(Place place) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(place.jdbcUrl());
		dataSource.setUsername("sa");
		dataSource.setMaximumPoolSize(4);
		return dataSource;
	}

	/** As {@code spring.data.jdbc.dialect: postgresql} in application.yml. */
	@Override
	@Bean
	public org.springframework.data.jdbc.core.dialect.JdbcDialect jdbcDialect(NamedParameterJdbcOperations operations) {
		return org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect.INSTANCE;
	}

	@Bean
	NamedParameterJdbcOperations namedParameterJdbcOperations(DataSource dataSource) {
		return new NamedParameterJdbcTemplate(dataSource);
	}

	@Bean
	JdbcClient jdbcClient(DataSource dataSource) {
		return JdbcClient.create(dataSource);
	}

	@Bean
	PlatformTransactionManager transactionManager(DataSource dataSource) {
		return new DataSourceTransactionManager(dataSource);
	}

	@Bean
	BusinessTime businessTime(Clock clock) {
		return new BusinessTime(clock, ZoneId.of("Asia/Shanghai"));
	}

	@Bean
	BlobStore blobStore(Place place) {
		return new FileSystemBlobStore(place.blobs());
	}

	@Bean
	TusUploadProperties tusUploadProperties(Place place) {
		return new TusUploadProperties(place.uploads(), DataSize.ofGigabytes(4), Duration.ofHours(24), 1000,
				DataSize.ofMegabytes(8));
	}

}
