package org.sanxiang.evidence;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 音像记录应当在1个工作日内上传, counted on the official calendar in Beijing time around the 2026
 * National Day holiday: 1–7 October off, Saturday 10 October a make-up working day (调休).
 * The server's clock runs in UTC, so a date taken in the server's zone or a calendar of
 * plain weekends gives other answers.
 */
@SpringBootTest(properties = "sanxiang.test.context=evidence-h1-clock")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, UploadTimelinessTests.Clocks.class })
class UploadTimelinessTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-10-12T01:00:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	MovableClock clock;

	@Autowired
	EvidenceItemRepository items;

	@Autowired
	UploadTimeliness timeliness;

	final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Registers a video captured until {@code captureEnd} (Beijing time), uploaded at
	 * {@code uploadedAt} (Beijing time).
	 */
	EvidenceItem video(String owner, String captureEnd, String uploadedAt) throws Exception {
		return register(owner, "AUDIO_VISUAL",
				new MockMultipartFile("file", "记录仪.mp4", "video/mp4", EvidenceFiles.mp4()), captureEnd, uploadedAt);
	}

	EvidenceItem register(String owner, String kind, MockMultipartFile file, String captureEnd, String uploadedAt)
			throws Exception {
		this.clock.set(uploadedAt);
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		String certificate = this.officers.within(Set.of(officer.agencyId()), null)
			.stream()
			.filter((o) -> o.isQualifiedOn(java.time.LocalDate.parse("2026-09-30")))
			.findFirst()
			.orElseThrow()
			.certificateNumber();
		java.time.LocalDateTime end = java.time.LocalDateTime.parse(captureEnd);
		String body = this.mvc
			.perform(multipart("/api/v1/evidence").file(file)
				.param("ownerKind", "INSPECTION")
				.param("ownerId", owner)
				.param("ownerStage", "ON_SITE")
				.param("kind", kind)
				.param("description", "现场检查全程录像")
				.param("officerCertificate", certificate)
				.param("captureStart", end.minusMinutes(30).toString())
				.param("captureEnd", end.toString())
				.param("place", "牡丹江市某厂")
				.with(csrf())
				.with(user(officer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.items.findById(this.json.readTree(body).get("id").asLong()).orElseThrow();
	}

	UploadTimeliness.Verdict verdict(EvidenceItem item) {
		return this.timeliness.of(item).orElseThrow();
	}

	@Test
	void theMakeUpSaturdayIsTheLastDayForAFridayRecording() throws Exception {
		EvidenceItem sunday = video("TL1", "2026-10-09T16:00", "2026-10-11T10:00");
		assertThat(verdict(sunday).status()).isEqualTo(UploadTimeliness.Status.LATE);
		assertThat(verdict(sunday).due()).isEqualTo("2026-10-10");
		assertThat(verdict(sunday).workingDaysLate()).isZero();
		EvidenceItem monday = video("TL1", "2026-10-09T16:00", "2026-10-12T09:00");
		assertThat(verdict(monday).late()).isTrue();
		assertThat(verdict(monday).workingDaysLate()).isEqualTo(1);
		assertThat(verdict(monday).text()).isEqualTo("上传超期：期限 2026-10-10，2026-10-12 上传，晚 1 个工作日");
		EvidenceItem saturday = video("TL1", "2026-10-09T16:00", "2026-10-10T18:00");
		assertThat(verdict(saturday).status()).isEqualTo(UploadTimeliness.Status.ON_TIME);
	}

	@Test
	void theCaptureDateIsTakenInBeijingNotInTheServersZone() throws Exception {
		// 01:00 on Saturday in Beijing is still Friday in UTC
		EvidenceItem item = video("TL2", "2026-10-10T01:00", "2026-10-12T09:00");
		assertThat(verdict(item).status()).isEqualTo(UploadTimeliness.Status.ON_TIME);
		assertThat(verdict(item).due()).isEqualTo("2026-10-12");
	}

	@Test
	void theHolidayDoesNotCount() throws Exception {
		EvidenceItem item = video("TL3", "2026-09-30T15:00", "2026-10-08T09:00");
		assertThat(verdict(item).status()).isEqualTo(UploadTimeliness.Status.ON_TIME);
		assertThat(verdict(item).due()).isEqualTo("2026-10-08");
		EvidenceItem late = video("TL3", "2026-09-30T15:00", "2026-10-09T09:00");
		assertThat(verdict(late).workingDaysLate()).isEqualTo(1);
	}

	@Test
	void theListAndTheDetailPageShowALateUpload() throws Exception {
		EvidenceItem late = video("TL4", "2026-10-09T16:00", "2026-10-12T09:00");
		EvidenceItem onTime = video("TL4", "2026-10-10T01:00", "2026-10-12T09:00");
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		String list = this.mvc.perform(get("/evidence").param("ownerId", "TL4").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list.split("sx-upload-late", -1)).hasSize(2);
		assertThat(list).contains("上传超期 1个工作日");
		this.mvc.perform(get("/evidence/{id}", late.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("上传超期：期限 2026-10-10，2026-10-12 上传，晚 1 个工作日")));
		this.mvc.perform(get("/evidence/{id}", onTime.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("按时上传（1个工作日内，期限 2026-10-12）")));
	}

	@Test
	void aPhotoHasNoUploadTimeLimit() throws Exception {
		EvidenceItem photo = register("TL5", "PHYSICAL",
				new MockMultipartFile("file", "现场.jpg", "image/jpeg", EvidenceFiles.jpeg()), "2026-10-09T16:00",
				"2026-10-20T09:00");
		assertThat(this.timeliness.of(photo)).isEmpty();
		assertThat(this.timeliness.of(video("TL5", "2026-10-09T16:00", "2026-10-20T09:00"))).isPresent();
	}

}
