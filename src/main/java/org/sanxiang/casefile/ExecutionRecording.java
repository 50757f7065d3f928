package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.evidence.EvidenceOwner;
import org.sanxiang.evidence.RecordedAct;
import org.sanxiang.evidence.RecordingCoverage;
import org.sanxiang.evidence.RecordingRequirement;
import org.sanxiang.evidence.VideoCoverage;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.stereotype.Component;

/**
 * 全过程无间断音像记录 of a coercive measure's execution (行政强制法 第十八条; 国办发〔2018〕118号;
 * 环办执法〔2019〕42号): where the bureau's recording policy requires continuous video for the
 * measure (查封扣押 always, as the aggregate demands a video; 限产停产 by the policy's default),
 * the execution takes its start and end time and the case's videos must cover it without
 * a gap longer than the policy allows. A refusal names each gap in Beijing time, e.g.
 * {@code 10:12–10:20 无录像}.
 */
@Component
class ExecutionRecording {

	static final String RULE = "行政强制法 第十八条；国办发〔2018〕118号、环办执法〔2019〕42号：查封、扣押等强制措施应当全过程无间断音像记录";

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日 ");

	private final RecordingCoverage coverage;

	private final BusinessTime time;

	private final EvidenceItems evidence;

	ExecutionRecording(RecordingCoverage coverage, BusinessTime time, EvidenceItems evidence) {
		this.coverage = coverage;
		this.time = time;
		this.evidence = evidence;
	}

	/**
	 * The case's videos (视听资料 with video content), the only items an execution's evidence
	 * select offers.
	 */
	List<EvidenceItem> videosOf(PenaltyCase kase, SanxiangPrincipal reader) {
		return this.evidence.ofOwner("CASE", Long.toString(kase.id()), reader.dataScope().agencyIds())
			.stream()
			.filter((item) -> item.kind() == EvidenceKind.AUDIO_VISUAL && item.mediaType() != null
					&& item.mediaType().startsWith("video/"))
			.toList();
	}

	/**
	 * A time as a form gives it ({@code 2026-09-03T10:00}, Beijing time); null when
	 * blank; a malformed one refused in Chinese.
	 */
	Instant parse(String text, String what) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(this.time.zone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("MEASURE_EXECUTION_TIME", what + "格式不正确，请按 年-月-日 时:分 填写（北京时间）");
		}
	}

	/** The act of the recording policy a measure's execution is. */
	static RecordedAct recordedAct(MeasureKind kind) {
		return kind.onProperty() ? RecordedAct.SEIZURE : RecordedAct.PRODUCTION_RESTRICTION;
	}

	/** Whether the execution of this kind must be filmed without a gap. */
	boolean needsVideo(MeasureKind kind) {
		return kind.onProperty()
				|| this.coverage.requirementFor(recordedAct(kind)) == RecordingRequirement.CONTINUOUS_VIDEO;
	}

	/**
	 * The day of the execution: its start's date in Beijing; refuses a start or end
	 * missing where video is needed, an end not after the start, an end in the future, or
	 * a date given that is not the start's.
	 */
	LocalDate dayOf(MeasureKind kind, Instant from, Instant to, LocalDate on) {
		if (from == null || to == null) {
			if (needsVideo(kind) || from != null || to != null) {
				throw new RuleViolation("MEASURE_EXECUTION_TIME",
						"请填写实施" + kind.chineseName() + "的开始和结束时间（北京时间），以核对音像记录是否覆盖执行全过程");
			}
			return on;
		}
		if (!to.isAfter(from)) {
			throw new RuleViolation("MEASURE_EXECUTION_TIME", "实施" + kind.chineseName() + "的结束时间须晚于开始时间");
		}
		if (to.isAfter(this.time.now())) {
			throw new RuleViolation("MEASURE_EXECUTION_TIME", "实施" + kind.chineseName() + "的结束时间不能晚于现在");
		}
		LocalDate day = this.time.dateOf(from);
		if (on != null && !on.equals(day)) {
			throw new RuleViolation("MEASURE_EXECUTION_TIME", "执行日期（" + on + "）须为开始时间的日期（" + day + "）");
		}
		return day;
	}

	/**
	 * Refuses ({@code MEASURE_VIDEO_GAP}) an execution the case's videos do not cover
	 * from start to end, naming each gap.
	 */
	void requireCovered(PenaltyCase kase, MeasureKind kind, Instant from, Instant to) {
		if (!needsVideo(kind) || from == null || to == null) {
			return;
		}
		VideoCoverage.Result result = this.coverage.coverage(new EvidenceOwner("CASE", Long.toString(kase.id()), null),
				from, to);
		if (!result.covered()) {
			String gaps = result.gaps().stream().map(this::gap).collect(Collectors.joining("，"));
			throw new RuleViolation("MEASURE_VIDEO_GAP", "实施" + kind.chineseName() + "的音像记录未覆盖执行全过程（" + format(from)
					+ "至" + format(to) + "，北京时间）：" + gaps + "。请上传覆盖该时段的本案录像（" + RULE + "）");
		}
	}

	/** {@code 10:12–10:20 无录像} (with the day where the gap crosses midnight). */
	private String gap(VideoCoverage.Interval gap) {
		ZonedDateTime start = this.time.local(gap.start());
		ZonedDateTime end = this.time.local(gap.end());
		boolean seconds = start.getSecond() != 0 || end.getSecond() != 0;
		DateTimeFormatter clock = seconds ? SECOND : MINUTE;
		String from = clock.format(start);
		String to = start.toLocalDate().equals(end.toLocalDate()) ? clock.format(end)
				: DAY.format(end) + clock.format(end);
		return from + "–" + to + " 无录像";
	}

	/** {@code 2026-09-03 10:00}. */
	String format(Instant instant) {
		return this.time.format(instant);
	}

}
