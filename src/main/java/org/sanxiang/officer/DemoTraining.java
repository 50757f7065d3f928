package org.sanxiang.officer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.core.Actor;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo training records of the current year for the 牡丹江 bureau (only with
 * {@code sanxiang.demo.duties}, off in tests): most officers have their yearly hours, one
 * is short of them, and there are exam results — recorded through {@link OfficerTraining}
 * as the system administrator would. Nothing is recorded when any exists.
 */
@Component
@Order(66)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.duties", havingValue = "true")
class DemoTraining implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

	private final OfficerTraining training;

	private final OfficerRegistry registry;

	private final AgencyDirectory agencies;

	DemoTraining(OfficerTraining training, OfficerRegistry registry, AgencyDirectory agencies) {
		this.training = training;
		this.registry = registry;
		this.agencies = agencies;
	}

	record DemoActor(String username, String displayName, long agencyId, String agencyPath) implements Actor {
	}

	/** A failure is logged, not raised: the demo never stops the application starting. */
	@Override
	public void run(ApplicationArguments args) {
		try {
			recordAll();
		}
		catch (RuntimeException ex) {
			log.warn("Demo training: {}", ex.getMessage());
		}
	}

	void recordAll() {
		Map<String, Agency> byCode = this.agencies.all().stream().collect(Collectors.toMap(Agency::code, (a) -> a));
		Agency mdj = byCode.get("HLJ-MDJ");
		Agency hlj = byCode.get("HLJ");
		if (mdj == null || hlj == null) {
			return;
		}
		Set<Long> scope = Set.of(mdj.id());
		Map<String, Officer> byName = this.registry.within(scope, null)
			.stream()
			.collect(Collectors.toMap(Officer::name, (o) -> o, (a, b) -> a));
		if (byName.values().stream().anyMatch((o) -> !this.training.trainings(o.id()).isEmpty())) {
			return;
		}
		Actor admin = new DemoActor("demo-sysadmin", "孙浩", hlj.id(), hlj.path());
		record("张伟", byName, admin, 24, 20, 16);
		record("李娜", byName, admin, 24, 24, 16);
		record("王强", byName, admin, 24, 16);
		record("刘洋", byName, admin, 32, 16, 12);
		record("陈静", byName, admin, 24, 20, 20);
		record("杨帆", byName, admin, 24, 24, 12);
		exam("张伟", byName, admin, "86");
		exam("李娜", byName, admin, "92");
		exam("王强", byName, admin, "78.5");
		exam("刘洋", byName, admin, "95");
		log.info("Demo training: this year's training and exams of {}", mdj.name());
	}

	private static final String[][] COURSES = { { "生态环境行政执法业务培训班（第一期）", "黑龙江省生态环境厅" }, { "行政处罚法与行政强制法专题培训", "牡丹江市司法局" },
			{ "执法全过程记录与执法记录仪规范使用", "牡丹江市生态环境局" } };

	private void record(String name, Map<String, Officer> byName, Actor admin, int... hours) {
		Officer officer = byName.get(name);
		if (officer == null) {
			return;
		}
		for (int i = 0; i < hours.length; i++) {
			this.training.recordTraining(officer.id(), COURSES[i][0], COURSES[i][1], BigDecimal.valueOf(hours[i]),
					dayOfThisYear(200 - i * 60), "PX" + this.registry.today().getYear() + officer.id() + i,
					Set.of(officer.agencyId()), admin);
		}
	}

	private void exam(String name, Map<String, Officer> byName, Actor admin, String score) {
		Officer officer = byName.get(name);
		if (officer != null) {
			this.training.recordExam(officer.id(), "年度行政执法资格考试", new BigDecimal(score), dayOfThisYear(30),
					Set.of(officer.agencyId()), admin);
		}
	}

	/** A day some days back, but within this year. */
	private LocalDate dayOfThisYear(int daysBack) {
		LocalDate today = this.registry.today();
		LocalDate day = today.minusDays(daysBack);
		return day.getYear() == today.getYear() ? day : today.withDayOfYear(1);
	}

}
