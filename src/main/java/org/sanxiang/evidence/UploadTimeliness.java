package org.sanxiang.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.calendar.CalendarNotMaintained;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.calendar.TimeLimitRule;
import org.sanxiang.calendar.TimeLimitRules;
import org.sanxiang.calendar.TimeUnit;
import org.sanxiang.calendar.WorkingCalendar;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * 音像记录应当在1个工作日内上传 — the calendar's time limit {@code AUDIO_VIDEO_UPLOAD}: an audio-visual
 * record is uploaded on time when its upload date is no later than the limit's last day,
 * counted on the official working-day calendar (调休 make-up days work, holidays do not)
 * from the day its capture ended, both dates in the agency's zone (Asia/Shanghai), not
 * the server's. Derived on demand, never stored.
 */
@Component
public class UploadTimeliness {

	static final String RULE = "AUDIO_VIDEO_UPLOAD";

	private final OfficialCalendar calendar;

	private final TimeLimitRules rules;

	private final BusinessTime time;

	UploadTimeliness(OfficialCalendar calendar, TimeLimitRules rules, BusinessTime time) {
		this.calendar = calendar;
		this.rules = rules;
		this.time = time;
	}

	/** Where an upload stands against the limit. */
	public enum Status {

		ON_TIME, LATE, UNKNOWN

	}

	/**
	 * The verdict on one upload, with the limit's last day and, when late, how many
	 * working days late; {@link #text()} says it in a sentence.
	 */
	public record Verdict(Status status, LocalDate due, LocalDate uploaded, int workingDaysLate, String text) {

		public boolean late() {
			return this.status == Status.LATE;
		}

	}

	/** The verdict on an item, if it is an audio-visual record the limit applies to. */
	public Optional<Verdict> of(EvidenceItem item) {
		return verdicts(List.of(item)).values().stream().findFirst();
	}

	/**
	 * The verdicts on the audio-visual items among {@code items}, by id: the calendar and
	 * the rule are read once for the whole list.
	 */
	public Map<Long, Verdict> verdicts(List<EvidenceItem> items) {
		Map<Long, Verdict> verdicts = new HashMap<>();
		WorkingCalendar days = null;
		Map<LocalDate, Optional<TimeLimitRule>> rulesByDay = new HashMap<>();
		for (EvidenceItem item : items) {
			if (!appliesTo(item)) {
				continue;
			}
			if (days == null) {
				days = this.calendar.calendar();
			}
			LocalDate start = this.time.dateOf(item.captureEnd());
			Optional<TimeLimitRule> rule = rulesByDay.computeIfAbsent(start, this::rule);
			if (rule.isPresent()) {
				verdicts.put(item.id(), verdict(days, rule.get(), start, item.uploadedAt()));
			}
		}
		return verdicts;
	}

	static boolean appliesTo(EvidenceItem item) {
		return item.kind() == EvidenceKind.AUDIO_VISUAL || item.isVideo() || item.isAudio();
	}

	private Optional<TimeLimitRule> rule(LocalDate day) {
		try {
			return Optional.of(this.rules.inForce(RULE, day));
		}
		catch (RuleViolation ex) {
			return Optional.empty();
		}
	}

	Verdict verdict(WorkingCalendar days, TimeLimitRule rule, LocalDate start, Instant uploadedAt) {
		LocalDate uploaded = this.time.dateOf(uploadedAt);
		try {
			LocalDate due = (rule.unit() == TimeUnit.WORKING_DAYS) ? days.addWorkingDays(start, rule.amount())
					: days.addCalendarDays(start, rule.amount());
			if (!uploaded.isAfter(due)) {
				return new Verdict(Status.ON_TIME, due, uploaded, 0, "按时上传（" + rule.describe() + "内，期限 " + due + "）");
			}
			int late = days.workingDaysBetween(due, uploaded);
			return new Verdict(Status.LATE, due, uploaded, late,
					"上传超期：期限 " + due + "，" + uploaded + " 上传" + ((late > 0) ? "，晚 " + late + " 个工作日" : ""));
		}
		catch (CalendarNotMaintained ex) {
			return new Verdict(Status.UNKNOWN, null, uploaded, 0, "无法判断是否按时上传：工作日历缺少 " + ex.year() + " 年");
		}
	}

}
