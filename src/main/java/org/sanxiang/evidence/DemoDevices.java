package org.sanxiang.evidence;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo recording devices and rules of the 牡丹江 bureau (only with
 * {@code sanxiang.demo.duties}, off in tests): four 执法记录仪 assigned to officers, a camera,
 * a drone in repair, and the bureau's recording rules — registered through
 * {@link RecordingDevices} and {@link RecordingRules}. One body camera has been in use
 * for twelve days without an upload, so that the unit head's board shows a silent device:
 * its day of going into use is set back (the register only knows today).
 */
@Component
@Order(65)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.duties", havingValue = "true")
class DemoDevices implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDevices.class);

	private final RecordingDevices devices;

	private final RecordingRules rules;

	private final AgencyDirectory agencies;

	private final OfficerRegistry officers;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	DemoDevices(RecordingDevices devices, RecordingRules rules, AgencyDirectory agencies, OfficerRegistry officers,
			BusinessTime time, JdbcClient jdbc) {
		this.devices = devices;
		this.rules = rules;
		this.agencies = agencies;
		this.officers = officers;
		this.time = time;
		this.jdbc = jdbc;
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
			log.warn("Demo devices: {}", ex.getMessage());
		}
	}

	void registerAll() {
		Agency mdj = this.agencies.all().stream().filter((a) -> a.code().equals("HLJ-MDJ")).findFirst().orElse(null);
		if (mdj == null) {
			return;
		}
		Set<Long> scope = Set.of(mdj.id());
		if (!this.devices.within(scope).isEmpty()) {
			return;
		}
		Actor head = new DemoActor("demo-unithead", "王强", mdj.id(), mdj.path());
		Map<String, Long> byName = this.officers.within(scope, null)
			.stream()
			.collect(Collectors.toMap(Officer::name, Officer::id, (a, b) -> a));
		this.devices.register("执法记录仪 DSJ-V9", "DSJ-V9-2301001", DeviceType.BODY_CAMERA, byName.get("张伟"), head);
		this.devices.register("执法记录仪 DSJ-V9", "DSJ-V9-2301002", DeviceType.BODY_CAMERA, byName.get("李娜"), head);
		this.devices.register("执法记录仪 DSJ-V9", "DSJ-V9-2301003", DeviceType.BODY_CAMERA, byName.get("王强"), head);
		RecordingDevice silent = this.devices.register("执法记录仪 DSJ-V8", "DSJ-V8-2201017", DeviceType.BODY_CAMERA,
				byName.get("黄海涛"), head);
		this.jdbc.sql("update recording_device set status_since = :since where id = :id")
			.param("since", this.time.today().minusDays(12))
			.param("id", silent.id())
			.update();
		this.devices.register("数码相机 EOS R6", "CAM-R6-083512", DeviceType.CAMERA, null, head);
		RecordingDevice drone = this.devices.register("无人机 M30T", "UAV-M30T-1A2B3C", DeviceType.DRONE, null, head);
		this.devices.changeStatus(drone.id(), drone.version(), DeviceStatus.REPAIR, this.time.today(), "云台相机故障，已送厂维修",
				scope, head);
		if (this.rules.current(mdj.id()).isEmpty()) {
			this.rules.save("每个执法大队至少配备执法记录仪 4 台、数码相机 1 台；无人机由监察支队统一调配。",
					"执法人员开展现场检查、调查取证、送达、查封扣押等执法活动时，全程开启执法记录仪，不得选择性记录；设备由配发人员保管，每日检查电量和存储空间。",
					"现场检查、调查取证、查封扣押、听证、强制执行、直接涉及人身财产权益的现场执法及容易引发争议的执法活动。",
					"执法时间、地点、执法人员、当事人、执法过程、证据的收集、告知和陈述申辩等内容，以及设备编号。",
					"音像记录在执法活动结束后 24 小时内上传至本系统，封存并计算哈希值，保存期限不少于案卷保存期限。", head);
		}
		log.info("Demo devices: 6 recording devices and the recording rules of {}", mdj.name());
	}

}
