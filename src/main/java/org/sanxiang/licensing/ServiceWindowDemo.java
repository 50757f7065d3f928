package org.sanxiang.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.core.Actor;
import org.sanxiang.core.Paging;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.officer.Officer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo service windows (only with {@code sanxiang.demo.duties}, off in tests): two
 * windows of the 牡丹江 bureau — EIA approvals, and discharge/hazardous-waste permits — each
 * with a roster of the bureau's officers on some weekdays, registered through
 * {@link ServiceWindows} like the unit head would. Nothing is made when the bureau has a
 * window already.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.duties", havingValue = "true")
class ServiceWindowDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ServiceWindowDemo.class);

	private final ServiceWindows windows;

	private final AgencyDirectory agencies;

	ServiceWindowDemo(ServiceWindows windows, AgencyDirectory agencies) {
		this.windows = windows;
		this.agencies = agencies;
	}

	record DemoActor(String username, String displayName, long agencyId, String agencyPath) implements Actor {
	}

	/** A failure is logged, not raised: the demo never stops the application starting. */
	@Override
	public void run(ApplicationArguments args) {
		try {
			registerAll();
		}
		catch (RuntimeException ex) {
			log.warn("Demo service windows: {}", ex.getMessage());
		}
	}

	void registerAll() {
		Agency mdj = this.agencies.all().stream().filter((a) -> a.code().equals("HLJ-MDJ")).findFirst().orElse(null);
		if (mdj == null) {
			return;
		}
		Set<Long> scope = Set.of(mdj.id());
		if (this.windows.page(scope, Paging.Params.defaults()).total() > 0) {
			return;
		}
		Actor actor = new DemoActor("demo-unithead", "王强", mdj.id(), mdj.path());
		List<String> workdays = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
		String hours = "周一至周五 8:30–11:30、13:30–17:00（法定节假日除外）";
		ServiceWindow eia = this.windows.register(new ServiceWindowForm("环评审批受理窗口", "牡丹江市政务服务中心二楼 B 区 12 号窗口", hours,
				workdays, "08:30", "17:00", "0453-6171234", "EIA_REPORT EIA_FORM", "0453-6179876",
				"hbjts@mdj.example.cn", "建设项目环境影响评价文件审批申请书示范文本可在办事指南中下载，也可在窗口领取纸质样表。"), actor);
		ServiceWindow permits = this.windows.register(new ServiceWindowForm("排污许可与危险废物经营许可窗口",
				"牡丹江市政务服务中心二楼 B 区 13 号窗口", hours, workdays, "08:30", "17:00", "0453-6171235",
				"DISCHARGE_KEY DISCHARGE_SIMPLE HAZWASTE", "0453-6179876", "hbjts@mdj.example.cn", null), actor);
		Map<String, Officer> byName = this.windows.officersFor(eia)
			.stream()
			.collect(Collectors.toMap(Officer::name, (o) -> o, (a, b) -> a));
		LocalDate from = this.windows.today().withDayOfMonth(1).minusMonths(1);
		duty(eia, byName.get("李娜"), "受理申请、材料审查、一次性告知", from, List.of("MONDAY", "WEDNESDAY", "FRIDAY"), actor);
		duty(eia, byName.get("王强"), "审查、政策咨询", from, List.of("TUESDAY", "THURSDAY"), actor);
		duty(eia, byName.get("陈静"), "窗口负责人，受理投诉", from, List.of(), actor);
		duty(permits, byName.get("周丽"), "排污许可受理、进度查询", from, List.of(), actor);
		duty(permits, byName.get("徐建国"), "危险废物经营许可受理、现场核查安排", from, List.of("MONDAY", "TUESDAY", "WEDNESDAY"), actor);
		duty(permits, byName.get("马晓东"), "危险废物经营许可受理、现场核查安排", from, List.of("THURSDAY", "FRIDAY"), actor);
		log.info("Demo service windows: 2 windows of {} with their rosters", mdj.name());
	}

	private void duty(ServiceWindow window, Officer officer, String duties, LocalDate from, List<String> weekdays,
			Actor actor) {
		if (officer != null) {
			this.windows.addDuty(window.id(), officer.id(), duties, from, null, weekdays, Set.of(window.agencyId()),
					actor);
		}
	}

}
