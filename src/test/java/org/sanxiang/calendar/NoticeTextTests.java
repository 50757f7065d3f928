package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list of a State Council holiday notice, pasted as published, reads as days. */
class NoticeTextTests {

	@Test
	void readsDaysOffAndMakeUpWorkingDaysAsTheNoticeWritesThem() {
		List<OfficialDay> days = NoticeText.parse(2026, """
				一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
				二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
				三、清明节：4月4日（周六）至6日（周一）放假，共3天。
				""");
		assertThat(days).filteredOn((d) -> d.kind() == DayKind.OFF).hasSize(15);
		assertThat(days).filteredOn((d) -> d.kind() == DayKind.WORK)
			.extracting(OfficialDay::date)
			.containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
		assertThat(days).filteredOn((d) -> d.date().equals(LocalDate.of(2026, 2, 23)))
			.singleElement()
			.satisfies((d) -> assertThat(d.holiday()).isEqualTo("春节"));
	}

	@Test
	void aRangeAcrossTheYearEndTakesTheYearsWritten() {
		assertThat(NoticeText.parse(2019, "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。"))
			.extracting(OfficialDay::date)
			.contains(LocalDate.of(2018, 12, 30), LocalDate.of(2019, 1, 1), LocalDate.of(2018, 12, 29));
	}

	@Test
	void malformedLinesAreExplainedInChineseWithTheirLine() {
		assertThatThrownBy(() -> NoticeText.parse(2027, "一、元旦：1月1日放假。\n二、清明节：4月31日放假。"))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("第2行日期“4月31日”不存在");
		assertThatThrownBy(() -> NoticeText.parse(2027, "元旦 1月1日放假")).hasMessageStartingWith("第1行没有“节日：日期”的格式");
		assertThatThrownBy(() -> NoticeText.parse(2027, "一、元旦：与周末连休。")).hasMessageContaining("第1行（元旦）没有找到放假日期");
		assertThatThrownBy(() -> NoticeText.parse(2027, "一、国庆节：10月8日至1日放假。")).hasMessageContaining("起止日期不合理");
	}

}
