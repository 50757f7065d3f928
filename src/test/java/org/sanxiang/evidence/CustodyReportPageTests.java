package org.sanxiang.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.ContentDigests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custody report's page: a long log is listed as its first and last lines with a
 * sentence saying how many lie between; the text is escaped and limited to what the font
 * draws.
 */
class CustodyReportPageTests {

	static final Instant NOW = Instant.parse("2026-10-12T01:00:00Z");

	static final BusinessTime TIME = BusinessTime.of(Clock.fixed(NOW, ZoneId.of("UTC")), ZoneId.of("Asia/Shanghai"));

	static EvidenceItem item(String description) {
		EvidenceDraft draft = new EvidenceDraft(EvidenceKind.AUDIO_VISUAL, new EvidenceOwner("CASE", "7", "HEARING"),
				description, "23100020240001", "记录仪", NOW.minusSeconds(3600), NOW.minusSeconds(1800), "听证室", null, null,
				List.of(), null, true, "《行政处罚法》第五十五条", null, null, null);
		return EvidenceItem.register(1L, draft, 3, new EvidenceItem.Recorder(5L, "张伟", "23100020240001"),
				new EvidenceItem.Content(new ContentDigests("a".repeat(64), "b".repeat(64)), 2048, "video/mp4",
						"a.mp4"),
				"demo-officer", "张伟", NOW);
	}

	static List<CustodyLog.Entry> lines(long from, long to) {
		return LongStream.rangeClosed(from, to)
			.mapToObj((n) -> new CustodyLog.Entry(n, 1L, CustodyLog.Action.VIEW, "demo-officer", "张伟",
					NOW.plusSeconds(n), null, null))
			.toList();
	}

	@Test
	void aLongLogIsListedByItsFirstAndLastLinesWithTheCountBetween() {
		String xhtml = new CustodyReportPage(item("听证录像"), "案件 7 / 听证", null, null, 5000, lines(1, 3),
				lines(4998, 5000), Map.of(CustodyLog.Action.VIEW, "查看"), "张伟（demo-officer）", NOW)
			.xhtml(TIME, (s) -> s);
		assertThat(xhtml).contains("共 5000 条，此处列出最早的 3 条和最近的 3 条，中间 4994 条见系统中该证据的监管链记录。")
			.contains("（第 4 至 4997 条未列出）")
			.contains("<td class=\"seq\">4998</td>")
			.contains("账本中未找到该证据的封存记录")
			.contains("是，依据：《行政处罚法》第五十五条");
		assertThat(xhtml.split("<td class=\"seq\">", -1)).hasSize(7);
	}

	@Test
	void textIsEscapedAndPassedThroughTheFontFilter() {
		String xhtml = new CustodyReportPage(item("<script>&\"x\"</script>😀"), "案件 7 / 听证", null, null, 1, lines(1, 1),
				List.of(), Map.of(CustodyLog.Action.VIEW, "查看"), "张伟（demo-officer）", NOW)
			.xhtml(TIME, (s) -> s.replace("😀", "[U+1F600]"));
		assertThat(xhtml).contains("&lt;script&gt;&amp;&quot;x&quot;&lt;/script&gt;[U+1F600]")
			.doesNotContain("<script>")
			.contains("共 1 条，全部列出如下。");
	}

}
