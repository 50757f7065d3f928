package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo 双随机、一公开 of the 牡丹江 bureau (only with {@code sanxiang.demo.duties}, off in tests),
 * made through the module's own services so that everything is consistent and sealed: a
 * published item list of three items, this year's plan with three rounds — the first
 * frozen and drawn (its tasks made by {@link InspectionTaskListener} like any draw's),
 * the second frozen with its commitment published, the third only planned. Nothing is
 * made when the bureau has a list already.
 */
@Component
@Order(67)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.duties", havingValue = "true")
class DemoInspections implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

	private final ItemLists lists;

	private final Plans plans;

	private final Draws draws;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	DemoInspections(ItemLists lists, Plans plans, Draws draws, AgencyDirectory agencies, BusinessTime time) {
		this.lists = lists;
		this.plans = plans;
		this.draws = draws;
		this.agencies = agencies;
		this.time = time;
	}

	record DemoActor(String username, String displayName, long agencyId, String agencyPath) implements Actor {
	}

	/** A failure is logged, not raised: the demo never stops the application starting. */
	@Override
	public void run(ApplicationArguments args) {
		try {
			makeAll();
		}
		catch (RuntimeException ex) {
			log.warn("Demo inspections: {}", ex.getMessage());
		}
	}

	void makeAll() {
		Agency mdj = this.agencies.all().stream().filter((a) -> a.code().equals("HLJ-MDJ")).findFirst().orElse(null);
		if (mdj == null || this.lists.current(mdj.id()).isPresent()) {
			return;
		}
		Actor head = new DemoActor("demo-unithead", "王强", mdj.id(), mdj.path());
		this.lists.publish(
				head, 0, List.of(
						new InspectionItem("HJ-001", "排污许可证执行情况检查", "《排污许可管理条例》第二十六条、第二十八条；《中华人民共和国环境保护法》第二十四条",
								Map.of(ObjectClass.SPECIAL, 100, ObjectClass.KEY_POLLUTER, 25, ObjectClass.GENERAL, 5),
								"每季度", "现场检查", 2,
								List.of("是否持有有效排污许可证", "排放口设置是否与许可证载明一致", "自行监测是否按许可证要求开展", "环境管理台账是否按规定记录",
										"执行报告是否按时提交")),
						new InspectionItem("HJ-002", "危险废物规范化环境管理检查", "《中华人民共和国固体废物污染环境防治法》第七十七条至第八十一条",
								Map.of(ObjectClass.KEY_POLLUTER, 20, ObjectClass.GENERAL, 3), "每半年", "现场检查", 2,
								List.of("危险废物识别标志是否规范", "贮存设施是否符合要求", "是否执行转移联单制度", "管理计划是否备案")),
						new InspectionItem("HJ-003", "自动监测设备运行情况检查", "《污染源自动监控管理办法》第十六条；《排污许可管理条例》第二十条",
								Map.of(ObjectClass.KEY_POLLUTER, 30), "每季度", "网络监测", 2,
								List.of("自动监测设备是否正常运行", "数据是否按时传输", "是否存在数据异常或缺失"))));
		LocalDate today = this.time.today();
		int year = today.getYear();
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		LocalDate firstFrom = today.minusDays(10).getYear() == year ? today.minusDays(10) : today;
		LocalDate firstTo = today.plusDays(20).isAfter(yearEnd) ? yearEnd : today.plusDays(20);
		PlanRound drawn = this.plans.addRound(head, year, "HJ-001", firstFrom, firstTo);
		PlanRound committed = this.plans.addRound(head, year, "HJ-002", today, firstTo);
		this.plans.addRound(head, year, "HJ-003", today, yearEnd);
		DrawView draw = this.draws.commit(head, drawn.id());
		this.draws.draw(head, draw.id());
		this.draws.commit(head, committed.id());
		log.info("Demo inspections: item list, {} plan with a drawn round of {}", year, mdj.name());
	}

}
