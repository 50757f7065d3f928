package org.sanxiang.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo org tree and accounts (on by default with the embedded database, never on
 * {@code pg} unless asked): 黑龙江省生态环境厅 with 牡丹江 (and its 海林分局) and 哈尔滨. Every demo account
 * has the password {@value #PASSWORD}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
class DemoIdentityData implements ApplicationRunner {

	static final String PASSWORD = "Sanxiang@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoIdentityData.class);

	private final AgencyRepository agencies;

	private final DepartmentRepository departments;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	DemoIdentityData(AgencyRepository agencies, DepartmentRepository departments, AccountRepository accounts,
			PasswordEncoder encoder, Clock clock) {
		this.agencies = agencies;
		this.departments = departments;
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.agencies.count() > 0) {
			return;
		}
		Agency province = this.agencies
			.save(Agency.root("HLJ", "黑龙江省生态环境厅", "黑环", "230000").assignCreditCode(demoCreditCode("230000", 1)));
		Agency mudanjiang = this.agencies
			.save(province.child("HLJ-MDJ", "牡丹江市生态环境局", "牡环", "231000").assignCreditCode(demoCreditCode("231000", 2)));
		Agency hailin = this.agencies.save(mudanjiang.child("HLJ-MDJ-HL", "牡丹江市生态环境局海林分局", "牡环海", "231083")
			.assignCreditCode(demoCreditCode("231083", 3)));
		Agency harbin = this.agencies
			.save(province.child("HLJ-HRB", "哈尔滨市生态环境局", "哈环", "230100").assignCreditCode(demoCreditCode("230100", 4)));

		Map<DepartmentKind, Department> hlj = departmentsOf(province, "厅领导", "生态环境保护综合行政执法局", "法规与标准处", "办公室", "信息中心");
		Map<DepartmentKind, Department> mdj = departmentsOf(mudanjiang, "局领导", "生态环境保护综合行政执法支队", "法制审核科", "办公室",
				"信息公开科");
		departmentsOf(hailin, "分局领导", "执法大队", "法制审核组", "综合办公室", "信息公开组");
		Map<DepartmentKind, Department> hrb = departmentsOf(harbin, "局领导", "生态环境保护综合行政执法支队", "法制审核处", "办公室", "信息公开科");

		String hash = this.encoder.encode(PASSWORD);
		open("demo-officer", "张伟", mdj.get(DepartmentKind.ENFORCEMENT), hash, Role.OFFICER);
		open("demo-officer2", "李娜", mdj.get(DepartmentKind.ENFORCEMENT), hash, Role.OFFICER);
		open("demo-unithead", "王强", mdj.get(DepartmentKind.ENFORCEMENT), hash, Role.UNIT_HEAD);
		open("demo-reviewer", "刘洋", mdj.get(DepartmentKind.LEGAL_REVIEW), hash, Role.LEGAL_REVIEWER);
		open("demo-head", "陈静", mdj.get(DepartmentKind.LEADERSHIP), hash, Role.AGENCY_HEAD);
		open("demo-publisher", "杨帆", mdj.get(DepartmentKind.INFORMATION), hash, Role.PUBLISHER);
		open("demo-hrb-officer", "赵磊", hrb.get(DepartmentKind.ENFORCEMENT), hash, Role.OFFICER);
		open("demo-sysadmin", "孙浩", hlj.get(DepartmentKind.INFORMATION), hash, Role.SYSTEM_ADMIN);
		open("demo-secadmin", "周敏", hlj.get(DepartmentKind.OFFICE), hash, Role.SECURITY_ADMIN);
		open("demo-auditor", "吴婷", hlj.get(DepartmentKind.OFFICE), hash, Role.AUDIT_ADMIN);
		log.info("Demo data: 4 agencies and 10 demo accounts created (password shown on the login page in demo mode)");
	}

	/**
	 * A made-up credit code of a 机关 (登记管理部门 1 机构编制, 类别 1 机关) in the region, with a valid
	 * GB 32100 check character — plausible, not any real agency's.
	 */
	static String demoCreditCode(String region, int serial) {
		return CreditCode.withCheckCharacter("11" + region + "MB" + String.format("%07d", serial)).value();
	}

	private Map<DepartmentKind, Department> departmentsOf(Agency agency, String leadership, String enforcement,
			String legal, String office, String information) {
		List<Department> saved = this.departments
			.saveAll(List.of(Department.of(agency.id(), leadership, DepartmentKind.LEADERSHIP),
					Department.of(agency.id(), enforcement, DepartmentKind.ENFORCEMENT),
					Department.of(agency.id(), legal, DepartmentKind.LEGAL_REVIEW),
					Department.of(agency.id(), office, DepartmentKind.OFFICE),
					Department.of(agency.id(), information, DepartmentKind.INFORMATION)));
		return Map.of(DepartmentKind.LEADERSHIP, saved.get(0), DepartmentKind.ENFORCEMENT, saved.get(1),
				DepartmentKind.LEGAL_REVIEW, saved.get(2), DepartmentKind.OFFICE, saved.get(3),
				DepartmentKind.INFORMATION, saved.get(4));
	}

	private void open(String username, String name, Department department, String hash, Role role) {
		this.accounts.save(Account.openForDemo(username, name, department, hash, this.clock.instant(), role));
	}

}
