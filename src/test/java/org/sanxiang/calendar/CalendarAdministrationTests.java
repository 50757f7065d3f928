package org.sanxiang.calendar;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system administrator loads a new year (preview, then confirm) and corrects one;
 * history is kept and every load is audited. Runs in its own application context so that
 * the extra year does not leak into other tests.
 */
@SpringBootTest(properties = "sanxiang.test.context=calendar-administration")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CalendarAdministrationTests {

	static final String YEAR_2027 = """
			{"year": 2027,
			 "papers": ["https://www.gov.cn/zhengce/content/2027-notice.htm"],
			 "days": [
			   {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-06", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-07", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-08", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-09", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-10", "isOffDay": true},
			   {"name": "春节", "date": "2027-02-13", "isOffDay": false}
			 ]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewYearIsPreviewedWithoutStoringThenLoadedAndAudited() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "2027.json", "application/json", YEAR_2027.getBytes());
		this.mvc
			.perform(multipart("/admin/system/calendar/preview").file(file)
				.with(csrf())
				.with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2027-02-13")))
			.andExpect(content().string(containsString("调休上班")));
		this.mvc.perform(get("/api/v1/public/calendar/2027")).andExpect(status().isUnprocessableContent());

		this.mvc
			.perform(post("/admin/system/calendar").param("content", YEAR_2027)
				.param("reason", "国务院办公厅关于2027年部分节假日安排的通知已发布")
				.with(csrf())
				.with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(get("/api/v1/public/calendar/add-working-days").param("start", "2027-02-05").param("days", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2027-02-12"));
		List<Map<String, Object>> loads = new AuditTrail(this.jdbc).entries("CALENDAR_YEAR_LOADED");
		assertThat(loads).anySatisfy((r) -> {
			assertThat(r.get("username")).isEqualTo("demo-sysadmin");
			assertThat(r.get("object_id")).isEqualTo("2027#1");
		});
	}

	@Test
	void aCorrectionIsANewRevisionAndTheHistoryIsKept() throws Exception {
		String corrected = """
				{"year": 2019, "papers": ["http://www.gov.cn/zhengce/zhengceku/2019-03/22/content_5375877.htm"],
				 "days": [{"name": "劳动节", "date": "2019-05-01", "isOffDay": true},
				          {"name": "测试更正", "date": "2019-06-03", "isOffDay": true}]}""";
		this.mvc
			.perform(post("/admin/system/calendar").param("content", corrected)
				.param("reason", "更正测试")
				.with(csrf())
				.with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from calendar_revision where calendar_year = 2019")
			.query(Long.class)
			.single()).isEqualTo(2);
		this.mvc.perform(get("/api/v1/public/calendar/2019"))
			.andExpect(jsonPath("$.daysOff[*].date", org.hamcrest.Matchers.hasItem("2019-06-03")));
	}

	@Test
	void badUploadsAreRefusedInChineseAndNothingIsStored() throws Exception {
		long revisions = this.jdbc.sql("select count(*) from calendar_revision").query(Long.class).single();
		for (String bad : List.of("not json", "{\"year\": 2030, \"papers\": [], \"days\": []}",
				"{\"year\": 2030, \"papers\": [\"javascript:alert(1)\"], \"days\": [{\"date\": \"2030-01-01\", \"isOffDay\": true}]}",
				"{\"year\": 2030, \"papers\": [\"https://www.gov.cn/x\"], \"days\": [{\"date\": \"2030-02-30\", \"isOffDay\": true}]}",
				"{\"year\": 2030, \"papers\": [\"https://www.gov.cn/x\"], \"days\": [{\"date\": \"2031-06-01\", \"isOffDay\": true}]}",
				"{\"year\": 2030, \"papers\": [\"https://www.gov.cn/x\"], \"days\": [{\"date\": \"2030-01-01\", \"isOffDay\": true}, {\"date\": \"2030-01-01\", \"isOffDay\": false}]}")) {
			this.mvc
				.perform(post("/admin/system/calendar").param("content", bad)
					.param("reason", "测试")
					.with(csrf())
					.with(user(this.demo.principal("demo-sysadmin"))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("无法完成请求")));
		}
		this.mvc
			.perform(post("/admin/system/calendar").param("content", YEAR_2027)
				.param("reason", "")
				.with(csrf())
				.with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.jdbc.sql("select count(*) from calendar_revision").query(Long.class).single())
			.isEqualTo(revisions);
	}

	@Test
	void onlyTheSystemAdministratorLoadsCalendars() throws Exception {
		this.mvc
			.perform(post("/admin/system/calendar").param("content", YEAR_2027)
				.param("reason", "越权")
				.with(csrf())
				.with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isForbidden());
	}

}
