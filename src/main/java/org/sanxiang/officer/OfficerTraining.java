package org.sanxiang.officer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' qualification and training (资格管理和培训): training records and exam results
 * (added, never edited), the hours each officer has in a year — the year of the business
 * date in the agency's zone — and still needs ({@link TrainingProperties}), and the
 * renewal of a certificate (换证), allowed only when the officer has the yearly hours
 * within the twelve months before the renewal and passed an exam within them; refused
 * with the reason otherwise.
 */
@Service
@EnableConfigurationProperties(TrainingProperties.class)
public class OfficerTraining {

	/** Certificates expiring within this many days are shown on the overview. */
	public static final int EXPIRY_WARNING_DAYS = 90;

	private final JdbcClient jdbc;

	private final OfficerRegistry registry;

	private final OfficerRepository officers;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	private final TrainingProperties properties;

	OfficerTraining(JdbcClient jdbc, OfficerRegistry registry, OfficerRepository officers, BusinessTime time,
			ApplicationEventPublisher events, TrainingProperties properties) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.officers = officers;
		this.time = time;
		this.events = events;
		this.properties = properties;
	}

	public TrainingProperties properties() {
		return this.properties;
	}

	public record Training(String course, String organiser, BigDecimal hours, LocalDate completedOn,
			String certificateNumber) {
	}

	public record Exam(String subject, BigDecimal score, boolean passed, LocalDate takenOn) {
	}

	public record Renewal(LocalDate previousValidTo, LocalDate newValidTo, LocalDate renewedOn, String basis) {
	}

	/** One officer's standing in a year: hours had and still missing, the latest exam. */
	public record Standing(Officer officer, int year, BigDecimal hours, BigDecimal missing, Exam lastExam,
			boolean expiringSoon) {
	}

	@Transactional
	public void recordTraining(long officerId, String course, String organiser, BigDecimal hours, LocalDate completedOn,
			String certificateNumber, Set<Long> scope, Actor actor) {
		Officer officer = this.registry.officer(officerId, scope);
		String cleanCourse = text(course, 200, "课程名称");
		String cleanOrganiser = text(organiser, 100, "培训组织单位");
		String certificate = (certificateNumber == null || certificateNumber.isBlank()) ? null
				: text(certificateNumber, 64, "培训证书编号");
		if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(500)) > 0 || hours.scale() > 1) {
			throw invalid("TRAINING_HOURS", "学时须大于 0、不超过 500，最多一位小数");
		}
		checkDate(completedOn, "培训日期");
		this.jdbc.sql("""
				insert into officer_training (officer_id, course, organiser, hours, completed_on, certificate_number,
				                              recorded_by, recorded_at)
				values (:officer, :course, :organiser, :hours, :on, :certificate, :by, :now)""")
			.param("officer", officerId)
			.param("course", cleanCourse)
			.param("organiser", cleanOrganiser)
			.param("hours", hours)
			.param("on", completedOn)
			.param("certificate", certificate)
			.param("by", actor.username())
			.param("now", Timestamp.from(this.time.now()))
			.update();
		this.events.publishEvent(
				new TrainingRecorded(officerId, officer.agencyId(), officer.name(), officer.certificateNumber(),
						"TRAINING_RECORDED", cleanCourse + " " + hours + " 学时（" + completedOn + "）"));
	}

	@Transactional
	public void recordExam(long officerId, String subject, BigDecimal score, LocalDate takenOn, Set<Long> scope,
			Actor actor) {
		Officer officer = this.registry.officer(officerId, scope);
		String cleanSubject = text(subject, 200, "考试科目");
		if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 1) {
			throw invalid("EXAM_SCORE", "成绩须在 0 到 100 之间，最多一位小数");
		}
		checkDate(takenOn, "考试日期");
		boolean passed = score.compareTo(this.properties.passingScore()) >= 0;
		this.jdbc.sql("""
				insert into officer_exam (officer_id, subject, score, passed, taken_on, recorded_by, recorded_at)
				values (:officer, :subject, :score, :passed, :on, :by, :now)""")
			.param("officer", officerId)
			.param("subject", cleanSubject)
			.param("score", score)
			.param("passed", passed)
			.param("on", takenOn)
			.param("by", actor.username())
			.param("now", Timestamp.from(this.time.now()))
			.update();
		this.events.publishEvent(new TrainingRecorded(officerId, officer.agencyId(), officer.name(),
				officer.certificateNumber(), "EXAM_RECORDED",
				cleanSubject + " " + score + " 分，" + (passed ? "合格" : "不合格") + "（" + takenOn + "）"));
	}

	public List<Training> trainings(long officerId) {
		return this.jdbc.sql("""
				select course, organiser, hours, completed_on, certificate_number from officer_training
				where officer_id = :officer order by completed_on desc, id desc""")
			.param("officer", officerId)
			.query((rs, n) -> new Training(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getDate(4).toLocalDate(), rs.getString(5)))
			.list();
	}

	public List<Exam> exams(long officerId) {
		return this.jdbc.sql("""
				select subject, score, passed, taken_on from officer_exam
				where officer_id = :officer order by taken_on desc, id desc""")
			.param("officer", officerId)
			.query((rs, n) -> new Exam(rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3),
					rs.getDate(4).toLocalDate()))
			.list();
	}

	public List<Renewal> renewals(long officerId) {
		return this.jdbc.sql("""
				select previous_valid_to, new_valid_to, renewed_on, basis from officer_renewal
				where officer_id = :officer order by id desc""")
			.param("officer", officerId)
			.query((rs, n) -> new Renewal(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(),
					rs.getDate(3).toLocalDate(), rs.getString(4)))
			.list();
	}

	/** The hours of training completed between two days, both included. */
	public BigDecimal hoursBetween(long officerId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select coalesce(sum(hours), 0) from officer_training
				where officer_id = :officer and completed_on >= :from and completed_on <= :to""")
			.param("officer", officerId)
			.param("from", from)
			.param("to", to)
			.query(BigDecimal.class)
			.single();
	}

	/** The officer's standing in the current year (in the agency's zone). */
	public Standing standing(Officer officer) {
		LocalDate today = this.time.today();
		BigDecimal hours = hoursBetween(officer.id(), today.withDayOfYear(1),
				today.withDayOfYear(today.lengthOfYear()));
		BigDecimal missing = this.properties.yearlyHours().subtract(hours).max(BigDecimal.ZERO);
		Exam last = exams(officer.id()).stream().findFirst().orElse(null);
		boolean expiring = officer.status() == OfficerStatus.VALID
				&& !officer.validTo().isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
		return new Standing(officer, today.getYear(), hours, missing, last, expiring);
	}

	/** The unit overview: every officer of the agencies in scope with their standing. */
	public List<Standing> overview(Set<Long> scope) {
		return this.registry.within(scope, null)
			.stream()
			.sorted(Comparator.comparing(Officer::agencyId).thenComparing(Officer::certificateNumber))
			.map(this::standing)
			.toList();
	}

	/**
	 * Why the officer may or may not be renewed today: the hours of the twelve months up
	 * to today against the yearly requirement, and a passed exam within them.
	 */
	public Optional<String> refusal(Officer officer) {
		LocalDate today = this.time.today();
		LocalDate from = today.minusYears(1).plusDays(1);
		BigDecimal hours = hoursBetween(officer.id(), from, today);
		StringBuilder reason = new StringBuilder();
		if (hours.compareTo(this.properties.yearlyHours()) < 0) {
			reason.append("近一年（" + from + " 至 " + today + "）培训 " + hours.stripTrailingZeros().toPlainString()
					+ " 学时，少于每年 " + this.properties.yearlyHours().stripTrailingZeros().toPlainString() + " 学时");
		}
		boolean passed = exams(officer.id()).stream()
			.anyMatch((e) -> e.passed() && !e.takenOn().isBefore(from) && !e.takenOn().isAfter(today));
		if (!passed) {
			reason.append((reason.length() > 0) ? "；" : "").append("近一年没有合格的考试成绩");
		}
		return (reason.length() > 0) ? Optional.of(reason.toString()) : Optional.empty();
	}

	/**
	 * 换证: renews the certificate to {@code newValidTo} when {@link #refusal} finds
	 * nothing.
	 */
	@Transactional
	public Officer renew(long officerId, int expectedVersion, LocalDate newValidTo, Set<Long> scope, Actor actor) {
		Officer officer = this.registry.officer(officerId, scope);
		if (officer.version() != expectedVersion) {
			throw RuleViolation.conflict("该执法人员信息已被他人修改，请刷新后重试");
		}
		Optional<String> refusal = refusal(officer);
		if (refusal.isPresent()) {
			throw new RuleViolation("RENEWAL_REFUSED", "不能换证：" + refusal.get());
		}
		LocalDate today = this.time.today();
		String basis = "近一年培训 "
				+ hoursBetween(officerId, today.minusYears(1).plusDays(1), today).stripTrailingZeros().toPlainString()
				+ " 学时，考试合格";
		LocalDate previous = officer.validTo();
		officer.renew(newValidTo, basis);
		Officer saved = this.officers.save(officer);
		this.jdbc
			.sql("""
					insert into officer_renewal (officer_id, previous_valid_to, new_valid_to, renewed_on, basis, recorded_by,
					                             recorded_at)
					values (:officer, :previous, :next, :today, :basis, :by, :now)""")
			.param("officer", officerId)
			.param("previous", previous)
			.param("next", newValidTo)
			.param("today", today)
			.param("basis", basis)
			.param("by", actor.username())
			.param("now", Timestamp.from(this.time.now()))
			.update();
		return saved;
	}

	private void checkDate(LocalDate date, String what) {
		if (date == null || date.getYear() < 2000 || date.isAfter(this.time.today())) {
			throw invalid("TRAINING_DATE", what + "须在 2000 年之后且不晚于今天");
		}
	}

	private static String text(String value, int max, String what) {
		if (!PlainText.isAcceptable(value, max)) {
			throw invalid("TRAINING_FIELD_INVALID", "请填写" + what + "（1–" + max + "个字符，不含控制字符或尖括号）");
		}
		return value.strip();
	}

	private static RuleViolation invalid(String code, String message) {
		return new RuleViolation(code, message, HttpStatus.BAD_REQUEST);
	}

}
