package org.sanxiang;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sanxiang (三项): the platform on which an ecology-environment bureau does its enforcement
 * work under the three systems (三项制度) — publicity, whole-process recording and legal
 * review of major decisions.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SanxiangApplication {

	public static void main(String[] args) {
		SpringApplication.run(SanxiangApplication.class, args);
	}

	/**
	 * The one source of time; domain code never calls {@code now()} without it. It
	 * carries the agency's zone ({@code sanxiang.zone}), not the server's; business dates
	 * are taken through {@link org.sanxiang.core.BusinessTime}.
	 */
	@Bean
	Clock clock(@Value("${sanxiang.zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}

}
