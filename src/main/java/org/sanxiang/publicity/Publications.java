package org.sanxiang.publicity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.licensing.LicenceAmended;
import org.sanxiang.licensing.LicenceEnded;
import org.sanxiang.licensing.LicensingDecided;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The publication of decisions (事后公开). {@link CaseEvent.DecisionIssued} makes a
 * publication due in the policy's working days on the official calendar, with the
 * automatic redaction proposal; the publisher approves an edited copy (PUBLISHED, each
 * approval a kept version, sealed into the ledger) or refuses it with a legal reason
 * (不予公开). {@link CaseEvent.DecisionChanged} and {@link CaseEvent.DecisionRevoked}
 * withdraw it at once — within the 3 working days the rule allows, recorded — with the
 * public reason, a changed decision becoming a new publication linked from the old one.
 * After the type's publicity period it expires and leaves a tombstone. Two people acting
 * on the same version: the second gets a 409.
 */
@Service
class Publications {

	static final int WITHDRAWAL_WORKING_DAYS = 3;

	private final JdbcClient jdbc;

	private final OfficialCalendar calendar;

	private final BusinessTime time;

	private final Clock clock;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Period penaltyPeriod;

	private final Period otherPeriod;

	private final CreditRecords credit;

	private final PublicSearchSlots searches;

	Publications(JdbcClient jdbc, OfficialCalendar calendar, BusinessTime time, Clock clock, AgencyDirectory agencies,
			ApplicationEventPublisher events, @Value("${sanxiang.publicity.period.penalty:P3Y}") Period penaltyPeriod,
			@Value("${sanxiang.publicity.period.other:P3Y}") Period otherPeriod, CreditRecords credit,
			PublicSearchSlots searches) {
		this.searches = searches;
		this.credit = credit;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.time = time;
		this.clock = clock;
		this.agencies = agencies;
		this.events = events;
		this.penaltyPeriod = penaltyPeriod;
		this.otherPeriod = otherPeriod;
	}

	@ApplicationModuleListener
	void on(CaseEvent.DecisionIssued issued) {
		issued(issued);
	}

	@ApplicationModuleListener
	void on(CaseEvent.DecisionChanged changed) {
		changed(changed);
	}

	@ApplicationModuleListener
	void on(CaseEvent.DecisionRevoked revoked) {
		revoked(revoked);
	}

	@ApplicationModuleListener
	void on(LicensingDecided decided) {
		licensingDecided(decided);
	}

	@ApplicationModuleListener
	void on(LicenceAmended amended) {
		licenceAmended(amended);
	}

	@ApplicationModuleListener
	void on(LicenceEnded ended) {
		licenceEnded(ended);
	}

	/** Who the system's own changes of a licence's publication are recorded as. */
	static final String LICENSING_SYSTEM = "系统（行政许可）";

	/**
	 * A licensing decision becomes a publication (kind {@code LICENSING}, the
	 * application's id in {@code case_id}) due 7 working days after its date, with the
	 * automatic redaction proposal (a natural person's name masked) and its 双公示 fields;
	 * the same event twice records one.
	 */
	@Transactional
	void licensingDecided(LicensingDecided decided) {
		String name = decided.partyName().strip();
		CaseEvent.PartyCategory kind = CreditRecords.kindOf(name, decided.creditCode());
		Set<String> persons = CreditRecords.publicName(name, kind).equals(name) ? Set.of() : Set.of(name);
		String title = cut(name + decided.licenceTypeName() + (decided.granted() ? "准予行政许可决定" : "不予行政许可决定"), 500);
		Long id = insert(decided.applicationId(), LICENSING_ORIGIN, "LICENSING", "行政许可决定",
				PublicationDuePolicy.licensing(), decided.agencyId(), title, decided.decidedOn(),
				licensingText(decided), persons);
		this.credit.recordLicence(id, decided, LICENSING_SYSTEM, this.clock.instant());
	}

	static final String LICENSING_ORIGIN = "LICENSING";

	static String licensingText(LicensingDecided d) {
		StringBuilder text = new StringBuilder();
		text.append("行政许可决定：").append(d.granted() ? "准予行政许可" : "不予行政许可");
		text.append("\n许可事项：").append(d.licenceTypeName());
		text.append("\n许可决定文书：")
			.append(nonNull(d.documentTitle()))
			.append("（")
			.append(nonNull(d.documentNumber()))
			.append("）");
		if (d.certificateName() != null) {
			text.append("\n许可证书：").append(d.certificateName()).append(" ").append(nonNull(d.certificateNumber()));
		}
		if (d.content() != null && !d.content().isBlank()) {
			text.append("\n许可内容：").append(d.content());
		}
		if (d.validFrom() != null || d.validTo() != null) {
			text.append("\n有效期：")
				.append((d.validFrom() == null) ? "" : d.validFrom())
				.append(" 至 ")
				.append((d.validTo() == null) ? "长期" : d.validTo());
		}
		text.append("\n许可机关：").append(nonNull(d.agencyName()));
		return cut(text.toString(), 8000);
	}

	private static String nonNull(String s) {
		return (s == null) ? "" : s;
	}

	private static String cut(String s, int max) {
		return (s.length() <= max) ? s : s.substring(0, max);
	}

	/**
	 * A licence changed or extended: its fields take the new content and validity (a new
	 * version of them) and its text a line saying so — in the proposal, and, when it is
	 * published, as a new published version (the earlier versions kept).
	 */
	@Transactional
	void licenceAmended(LicenceAmended amended) {
		Optional<Long> found = this.credit.publicationOfLicence(amended.licenceId());
		if (found.isEmpty()) {
			return;
		}
		Publication p = this.jdbc.sql(SELECT + " where id = :id")
			.param("id", found.get())
			.query(Publications::row)
			.single();
		String line = amended.decidedOn() + " 许可" + amended.kind().label() + "（" + nonNull(amended.documentNumber())
				+ "）" + ((amended.validTo() != null) ? "，有效期至 " + amended.validTo() : "")
				+ ((amended.content() != null && !amended.content().isBlank()) ? "，许可内容：" + amended.content() : "");
		if (p.originalText().contains(line)
				|| (p.status() != Publication.Status.PENDING && p.status() != Publication.Status.PUBLISHED)) {
			return;
		}
		CreditFields fields = this.credit.of(p.id()).orElse(null);
		Set<String> persons = (fields == null || fields.partyNamePublic().equals(fields.partyName())) ? Set.of()
				: Set.of(fields.partyName());
		String redacted = Redactor.propose(line, persons);
		this.credit.amend(p.id(), amended, LICENSING_SYSTEM, this.clock.instant());
		Timestamp now = Timestamp.from(this.clock.instant());
		// Published automatically only when the redacted line holds nothing personal the
		// checker finds; otherwise the proposal takes it and the publisher corrects it.
		if (p.status() == Publication.Status.PENDING || !Redactor.residue(redacted, persons).isEmpty()) {
			this.jdbc.sql("""
					update publicity_publication set original_text = :text, proposed_text = :proposed,
					  version = version + 1, updated_at = :now where id = :id""")
				.param("text", cut(p.originalText() + "\n" + line, 8000))
				.param("proposed", cut(p.proposedText() + "\n" + redacted, 8000))
				.param("now", now)
				.param("id", p.id())
				.update();
			return;
		}
		String published = cut(p.publishedText() + "\n" + redacted, 8000);
		int textVersion = p.textVersion() + 1;
		this.jdbc.sql("""
				update publicity_publication set original_text = :text, proposed_text = :proposed,
				  published_text = :published, search_text = :search, text_version = :textVersion,
				  version = version + 1, updated_at = :now where id = :id""")
			.param("text", cut(p.originalText() + "\n" + line, 8000))
			.param("proposed", cut(p.proposedText() + "\n" + redacted, 8000))
			.param("published", published)
			.param("search", searchText(p.publishedTitle(), published))
			.param("textVersion", textVersion)
			.param("now", now)
			.param("id", p.id())
			.update();
		this.jdbc.sql("""
				insert into publicity_publication_version (publication_id, version_no, title, text, approved_by,
				  approved_at, note)
				values (:id, :no, :title, :text, :by, :at, :note)""")
			.param("id", p.id())
			.param("no", textVersion)
			.param("title", p.publishedTitle())
			.param("text", published)
			.param("by", LICENSING_SYSTEM)
			.param("at", now)
			.param("note", "许可" + amended.kind().label())
			.update();
		this.events.publishEvent(
				new PublicationEvent.Published(p.id(), p.publicId(), p.publishedTitle(), textVersion, published));
	}

	/**
	 * A licence ended (撤销, 撤回, 吊销, 注销): its publication — published or still pending — is
	 * withdrawn at once (the 3 working days recorded) with the public reason and the 文号
	 * of the decision that ended it; 当前状态 shows how it ended.
	 */
	@Transactional
	void licenceEnded(LicenceEnded ended) {
		Optional<Long> found = this.credit.publicationOfLicence(ended.licenceId());
		if (found.isEmpty()) {
			return;
		}
		CreditFields fields = this.credit.of(found.get()).orElse(null);
		if (fields == null || fields.licence() == null
				|| ended.kind().label().equals(fields.licence().currentStatus())) {
			return;
		}
		Set<String> persons = fields.partyNamePublic().equals(fields.partyName()) ? Set.of()
				: Set.of(fields.partyName());
		String reason = Redactor.propose("该行政许可已于 " + ended.endedOn() + " " + ended.kind().label()
				+ ((ended.documentNumber() == null) ? "" : "（" + ended.documentNumber() + "）")
				+ ((ended.publicReason() == null || ended.publicReason().isBlank()) ? "" : "：" + ended.publicReason()),
				persons);
		this.credit.ended(found.get(), ended.kind().label(), LICENSING_SYSTEM, this.clock.instant(), cut(reason, 500));
		withdraw(this.jdbc.sql(SELECT + " where id = :id and status in ('PENDING', 'PUBLISHED')")
			.param("id", found.get())
			.query(Publications::row)
			.list(), ended.endedOn(), reason, null);
	}

	/** The publications of a licensing application (its decision), oldest first. */
	List<Publication> ofApplication(long applicationId) {
		return this.jdbc.sql(SELECT + " where case_id = :case and kind = 'LICENSING' order by id")
			.param("case", applicationId)
			.query(Publications::row)
			.list();
	}

	/** What the listener does, callable synchronously (tests, a resubmission). */
	void issued(CaseEvent.DecisionIssued issued) {
		Long id = record(issued.caseId(), "ISSUED", issued.agencyId(), issued.title(), issued.decidedOn(),
				decisionText(issued.penalty(), basisOf(issued)));
		this.credit.record(id, issued.agencyId(), issued.party(), issued.decision(), issued.lawApplied());
	}

	void changed(CaseEvent.DecisionChanged changed) {
		Long next = record(changed.caseId(), "CHANGED:" + changed.changedOn(), changed.agencyId(), changed.title(),
				changed.changedOn(), decisionText(changed.penalty(), changed.reason()));
		this.credit.record(next, changed.agencyId(), changed.party(), changed.decision(), null);
		withdraw(changed.caseId(), changed.changedOn(),
				"该决定已于 " + changed.changedOn() + " 变更" + ((changed.reason() == null) ? "" : "：" + changed.reason()),
				next);
	}

	void revoked(CaseEvent.DecisionRevoked revoked) {
		withdraw(revoked.caseId(), revoked.revokedOn(), "该决定已于 " + revoked.revokedOn() + " 被" + revoked.ruling()
				+ ((revoked.reason() == null) ? "" : "：" + revoked.reason()), null);
	}

	static String decisionText(String penalty, String detail) {
		return "处罚决定：" + penalty + ((detail == null || detail.isBlank()) ? "" : "\n" + detail);
	}

	/**
	 * What the public text says beyond the penalty: the law applied and the discretion —
	 * never the content's digest, which is for the record, not for a reader.
	 */
	static String basisOf(CaseEvent.DecisionIssued issued) {
		StringBuilder text = new StringBuilder();
		if (issued.lawApplied() != null && !issued.lawApplied().isBlank()) {
			text.append("适用依据：").append(issued.lawApplied());
		}
		if (issued.discretion() != null && !issued.discretion().isBlank()) {
			text.append((text.length() > 0) ? "\n" : "").append("裁量：").append(issued.discretion());
		}
		return text.toString();
	}

	/** Records a publication due (once per case and origin); its id. */
	Long record(long caseId, String origin, long agencyId, String title, LocalDate decidedOn, String text) {
		return insert(caseId, origin, "PENALTY", "行政处罚决定", PublicationDuePolicy.of("PENALTY_DECISION").orElseThrow(),
				agencyId, title, decidedOn, text, Set.of());
	}

	private Long insert(long caseId, String origin, String kind, String typeName, PublicationDuePolicy.Due due,
			long agencyId, String title, LocalDate decidedOn, String text, Set<String> knownPersons) {
		Optional<Long> existing = this.jdbc
			.sql("select id from publicity_publication where case_id = :case and origin = :origin")
			.param("case", caseId)
			.param("origin", origin)
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		Redactor.Proposal proposal = Redactor.proposeDecision(title, text);
		if (!knownPersons.isEmpty()) {
			proposal = new Redactor.Proposal(Redactor.propose(proposal.title(), knownPersons),
					Redactor.propose(proposal.text(), knownPersons));
		}
		LocalDate dueOn = this.calendar.addWorkingDays(decidedOn, due.workingDays());
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into publicity_publication (public_id, case_id, origin, agency_id, agency_name, kind, type_name,
				  title, decided_on, due_on, working_days, original_text, proposed_title, proposed_text, status,
				  version, text_version, recorded_at, updated_at)
				values (:publicId, :case, :origin, :agency, :agencyName, :kind, :typeName, :title, :decided, :due,
				  :days, :text, :proposedTitle, :proposedText, 'PENDING', 0, 0, :now, :now)""")
			.param("publicId", newPublicId())
			.param("case", caseId)
			.param("origin", origin)
			.param("kind", kind)
			.param("typeName", typeName)
			.param("agency", agencyId)
			.param("agencyName", this.agencies.agency(agencyId).name())
			.param("title", title)
			.param("decided", Date.valueOf(decidedOn))
			.param("due", Date.valueOf(dueOn))
			.param("days", due.workingDays())
			.param("text", text)
			.param("proposedTitle", proposal.title())
			.param("proposedText", proposal.text())
			.param("now", now)
			.update();
		return idOf(caseId, origin);
	}

	private long idOf(long caseId, String origin) {
		return this.jdbc.sql("select id from publicity_publication where case_id = :case and origin = :origin")
			.param("case", caseId)
			.param("origin", origin)
			.query(Long.class)
			.single();
	}

	private static String newPublicId() {
		byte[] bytes = new byte[12];
		new java.security.SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Withdraws the case's standing publications (published or still pending, except the
	 * replacement); the withdrawal is due within 3 working days and done now.
	 */
	void withdraw(long caseId, LocalDate on, String reason, Long replacement) {
		withdraw(this.jdbc
			.sql(SELECT + " where case_id = :case and kind <> 'LICENSING' and status in ('PENDING', 'PUBLISHED')")
			.param("case", caseId)
			.query(Publications::row)
			.list(), on, reason, replacement);
	}

	private void withdraw(List<Publication> publications, LocalDate on, String reason, Long replacement) {
		LocalDate due = this.calendar.addWorkingDays(on, WITHDRAWAL_WORKING_DAYS);
		LocalDate today = this.time.today();
		for (Publication standing : publications) {
			if (replacement != null && standing.id() == replacement) {
				continue;
			}
			String publicReason = Redactor.propose(reason, Set.of());
			this.jdbc.sql("""
					update publicity_publication set status = 'WITHDRAWN', withdrawal_reason = :reason,
					  withdrawal_due_on = :due, withdrawn_on = :today, replaced_by = :next, version = version + 1,
					  search_text = :search, updated_at = :now
					where id = :id and version = :version""")
				.param("reason", publicReason)
				.param("due", Date.valueOf(due))
				.param("today", Date.valueOf(today))
				.param("next", replacement)
				.param("search", searchText(standing.publishedTitle(), null))
				.param("now", Timestamp.from(this.clock.instant()))
				.param("id", standing.id())
				.param("version", standing.version())
				.update();
		}
	}

	/**
	 * Approves the publisher's redacted copy: publishes it, or — already published — a
	 * correction, a new version. Refused when the copy still holds personal data.
	 */
	@Transactional
	Publication approve(long id, int version, String title, String text, String by, Set<Long> scope) {
		Publication publication = get(id, scope);
		if (publication.status() != Publication.Status.PENDING
				&& publication.status() != Publication.Status.PUBLISHED) {
			throw RuleViolation.conflict("该公示已" + publication.statusName() + "，不能再公开。");
		}
		String cleanTitle = required(title, "公开标题", 500);
		String cleanText = required(text, "公开文本", 8000);
		List<String> residue = new ArrayList<>(Redactor.residue(cleanTitle + "\n" + cleanText, Set.of()));
		if (!residue.isEmpty()) {
			throw new RuleViolation("PUBLICATION_PERSONAL_DATA",
					"公开文本仍含个人信息（" + String.join("、", residue) + "），请删除后再批准。", HttpStatus.BAD_REQUEST);
		}
		LocalDate today = this.time.today();
		LocalDate publishedOn = (publication.publishedOn() != null) ? publication.publishedOn() : today;
		Period period = "PENALTY".equals(publication.kind()) ? this.penaltyPeriod : this.otherPeriod;
		int textVersion = publication.textVersion() + 1;
		int updated = this.jdbc
			.sql("""
					update publicity_publication set status = 'PUBLISHED', published_title = :title, published_text = :text,
					  search_text = :search, published_on = :publishedOn, expires_on = :expires, text_version = :textVersion,
					  version = version + 1, updated_at = :now
					where id = :id and version = :version""")
			.param("title", cleanTitle)
			.param("text", cleanText)
			.param("search", searchText(cleanTitle, cleanText))
			.param("publishedOn", Date.valueOf(publishedOn))
			.param("expires", Date.valueOf(publishedOn.plus(period)))
			.param("textVersion", textVersion)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated != 1) {
			throw lostRace();
		}
		this.jdbc.sql("""
				insert into publicity_publication_version (publication_id, version_no, title, text, approved_by,
				  approved_at, note)
				values (:id, :no, :title, :text, :by, :at, :note)""")
			.param("id", id)
			.param("no", textVersion)
			.param("title", cleanTitle)
			.param("text", cleanText)
			.param("by", by)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("note", (textVersion == 1) ? "首次公开" : "更正")
			.update();
		this.events.publishEvent(
				new PublicationEvent.Published(id, publication.publicId(), cleanTitle, textVersion, cleanText));
		return get(id, scope);
	}

	/**
	 * The publisher corrects the publication's 双公示 fields, before or after publication
	 * (not once it was refused, withdrawn or expired): a new version of them, audited.
	 */
	@Transactional
	CreditFields editCredit(long id, int fieldsVersion, CreditRecords.Edit edit, String by, Set<Long> scope) {
		Publication publication = get(id, scope);
		if (publication.status() != Publication.Status.PENDING
				&& publication.status() != Publication.Status.PUBLISHED) {
			throw new RuleViolation("PUBLICATION_CREDIT_CLOSED", "该公示已" + publication.statusName() + "，不能再修改双公示字段。",
					HttpStatus.CONFLICT);
		}
		CreditFields edited = this.credit.edit(id, fieldsVersion, edit, by, this.clock.instant());
		this.events.publishEvent(new PublicationEvent.CreditEdited(id, publication.title(),
				this.credit.currentVersion(id), edit.reason().strip()));
		return edited;
	}

	/** 不予公开, with the legal reason (e.g. 涉及国家秘密, 政府信息公开条例 第十四条). */
	@Transactional
	Publication refuse(long id, int version, String reason, Set<Long> scope) {
		Publication publication = get(id, scope);
		if (publication.status() != Publication.Status.PENDING) {
			throw RuleViolation.conflict("该公示已" + publication.statusName() + "，不能再决定不予公开。");
		}
		String cleanReason = required(reason, "不予公开的法定理由", 500);
		int updated = this.jdbc.sql("""
				update publicity_publication set status = 'REFUSED', refusal_reason = :reason, version = version + 1,
				  updated_at = :now
				where id = :id and version = :version""")
			.param("reason", cleanReason)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated != 1) {
			throw lostRace();
		}
		this.events.publishEvent(new PublicationEvent.Refused(id, publication.title(), cleanReason));
		return get(id, scope);
	}

	private static RuleViolation lostRace() {
		return RuleViolation.conflict("该公示刚被他人处理过，请刷新页面查看最新状态后再操作。");
	}

	private static String required(String value, String what, int max) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation("PUBLICATION_FIELD_REQUIRED", "请填写" + what + "。", HttpStatus.BAD_REQUEST);
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new RuleViolation("PUBLICATION_FIELD_TOO_LONG", what + "不能超过 " + max + " 字。", HttpStatus.BAD_REQUEST);
		}
		return stripped;
	}

	/** Published ones whose publicity period has ended expire, leaving a tombstone. */
	@Scheduled(cron = "${sanxiang.publicity.expiry-cron:0 20 1 * * *}", zone = "${sanxiang.zone:Asia/Shanghai}")
	@SchedulerLock(name = "publicity.expiry", lockAtMostFor = "PT30M")
	void expireScheduled() {
		expire();
	}

	/** Expires what is due today; how many. */
	int expire() {
		LocalDate today = this.time.today();
		int expired = 0;
		for (Publication p : this.jdbc.sql(SELECT + " where status = 'PUBLISHED' and expires_on <= :today")
			.param("today", Date.valueOf(today))
			.query(Publications::row)
			.list()) {
			expired += this.jdbc.sql("""
					update publicity_publication set status = 'EXPIRED', expired_on = :today, search_text = :search,
					  version = version + 1, updated_at = :now
					where id = :id and version = :version""")
				.param("today", Date.valueOf(today))
				.param("search", searchText(p.publishedTitle(), null))
				.param("now", Timestamp.from(this.clock.instant()))
				.param("id", p.id())
				.param("version", p.version())
				.update();
		}
		return expired;
	}

	/** What full-text search looks in: only the served copy, lower-cased. */
	static String searchText(String title, String text) {
		String all = ((title == null) ? "" : title) + "\n" + ((text == null) ? "" : text);
		return all.toLowerCase(java.util.Locale.ROOT);
	}

	/** A publication in this scope, or 404. */
	Publication get(long id, Set<Long> scope) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(Publications::row)
			.optional()
			.filter((p) -> scope.contains(p.agencyId()))
			.orElseThrow(() -> RuleViolation.notFound("公示"));
	}

	/** The case's publications, oldest first (for tests and the board). */
	List<Publication> ofCase(long caseId) {
		return this.jdbc.sql(SELECT + " where case_id = :case and kind <> 'LICENSING' order by id")
			.param("case", caseId)
			.query(Publications::row)
			.list();
	}

	/**
	 * The publisher's board: what is not yet decided, and what was withdrawn, by due
	 * date.
	 */
	List<Publication> board(Set<Long> scope, Publication.Status status, int limit) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " where agency_id in (:scope) and status = :status order by "
					+ ((status == Publication.Status.PENDING) ? "due_on, id" : "updated_at desc, id desc") + " limit "
					+ Math.max(1, Math.min(limit, 500)))
			.param("scope", scope)
			.param("status", status.name())
			.query(Publications::row)
			.list();
	}

	/** A public publication by its opaque id: only those published once. */
	Optional<Publication> publicly(String publicId) {
		if (publicId == null || !publicId.matches("[0-9a-f]{24}")) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT + " where public_id = :id and published_on is not null")
			.param("id", publicId)
			.query(Publications::row)
			.optional();
	}

	/** The public id of a publication, for a replacement link. */
	Optional<String> publicIdOf(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select public_id from publicity_publication where id = :id and published_on is not null")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** One page of the public search, newest decision first. */
	SearchResult search(PublicSearch criteria) {
		return search(criteria, CreditSearch.NONE);
	}

	/**
	 * One page of the public search with the 双公示 filters (party, credit code, 文号), in one
	 * of the public search's places ({@link PublicSearchSlots}).
	 */
	SearchResult search(PublicSearch criteria, CreditSearch credit) {
		return this.searches.run(() -> searchNow(criteria, credit));
	}

	private SearchResult searchNow(PublicSearch criteria, CreditSearch credit) {
		StringBuilder where = new StringBuilder(" where published_on is not null");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (criteria.q() != null) {
			this.textSearch.condition(criteria.q(), where, params);
		}
		if (criteria.type() != null) {
			where.append(" and kind = :kind");
			params.put("kind", criteria.type());
		}
		if (criteria.agency() != null) {
			where.append(" and agency_id = :agency");
			params.put("agency", criteria.agency());
		}
		if (criteria.from() != null) {
			where.append(" and decided_on >= :from");
			params.put("from", Date.valueOf(criteria.from()));
		}
		if (criteria.to() != null) {
			where.append(" and decided_on <= :to");
			params.put("to", Date.valueOf(criteria.to()));
		}
		if (criteria.status() != null) {
			where.append(" and status = :status");
			params.put("status", criteria.status());
		}
		credit.appendTo(where, params);
		long offset = (long) criteria.page() * criteria.size();
		if (criteria.q() != null && this.textSearch.indexed()) {
			// A text search on PostgreSQL: the count and the page in one statement that
			// reads the matches once (the slow part of a search); it answers alone when
			// it
			// finds the page and at most the cap of matches, else the two statements
			// below
			// do. (Without a text, a search usually matches more than the cap.)
			long[] matched = { -1 };
			List<Publication> items = this.jdbc.sql(onePass(where.toString(), criteria.size(), offset))
				.params(params)
				.query((rs, i) -> {
					matched[0] = rs.getLong("match_total");
					return row(rs, i);
				})
				.list();
			if (!items.isEmpty() && matched[0] <= COUNT_CAP) {
				return new SearchResult(items, matched[0], criteria.page(), criteria.size(), false);
			}
		}
		// The count of the matches up to the cap ("10,000+" beyond it), then the page.
		// Two statements, not one with a WITH clause: H2 reuses a cached parameterised
		// CTE's rows when the same statement runs again with other parameters
		// (CreditPublicityTests), and the answer must not depend on the database.
		long total = this.jdbc
			.sql("select count(*) from (select 1 from publicity_publication" + where + " limit " + (COUNT_CAP + 1)
					+ ") capped")
			.params(params)
			.query(Long.class)
			.single();
		List<Publication> items = this.jdbc
			.sql(PUBLIC_SELECT + where + ORDER + " limit " + criteria.size() + " offset " + offset)
			.params(params)
			.query(Publications::row)
			.list();
		if (total > COUNT_CAP) {
			return new SearchResult(items, COUNT_CAP, criteria.page(), criteria.size(), true);
		}
		return new SearchResult(items, total, criteria.page(), criteria.size(), false);
	}

	private static final String ORDER = " order by decided_on desc, id desc";

	/**
	 * The public search in one statement (PostgreSQL): the matches up to one beyond the
	 * cap, read once; their number; the page taken from them, newest first. Exact when
	 * there are at most {@link #COUNT_CAP} matches (then all of them are in
	 * {@code matched}); beyond it the caller takes the page from all matches.
	 */
	static String onePass(String where, int size, long offset) {
		return "with matched as (select id, decided_on from publicity_publication" + where + " limit " + (COUNT_CAP + 1)
				+ ") " + PUBLIC_SELECT.replaceFirst("select ", "select (select count(*) from matched) as match_total, ")
				+ " where id in (select id from matched" + ORDER + " limit " + size + " offset " + offset + ")" + ORDER;
	}

	/**
	 * The most matches a search counts exactly; beyond it the total is this cap and
	 * {@link SearchResult#totalCapped()} (shown as "10,000+").
	 */
	static final int COUNT_CAP = 10_000;

	/** A page of the public search. */
	record SearchResult(List<Publication> items, long total, int page, int size, boolean totalCapped) {

		SearchResult(List<Publication> items, long total, int page, int size) {
			this(items, total, page, size, false);
		}

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	static final String SELECT = """
			select id, public_id, case_id, origin, agency_id, agency_name, kind, type_name, title, decided_on, due_on,
			       working_days, original_text, proposed_title, proposed_text, published_title, published_text, status,
			       version, text_version, refusal_reason, withdrawal_reason, withdrawal_due_on, withdrawn_on,
			       replaced_by, published_on, expires_on, expired_on from publicity_publication""";

	/**
	 * {@link #SELECT} for the public search: the internal title, the original and the
	 * proposed text are not read (nothing public shows them; half the bytes of a row).
	 */
	static final String PUBLIC_SELECT = SELECT
		.replace("title, decided_on", "cast(null as varchar) as title, decided_on")
		.replace("original_text, proposed_title, proposed_text",
				"cast(null as varchar) as original_text, cast(null as varchar) as proposed_title,"
						+ " cast(null as varchar) as proposed_text");

	static Publication row(ResultSet rs, int i) throws SQLException {
		return new Publication(rs.getLong("id"), rs.getString("public_id"), rs.getLong("case_id"),
				rs.getString("origin"), rs.getLong("agency_id"), rs.getString("agency_name"), rs.getString("kind"),
				rs.getString("type_name"), rs.getString("title"), date(rs, "decided_on"), date(rs, "due_on"),
				rs.getInt("working_days"), rs.getString("original_text"), rs.getString("proposed_title"),
				rs.getString("proposed_text"), rs.getString("published_title"), rs.getString("published_text"),
				Publication.Status.valueOf(rs.getString("status")), rs.getInt("version"), rs.getInt("text_version"),
				rs.getString("refusal_reason"), rs.getString("withdrawal_reason"), date(rs, "withdrawal_due_on"),
				date(rs, "withdrawn_on"), (Long) rs.getObject("replaced_by", Long.class), date(rs, "published_on"),
				date(rs, "expires_on"), date(rs, "expired_on"));
	}

	/**
	 * A date column as the date it holds: read as a {@link LocalDate} directly, not
	 * through {@code java.sql.Date} and the JVM's calendar (a few per cent of the search
	 * API's time went there, JFR).
	 */
	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private PublicTextSearch textSearch;

	/** The full-text match of the public search (indexed on PostgreSQL). */
	@org.springframework.beans.factory.annotation.Autowired
	void setTextSearch(PublicTextSearch textSearch) {
		this.textSearch = textSearch;
	}

}
