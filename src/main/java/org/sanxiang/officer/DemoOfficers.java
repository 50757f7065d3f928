package org.sanxiang.officer;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.identity.AccountAdministration;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo officers: 21 officers across the demo agencies, with realistic certificate numbers
 * (region code, year of issue, sequence); one certificate expired, one suspended, one
 * legal reviewer with a legal qualification.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
class DemoOfficers implements ApplicationRunner {

	private final OfficerRegistry registry;

	private final OfficerRepository officers;

	private final AgencyDirectory agencies;

	private final AccountAdministration accounts;

	DemoOfficers(OfficerRegistry registry, OfficerRepository officers, AgencyDirectory agencies,
			AccountAdministration accounts) {
		this.registry = registry;
		this.officers = officers;
		this.agencies = agencies;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.officers.count() > 0) {
			return;
		}
		Map<String, Agency> byCode = this.agencies.all().stream().collect(Collectors.toMap(Agency::code, (a) -> a));
		Set<Long> all = byCode.values().stream().map(Agency::id).collect(Collectors.toSet());
		LocalDate today = this.registry.today();
		LocalDate from = today.minusYears(2).withDayOfYear(1);
		LocalDate to = from.plusYears(5).minusDays(1);
		String issuer = "黑龙江省人民政府";

		Agency mdj = byCode.get("HLJ-MDJ");
		String[] mdjNames = { "张伟", "李娜", "王强", "刘洋", "陈静", "杨帆", "黄海涛", "周丽", "徐建国", "马晓东" };
		for (int i = 0; i < mdjNames.length; i++) {
			Officer officer = this.registry.register(mdj.id(), mdjNames[i],
					"231000" + from.getYear() + String.format("%04d", i + 1), issuer, from, to, all);
			if (i == 3) {
				this.registry.qualifyAsReviewer(officer.id(), officer.version(),
						new LegalQualification("A20192301000123", today.minusYears(3)), all);
			}
		}
		this.registry.register(mdj.id(), "孙立新", "23100020180031", issuer, today.minusYears(5), today.minusDays(20),
				all);
		Officer suspended = this.registry.register(mdj.id(), "郑凯", "23100020200017", issuer, from, to, all);
		this.registry.changeStatus(suspended.id(), suspended.version(), OfficerStatus.SUSPENDED, all);

		Agency hailin = byCode.get("HLJ-MDJ-HL");
		String[] hlNames = { "韩冰", "冯雪", "曹阳" };
		for (int i = 0; i < hlNames.length; i++) {
			this.registry.register(hailin.id(), hlNames[i], "231083" + from.getYear() + String.format("%04d", i + 1),
					issuer, from, to, all);
		}
		Agency hrb = byCode.get("HLJ-HRB");
		String[] hrbNames = { "赵磊", "钱坤", "孔令辉", "邓超" };
		for (int i = 0; i < hrbNames.length; i++) {
			this.registry.register(hrb.id(), hrbNames[i], "230100" + from.getYear() + String.format("%04d", i + 1),
					issuer, from, to, all);
		}
		Agency hlj = byCode.get("HLJ");
		this.registry.register(hlj.id(), "蒋文博", "230000" + from.getYear() + "0001", issuer, from, to, all);
		this.registry.register(hlj.id(), "沈佳宜", "230000" + from.getYear() + "0002", issuer, from, to, all);

		link("demo-officer", "231000" + from.getYear() + "0001", all);
		link("demo-officer2", "231000" + from.getYear() + "0002", all);
		link("demo-unithead", "231000" + from.getYear() + "0003", all);
		link("demo-reviewer", "231000" + from.getYear() + "0004", all);
		link("demo-hrb-officer", "230100" + from.getYear() + "0001", all);
	}

	private void link(String username, String certificateNumber, Set<Long> all) {
		this.accounts.accountIdOf(username)
			.ifPresent((accountId) -> this.registry.byCertificateNumber(certificateNumber)
				.ifPresent((officer) -> this.registry.linkAccount(officer.id(), accountId, all)));
	}

}
