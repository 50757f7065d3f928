package org.sanxiang.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.CreditCode;
import org.sanxiang.core.IdNumber;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo parties: 40 fictional organisations and 10 fictional persons in the demo agencies,
 * with credit codes and ID numbers made valid by our own check-character computation.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
class DemoSubjects implements ApplicationRunner {

	private static final String[] TRADES = { "化工", "造纸", "酿酒", "热电", "水泥", "制药", "食品", "木业", "印染", "电镀" };

	private static final String[] INDUSTRIES = { "C2611", "C2221", "C1512", "D4411", "C3011", "C2710", "C1391", "C2021",
			"C1713", "C3360" };

	private static final String[] PLACES = { "镜泊", "牡丹", "北山", "江滨", "兴隆", "光华", "东安", "爱民" };

	private static final String[] PERSONS = { "王建军", "李秀英", "张志强", "刘桂兰", "陈国庆", "杨丽华", "赵德胜", "黄秀梅", "周海峰", "吴淑芬" };

	private final PartyRegistry registry;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	DemoSubjects(PartyRegistry registry, AgencyDirectory agencies, JdbcClient jdbc) {
		this.registry = registry;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from subject_party").query(Long.class).single() > 0) {
			return;
		}
		Map<String, Agency> byCode = this.agencies.all().stream().collect(Collectors.toMap(Agency::code, (a) -> a));
		Set<Long> all = byCode.values().stream().map(Agency::id).collect(Collectors.toSet());
		Random random = new Random(2026);
		LocalDate today = this.registry.today();
		List<String> agencyCodes = List.of("HLJ-MDJ", "HLJ-MDJ-HL", "HLJ-HRB");
		for (int i = 0; i < 40; i++) {
			Agency agency = byCode.get(agencyCodes.get((i < 28) ? 0 : (i < 34) ? 1 : 2));
			String region = agency.regionCode().endsWith("00") ? agency.regionCode().substring(0, 4) + "0" + (2 + i % 4)
					: agency.regionCode();
			String name = (agency.code().equals("HLJ-HRB") ? "哈尔滨" : "牡丹江") + PLACES[i % PLACES.length]
					+ TRADES[i % TRADES.length] + (i < 8 ? "有限公司" : "有限责任公司" + (i / 8 + 1) + "厂");
			StringBuilder body = new StringBuilder();
			for (int c = 0; c < 9; c++) {
				body.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(random.nextInt(31)));
			}
			String creditCode = CreditCode.withCheckCharacter("91" + region + body).value();
			LocalDate from = today.minusYears(1 + i % 4).withDayOfYear(1 + i * 7);
			ManagementClass managementClass = ManagementClass.values()[i % 3];
			PartyDraft draft = new PartyDraft(PartyKind.ORGANISATION, name, creditCode, PERSONS[(i + 3) % 10],
					"黑龙江省" + (agency.code().equals("HLJ-HRB") ? "哈尔滨市" : "牡丹江市") + PLACES[(i + 2) % PLACES.length] + "路"
							+ (i + 1) + "号",
					region, INDUSTRIES[i % INDUSTRIES.length],
					(managementClass == ManagementClass.REGISTRATION) ? null
							: creditCode + String.format("%03d", 1) + "P",
					(managementClass == ManagementClass.REGISTRATION) ? null : from,
					(managementClass == ManagementClass.REGISTRATION) ? null
							: from.plusYears(5).minusDays((i == 5) ? 2000 : 1),
					managementClass.name(), i % 5 == 0, null, "0453-6" + String.format("%06d", 100000 + i * 37),
					List.of(new PartyDraft.ContactDraft(PERSONS[i % 10],
							"13" + (5 + i % 5) + String.format("%08d", 10000000 + i * 7919))));
			this.registry.register(agency.id(), draft, all);
		}
		Agency mdj = byCode.get("HLJ-MDJ");
		for (int i = 0; i < PERSONS.length; i++) {
			LocalDate born = LocalDate.of(1960 + i * 3, 1 + i, 3 + i * 2);
			String id = IdNumber.withCheckDigit(
					"23100" + (2 + i % 4) + String.format("%tY%<tm%<td", born) + String.format("%03d", 11 + i * 2));
			this.registry.register(mdj.id(),
					new PartyDraft(PartyKind.PERSON, PERSONS[i], null, null, "黑龙江省牡丹江市东安区示例街" + (i + 1) + "号", "231002",
							null, null, null, null, null, false, id,
							"13" + (6 + i % 4) + String.format("%08d", 20000000 + i * 4513), List.of()),
					all);
		}
	}

}
