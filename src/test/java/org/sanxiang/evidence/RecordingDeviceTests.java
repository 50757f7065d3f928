package org.sanxiang.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.core.TodoItem;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recording-device register (#19): serial numbers unique per agency (400 in Chinese),
 * officers of the device's own agency only, the status history, the item linked to the
 * device it was recorded with, late uploads and silent devices on the unit head's to-do
 * list on the agency's clock, the agency's recording rules on the portal (escaped), and
 * who may change what.
 */
@SpringBootTest(properties = "sanxiang.test.context=evidence-devices")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, RecordingDeviceTests.Clocks.class })
class RecordingDeviceTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-07-03T02:00:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	RecordingDevices devices;

	@Autowired
	RecordingDeviceTodos todos;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	SanxiangPrincipal head;

	SanxiangPrincipal officer;

	@BeforeEach
	void people() {
		this.clock.set("2026-07-03T10:00");
		this.head = this.demo.principal("demo-unithead");
		this.officer = this.demo.principal("demo-officer");
	}

	Officer officerOf(SanxiangPrincipal principal) {
		return this.officers.ofAccount(principal.accountId()).get(0);
	}

	long register(String serial, Long officerId) throws Exception {
		var request = post("/evidence/devices").param("name", "执法记录仪")
			.param("serialNumber", serial)
			.param("type", "BODY_CAMERA")
			.with(csrf())
			.with(user(this.head));
		if (officerId != null) {
			request.param("officerId", String.valueOf(officerId));
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select id from recording_device where serial_number = :s")
			.param("s", serial)
			.query(Long.class)
			.single();
	}

	@Test
	void aSerialNumberIsRegisteredOncePerAgency() throws Exception {
		register("DSJ-A-001", null);
		this.mvc
			.perform(post("/evidence/devices").param("name", "另一台")
				.param("serialNumber", "DSJ-A-001")
				.param("type", "CAMERA")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("序列号 DSJ-A-001 已在本机关登记")));
	}

	@Test
	void aDeviceIsAssignedOnlyToAnOfficerOfItsAgency() throws Exception {
		Officer harbin = officerOf(this.demo.principal("demo-hrb-officer"));
		this.mvc
			.perform(post("/evidence/devices").param("name", "执法记录仪")
				.param("serialNumber", "DSJ-B-001")
				.param("type", "BODY_CAMERA")
				.param("officerId", String.valueOf(harbin.id()))
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("设备只能配发给本机关的执法人员")));
		long id = register("DSJ-B-002", null);
		this.mvc
			.perform(post("/evidence/devices/{id}/officer", id).param("version", "0")
				.param("officerId", String.valueOf(harbin.id()))
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isBadRequest());
		assertThat(this.devices.device(id, Set.of(this.head.agencyId())).officerId()).isNull();
	}

	@Test
	void everyStatusChangeIsKeptWithItsDayAndReasonAndScrappedIsFinal() throws Exception {
		long id = register("DSJ-C-001", null);
		this.clock.set("2026-07-10T10:00");
		this.mvc
			.perform(post("/evidence/devices/{id}/status", id).param("version", "0")
				.param("status", "REPAIR")
				.param("changedOn", "2026-07-09")
				.param("reason", "镜头损坏送修")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/evidence/devices/{id}/status", id).param("version", "1")
				.param("status", "SCRAPPED")
				.param("changedOn", "2026-07-10")
				.param("reason", "无法修复")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().is3xxRedirection());
		List<DeviceStatusChange> history = this.devices.history(id);
		assertThat(history).extracting(DeviceStatusChange::status)
			.containsExactly(DeviceStatus.IN_USE, DeviceStatus.REPAIR, DeviceStatus.SCRAPPED);
		assertThat(history.get(1).changedOn()).isEqualTo(java.time.LocalDate.of(2026, 7, 9));
		assertThat(history.get(1).reason()).isEqualTo("镜头损坏送修");
		this.mvc
			.perform(post("/evidence/devices/{id}/status", id).param("version", "2")
				.param("status", "IN_USE")
				.param("changedOn", "2026-07-10")
				.param("reason", "找回")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("设备已报废")));
		this.mvc.perform(get("/evidence/devices/{id}", id).with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("镜头损坏送修")));
	}

	@Test
	void onlyTheUnitHeadChangesTheRegisterAndAnOfficerReadsOnlyTheirOwnDevices() throws Exception {
		long mine = register("DSJ-D-001", officerOf(this.officer).id());
		long other = register("DSJ-D-002", null);
		this.mvc
			.perform(post("/evidence/devices").param("name", "x")
				.param("serialNumber", "DSJ-D-003")
				.param("type", "CAMERA")
				.with(csrf())
				.with(user(this.officer)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/evidence/recording-rules").param("equipment", "x").with(csrf()).with(user(this.officer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evidence/devices").with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evidence/devices").with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DSJ-D-001")))
			.andExpect(content().string(not(containsString("DSJ-D-002"))));
		this.mvc.perform(get("/evidence/devices/{id}", mine).with(user(this.officer))).andExpect(status().isOk());
		this.mvc.perform(get("/evidence/devices/{id}", other).with(user(this.officer)))
			.andExpect(status().isNotFound());
	}

	String uploadWith(Long deviceId, String captureStart, String captureEnd) throws Exception {
		Officer recorder = officerOf(this.officer);
		var request = multipart("/api/v1/evidence")
			.file(new MockMultipartFile("file", "v.mp4", "video/mp4", EvidenceFiles.mp4()))
			.param("ownerKind", "INSPECTION")
			.param("ownerId", "DEV" + System.nanoTime())
			.param("ownerStage", "ON_SITE")
			.param("kind", "AUDIO_VISUAL")
			.param("description", "现场执法记录")
			.param("officerCertificate", recorder.certificateNumber())
			.param("captureStart", captureStart)
			.param("captureEnd", captureEnd)
			.param("place", "牡丹江市某厂")
			.with(csrf())
			.with(user(this.officer));
		if (deviceId != null) {
			request.param("deviceId", String.valueOf(deviceId));
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anItemIsLinkedToTheDeviceItWasRecordedWithAndLateUploadsReachTheHead() throws Exception {
		long device = register("DSJ-E-001", officerOf(this.officer).id());
		this.clock.set("2026-07-06T12:00");
		long late = this.json.readTree(uploadWith(device, "2026-07-05T09:00", "2026-07-05T09:10")).get("id").asLong();
		long onTime = this.json.readTree(uploadWith(device, "2026-07-06T09:00", "2026-07-06T09:10")).get("id").asLong();
		assertThat(this.devices.ofItem(late)).map(RecordingDevice::id).contains(device);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.sql("update evidence_item_device set device_id = device_id").update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(this.devices.device(device, Set.of(this.head.agencyId())).lastUpload())
			.isEqualTo(Instant.parse("2026-07-06T04:00:00Z"));
		assertThat(this.jdbc.sql("select device from evidence_item where id = :id")
			.param("id", late)
			.query(String.class)
			.single()).isEqualTo("执法记录仪（DSJ-E-001）");
		List<TodoItem> list = this.todos.todosFor(this.head, Set.of("UNIT_HEAD"), Set.of(this.head.agencyId()));
		assertThat(list).anySatisfy((t) -> {
			assertThat(t.link()).isEqualTo("/evidence/" + late);
			assertThat(t.detail()).contains("26 小时后才上传");
		});
		assertThat(list).noneMatch((t) -> t.link().equals("/evidence/" + onTime));
		assertThat(this.todos.todosFor(this.officer, Set.of("OFFICER"), Set.of(this.officer.agencyId()))).isEmpty();
		this.mvc.perform(get("/evidence/{id}", late).with(user(this.officer)))
			.andExpect(content().string(containsString("/evidence/devices/" + device)));
	}

	@Test
	void aDeviceOfAnotherAgencyCannotBePickedForAnUpload() throws Exception {
		long device = register("DSJ-F-001", null);
		SanxiangPrincipal harbin = this.demo.principal("demo-hrb-officer");
		var request = multipart("/api/v1/evidence")
			.file(new MockMultipartFile("file", "v.mp4", "video/mp4", EvidenceFiles.mp4()))
			.param("ownerKind", "INSPECTION")
			.param("ownerId", "DEVX" + System.nanoTime())
			.param("ownerStage", "ON_SITE")
			.param("kind", "AUDIO_VISUAL")
			.param("description", "现场执法记录")
			.param("officerCertificate", officerOf(harbin).certificateNumber())
			.param("captureStart", "2026-07-03T09:00")
			.param("captureEnd", "2026-07-03T09:10")
			.param("place", "哈尔滨市某厂")
			.param("deviceId", String.valueOf(device))
			.with(csrf())
			.with(user(harbin));
		this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不是本机关登记的设备")));
	}

	@Test
	void aDeviceInUseThatUploadsNothingForSevenDaysIsOnTheHeadsList() throws Exception {
		long device = register("DSJ-G-001", null);
		this.clock.set("2026-07-09T10:00");
		assertThat(this.todos.todosFor(this.head, Set.of("UNIT_HEAD"), Set.of(this.head.agencyId())))
			.noneMatch((t) -> t.link().equals("/evidence/devices/" + device));
		this.clock.set("2026-07-10T10:00");
		assertThat(this.todos.todosFor(this.head, Set.of("UNIT_HEAD"), Set.of(this.head.agencyId())))
			.anyMatch((t) -> t.link().equals("/evidence/devices/" + device) && t.title().contains("7 天未上传"));
	}

	@Test
	void theAgencysRecordingRulesArePublishedEscapedOnThePortal() throws Exception {
		this.mvc
			.perform(post("/evidence/recording-rules").param("equipment", "每名执法人员配备执法记录仪<script>alert(1)</script>")
				.param("usage", "开机即录")
				.param("scope", "现场检查")
				.param("elements", "时间、地点、人员")
				.param("storage", "24小时内上传")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/evidence/recording-rules").param("equipment", "").with(csrf()).with(user(this.head)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写设备配备")));
		this.mvc.perform(get("/portal/video-recording"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("每名执法人员配备执法记录仪&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("24小时内上传")));
	}

}
