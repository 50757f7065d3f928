package org.sanxiang.licensing;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.calendar.WorkingCalendar;
import org.sanxiang.core.AccessRefused;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.platform.YearCounters;
import org.sanxiang.review.DecisionAction;
import org.sanxiang.review.GateAnswer;
import org.sanxiang.review.MaterialKind;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.ReviewRequest;
import org.sanxiang.review.Reviews;
import org.sanxiang.subject.Party;
import org.sanxiang.subject.PartyKind;
import org.sanxiang.subject.PartyRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licensing window and the decisions: applications received by an officer of the
 * agency (the window clerk), accepted, refused or told once what is missing, paused,
 * extended and decided by the agency head (机关负责人); the licences issued and later changed,
 * extended, withdrawn, revoked or cancelled. Every act that the law puts in writing
 * issues its document through the document module in the same transaction. Administrators
 * never read applications.
 */
@Service
public class Licensing {

	static final String OWNER_APPLICATION = "LICENCE_APPLICATION";

	static final String OWNER_LICENCE = "LICENCE";

	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	static final String REMEDIES = "如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。";

	private final LicenceApplicationRepository applications;

	private final LicenceRepository licences;

	private final LicenceTypes types;

	private final PartyRegistry parties;

	private final AgencyDirectory agencies;

	private final Documents documents;

	private final OfficialCalendar calendar;

	private final JdbcClient jdbc;

	private final YearCounters counters;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	private final Reviews reviews;

	Licensing(LicenceApplicationRepository applications, LicenceRepository licences, LicenceTypes types,
			PartyRegistry parties, AgencyDirectory agencies, Documents documents, OfficialCalendar calendar,
			JdbcClient jdbc, BusinessTime time, ApplicationEventPublisher events, Reviews reviews,
			YearCounters counters) {
		this.applications = applications;
		this.licences = licences;
		this.types = types;
		this.parties = parties;
		this.agencies = agencies;
		this.documents = documents;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.counters = counters;
		this.time = time;
		this.events = events;
		this.reviews = reviews;
	}

	public LocalDate today() {
		return this.time.today();
	}

	public List<LicenceType> types() {
		return this.types.all();
	}

	public LicenceType type(String code) {
		return this.types.type(code);
	}

	/** What the clerk registers at the window. */
	public record Receipt(String typeCode, Long partyId, String subjectMatter, boolean significantInterest,
			List<String> materials) {
	}

	/**
	 * 收件: the application is registered with its number and the applicant's check code.
	 */
	@Transactional
	public LicenceApplication receive(Receipt receipt, SanxiangPrincipal clerk) {
		requireClerk(clerk, "LICENSING_RECEIVE");
		LicenceType type = this.types.type(receipt.typeCode());
		if (receipt.partyId() == null) {
			throw new RuleViolation("LICENSING_PARTY", "请从一企一档选择申请人");
		}
		Party party = this.parties.party(receipt.partyId(), clerk.dataScope().agencyIds());
		LocalDate today = this.time.today();
		LicenceApplication application = LicenceApplication.receive(clerk.agencyId(),
				nextNumber(clerk.agencyId(), today.getYear()), checkCode(), type, party.id(), party.name(),
				receipt.subjectMatter(), receipt.significantInterest(), receipt.materials(), clerk.displayName(), today,
				this.time.now());
		return this.applications.save(application);
	}

	/** The application, read by an officer of its agency (deemed acceptance applied). */
	@Transactional
	public LicenceApplication application(long id, SanxiangPrincipal reader) {
		return current(inScope(id, reader));
	}

	@Transactional
	public LicenceApplication accept(long id, int version, SanxiangPrincipal clerk) {
		requireClerk(clerk, "LICENSING_ACCEPT");
		LicenceApplication application = actable(id, version, clerk);
		LicenceType type = this.types.type(application.typeCode());
		Map<String, Object> values = partyValues(application, type);
		values.put("receivedOn", application.submittedOn().toString());
		values.put("acceptedOn", today().toString());
		values.put("decisionLimit", "自受理之日起" + type.describeLimit() + "内作出决定（听证、检验、检测、鉴定和专家评审所需时间不计算在内）");
		values.put("checkCode", application.checkCode());
		values.put("note", "请凭申请编号" + application.applicationNumber() + "和进度查询码在门户网站“办理进度查询”中查询办理进度。");
		Document issued = issue("LICENSING_ACCEPTANCE", values, application, clerk);
		application.accept(today(), issued.id(), issued.number(), clerk.displayName(), this.time.now());
		return this.applications.save(application);
	}

	@Transactional
	public LicenceApplication refuse(long id, int version, String reason, SanxiangPrincipal clerk) {
		requireClerk(clerk, "LICENSING_REFUSE");
		LicenceApplication application = actable(id, version, clerk);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw new RuleViolation("LICENSING_REFUSAL_REASON", "请填写不予受理的理由（不超过2000字）");
		}
		application.requireStatus(ApplicationStatus.RECEIVED, "作出不予受理决定");
		LicenceType type = this.types.type(application.typeCode());
		Map<String, Object> values = partyValues(application, type);
		values.put("reason", reason.strip());
		values.put("remedies", REMEDIES);
		Document issued = issue("LICENSING_NOT_ACCEPTED", values, application, clerk);
		application.refuse(reason, today(), issued.id(), issued.number(), clerk.displayName(), this.time.now());
		return this.applications.save(application);
	}

	/** 一次性告知: one 补正材料通知书 listing every missing or defective material. */
	@Transactional
	public LicenceApplication notifyMissing(long id, int version, List<String> items, SanxiangPrincipal clerk) {
		requireClerk(clerk, "LICENSING_NOTIFY");
		LicenceApplication application = actable(id, version, clerk);
		List<String> clean = application.checkNotice((items == null) ? List.of() : items);
		LicenceType type = this.types.type(application.typeCode());
		Map<String, Object> values = partyValues(application, type);
		values.put("receivedOn", application.submittedOn().toString());
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < clean.size(); i++) {
			list.append(i + 1).append(". ").append(clean.get(i)).append('\n');
		}
		values.put("missingItems", list.toString().strip());
		values.put("instructions", "请一次性补正上述全部材料。补正材料提交后，本机关将在" + type.acceptanceDays() + "个工作日内决定是否受理。");
		Document issued = issue("LICENSING_CORRECTION", values, application, clerk);
		application.notifyMissing(clean, today(), issued.id(), issued.number(), clerk.displayName(), this.time.now());
		return this.applications.save(application);
	}

	@Transactional
	public LicenceApplication resubmit(long id, int version, List<String> materials, SanxiangPrincipal clerk) {
		requireClerk(clerk, "LICENSING_RESUBMIT");
		LicenceApplication application = actable(id, version, clerk);
		application.resubmit(materials, today(), clerk.displayName(), this.time.now());
		return this.applications.save(application);
	}

	/**
	 * A period that does not count starts today; a hearing issues the 听证告知书 (行政许可法
	 * 第四十七条).
	 */
	@Transactional
	public LicenceApplication pause(long id, int version, PauseKind kind, String reason, SanxiangPrincipal officer) {
		requireClerk(officer, "LICENSING_PAUSE");
		LicenceApplication application = actable(id, version, officer);
		Long documentId = null;
		String documentNumber = null;
		if (kind == PauseKind.HEARING && application.status() == ApplicationStatus.ACCEPTED
				&& application.pauses().stream().noneMatch(ApplicationPause::running) && reason != null
				&& !reason.isBlank()) {
			LicenceType type = this.types.type(application.typeCode());
			Map<String, Object> values = partyValues(application, type);
			values.put("matter", application.subjectMatter());
			values.put("hearingRights", "该许可事项直接涉及申请人与他人之间重大利益关系（" + reason.strip()
					+ "）。申请人、利害关系人有权自收到本告知书之日起五日内提出听证申请，本机关将在二十日内组织听证。听证所需时间不计算在许可期限内，本机关将书面告知所需时间。");
			Document issued = issue("LICENSING_HEARING_NOTICE", values, application, officer);
			documentId = issued.id();
			documentNumber = issued.number();
		}
		application.pause(kind, reason, today(), documentId, documentNumber, officer.displayName(), this.time.now());
		return this.applications.save(application);
	}

	/** The running pause ends, {@code lastDay} its last day not counted. */
	@Transactional
	public LicenceApplication resume(long id, int version, LocalDate lastDay, SanxiangPrincipal officer) {
		requireClerk(officer, "LICENSING_RESUME");
		LicenceApplication application = actable(id, version, officer);
		LocalDate last = (lastDay == null) ? today() : lastDay;
		if (last.isAfter(today())) {
			throw new RuleViolation("LICENSING_PAUSE_END", "不计时期间的止日不得晚于今天");
		}
		int paused = application.pauses()
			.stream()
			.filter(ApplicationPause::running)
			.findFirst()
			.map((p) -> LicensingClock.pausedWorkingDays(days(),
					new ApplicationPause(p.kind(), p.firstDay(), last.isBefore(p.firstDay()) ? p.firstDay() : last,
							p.reason()),
					last))
			.orElse(0);
		application.resume(last, paused, officer.displayName(), this.time.now());
		return this.applications.save(application);
	}

	/** 延长期限 10 working days, by the agency head, once. */
	@Transactional
	public LicenceApplication extend(long id, int version, String reason, SanxiangPrincipal head) {
		requireHead(head, "LICENSING_EXTEND");
		LicenceApplication application = actable(id, version, head);
		application.extend(this.types.type(application.typeCode()), reason, today(), head.displayName(),
				this.time.now());
		return this.applications.save(application);
	}

	/** What the head decides. */
	public record Decision(boolean grant, String content, String reason) {
	}

	/**
	 * 准予 (the decision and the licence issued) or 不予 (the decision with reasons and
	 * remedies), by the agency head; tells the publicity side ({@link LicensingDecided}).
	 */
	@Transactional
	public LicenceApplication decide(long id, int version, Decision decision, SanxiangPrincipal head) {
		requireHead(head, "LICENSING_DECIDE");
		LicenceApplication application = actable(id, version, head);
		application.checkDecidable();
		LicenceType type = this.types.type(application.typeCode());
		Party party = this.parties.party(application.partyId(), head.dataScope().agencyIds());
		LocalDate today = today();
		Map<String, Object> values = partyValues(application, type);
		values.put("matter", application.subjectMatter());
		Licence licence = null;
		Document issued;
		if (decision.grant()) {
			String content = (decision.content() == null || decision.content().isBlank()) ? application.subjectMatter()
					: decision.content().strip();
			if (content.length() > 4000) {
				throw new RuleViolation("LICENSING_CONTENT", "许可内容不超过4000字");
			}
			Map<String, Object> certificate = new LinkedHashMap<>();
			certificate.put("partyName", party.name());
			if (party.creditCode() != null) {
				certificate.put("partyIdentifier", party.creditCode());
			}
			if (party.legalRepresentative() != null && !party.legalRepresentative().isBlank()) {
				certificate.put("legalRepresentative", party.legalRepresentative());
			}
			certificate.put("certificateName", type.certificateName());
			certificate.put("content", content);
			LocalDate validTo = (type.validityYears() == null) ? null
					: today.plusYears(type.validityYears()).minusDays(1);
			String validity = today + "至" + ((validTo == null) ? "长期" : validTo.toString());
			certificate.put("validity", validity);
			Document licenceDocument = issue("LICENCE_CERTIFICATE", certificate, application, head);
			licence = this.licences
				.save(Licence.issue(application, type, licenceDocument.number(), content, today, this.time.now()));
			values.put("content", content);
			values.put("certificate", type.certificateName() + " " + licenceDocument.number());
			values.put("validity", validity);
			issued = issue("LICENSING_GRANT", values, application, head);
		}
		else {
			if (decision.reason() == null || decision.reason().isBlank() || decision.reason().length() > 4000) {
				throw new RuleViolation("LICENSING_DENIAL_REASON", "不予行政许可应当说明理由（不超过4000字）");
			}
			values.put("reason", decision.reason().strip());
			values.put("remedies", REMEDIES);
			issued = issue("LICENSING_DENIAL", values, application, head);
		}
		application.decide(decision.grant(), decision.reason(), today, issued.id(), issued.number(),
				(licence == null) ? null : licence.id(), head.displayName(), this.time.now());
		LicenceApplication saved = this.applications.save(application);
		Agency agency = this.agencies.agency(application.agencyId());
		this.events.publishEvent(new LicensingDecided(saved.id(), saved.agencyId(), saved.applicationNumber(),
				(licence == null) ? null : licence.id(), type.code(), type.name(), decision.grant(), party.id(),
				party.name(), party.creditCode(), party.legalRepresentative(), issued.id(),
				this.documents.type(issued).name(), issued.number(), type.category(),
				(licence == null) ? null : type.certificateName(), (licence == null) ? null : licence.licenceNumber(),
				(licence == null) ? application.subjectMatter() + "（不予许可：" + decision.reason().strip() + "）"
						: licence.content(),
				today, (licence == null) ? null : licence.validFrom(), (licence == null) ? null : licence.validTo(),
				agency.name(), agency.creditCode(), this.time.now()));
		return saved;
	}

	// the clock

	/** The application's deadlines as of today. */
	public record Clock(LocalDate acceptanceDue, LocalDate decisionDue, Integer workingDaysLeft, boolean overdue,
			int pausedWorkingDays, boolean paused) {
	}

	public Clock clock(LicenceApplication application) {
		LicenceType type = this.types.type(application.typeCode());
		WorkingCalendar days = days();
		LocalDate today = today();
		LocalDate acceptanceDue = LicensingClock.acceptanceDue(days, application.submittedOn(), type.acceptanceDays());
		int paused = application.pauses()
			.stream()
			.mapToInt((p) -> LicensingClock.pausedWorkingDays(days, p, today))
			.sum();
		boolean running = application.pauses().stream().anyMatch(ApplicationPause::running);
		if (application.acceptedOn() == null) {
			boolean open = !application.status().closed();
			return new Clock(acceptanceDue, null, open ? days.workingDaysBetween(today, acceptanceDue) : null, false, 0,
					false);
		}
		int length = type.decisionDays() + (application.extended() ? LicenceType.EXTENSION_DAYS : 0);
		LocalDate due = LicensingClock.decisionDue(days, application.acceptedOn(), length, application.pauses(), today);
		if (application.status().closed()) {
			return new Clock(acceptanceDue, due, null, application.decidedOn().isAfter(due), paused, false);
		}
		return new Clock(acceptanceDue, due, days.workingDaysBetween(today, due), today.isAfter(due), paused, running);
	}

	/** One line of the overdue board or a list. */
	public record ApplicationLine(long id, String applicationNumber, String partyName, String typeName,
			ApplicationStatus status, LocalDate receivedOn, LocalDate dueOn, Integer workingDaysLeft, boolean overdue) {
	}

	/**
	 * The open applications of the reader's agency, the overdue first (at most
	 * {@code size} from {@code page}); the board shows the overdue only.
	 */
	@Transactional
	public List<ApplicationLine> open(SanxiangPrincipal reader, boolean overdueOnly, int page, int size) {
		requireReader(reader);
		List<Long> ids = this.jdbc
			.sql("select id from licence_application where agency_id in (:agencies)"
					+ " and status in ('RECEIVED', 'CORRECTING', 'ACCEPTED') order by received_on, id")
			.param("agencies", reader.dataScope().agencyIds())
			.query(Long.class)
			.list();
		List<ApplicationLine> lines = ids.stream()
			.map((id) -> line(current(this.applications.findById(id).orElseThrow())))
			.filter((line) -> !overdueOnly || line.overdue())
			.sorted((a, b) -> Boolean.compare(b.overdue(), a.overdue()))
			.toList();
		int from = Math.min(lines.size(), Math.max(0, page) * size);
		return lines.subList(from, Math.min(lines.size(), from + size));
	}

	ApplicationLine line(LicenceApplication application) {
		Clock clock = clock(application);
		LicenceType type = this.types.type(application.typeCode());
		return new ApplicationLine(application.id(), application.applicationNumber(), application.partyName(),
				type.name(), application.status(), application.receivedOn(),
				(clock.decisionDue() != null) ? clock.decisionDue() : clock.acceptanceDue(), clock.workingDaysLeft(),
				clock.overdue());
	}

	/** The progress an applicant sees from the number and the check code, or empty. */
	@Transactional
	public Optional<LicenceApplication> progress(String number, String checkCode) {
		if (number == null || checkCode == null || number.length() > 64 || checkCode.length() > 16) {
			return Optional.empty();
		}
		return this.applications.findByApplicationNumber(number.strip())
			.filter((a) -> java.security.MessageDigest.isEqual(a.checkCode().getBytes(),
					checkCode.strip().toUpperCase(java.util.Locale.ROOT).getBytes()))
			.map(this::current);
	}

	// licences

	@Transactional(readOnly = true)
	public Licence licence(long id, SanxiangPrincipal reader) {
		requireReader(reader);
		Optional<Licence> licence = this.licences.findById(id);
		if (licence.isPresent() && reader.dataScope().agencyIds().contains(licence.get().agencyId())) {
			return licence.get();
		}
		throw RuleViolation.notFound("许可证");
	}

	/** 变更 by the agency head. */
	@Transactional
	public Licence change(long id, int version, String content, String reason, SanxiangPrincipal head) {
		requireHead(head, "LICENSING_CHANGE");
		Licence licence = licenceActable(id, version, head);
		licence.requireInForce("变更");
		Document issued = issue("LICENCE_CHANGE", licenceValues(licence, reason, "准予变更。变更后的许可内容：" + content), licence,
				head);
		licence.change(content, reason, today(), issued.id(), issued.number(), this.time.now());
		return this.licences.save(licence);
	}

	/** 延续, applied for on {@code appliedOn}, by the agency head. */
	@Transactional
	public Licence renew(long id, int version, LocalDate appliedOn, SanxiangPrincipal head) {
		requireHead(head, "LICENSING_RENEW");
		Licence licence = licenceActable(id, version, head);
		licence.requireInForce("延续");
		LicenceType type = this.types.type(licence.typeCode());
		if (licence.validTo() == null || type.validityYears() == null) {
			throw new RuleViolation("LICENSING_NO_TERM", "该许可未设有效期限，无需延续");
		}
		LocalDate newTo = licence.validTo().plusYears(type.validityYears());
		Document issued = issue("LICENCE_RENEWAL",
				licenceValues(licence, "被许可人于" + appliedOn + "申请延续，经审查符合法定条件。", "准予延续，有效期延续至" + newTo + "。"), licence,
				head);
		licence.extend(appliedOn, newTo, today(), issued.id(), issued.number(), this.time.now());
		return this.licences.save(licence);
	}

	/**
	 * 撤回, 撤销 or 注销 by the agency head. 撤销 is a licensing decision the legal-review
	 * catalogue lists: it is made only with the content that passed review (see
	 * {@link #proposedRevocation}).
	 */
	@Transactional
	public Licence end(long id, int version, LicenceEnded.Kind kind, String reason, SanxiangPrincipal head) {
		requireHead(head, "LICENSING_END");
		if (kind == null || kind == LicenceEnded.Kind.SUSPENDED_PERMANENTLY) {
			throw new RuleViolation("LICENSING_END_KIND", "请选择撤回、撤销或注销（吊销是行政处罚，在案件中决定）");
		}
		Licence licence = licenceActable(id, version, head);
		licence.requireInForce(kind.label());
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw new RuleViolation("LICENSING_END_REASON", "请填写" + kind.label() + "的理由（不超过2000字）");
		}
		if (kind == LicenceEnded.Kind.REVOKED) {
			requireReviewed(licence, reason, head);
		}
		String type = switch (kind) {
			case WITHDRAWN -> "LICENCE_WITHDRAWAL";
			case CANCELLED -> "LICENCE_CANCELLATION";
			default -> "LICENCE_REVOCATION";
		};
		Map<String, Object> values = licenceValues(licence, reason, "决定" + kind.label() + "该行政许可。");
		if (kind != LicenceEnded.Kind.CANCELLED) {
			values.put("remedies", REMEDIES);
		}
		Document issued = issue(type, values, licence, head);
		licence.end(kind, reason, today(), issued.id(), issued.number(), this.time.now());
		return this.licences.save(licence);
	}

	/** The party's applications and licences (一企一档). */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> ofParty(long partyId, java.util.Set<Long> agencyIds) {
		return this.jdbc.sql("""
				select 'APPLICATION' as kind, a.id, a.application_number as number, t.name as type_name, a.status,
				       a.received_on as on_day from licence_application a join licence_type t on t.code = a.type_code
				 where a.party_id = :party and a.agency_id in (:agencies)
				union all
				select 'LICENCE', l.id, l.licence_number, l.certificate_name, l.status, l.valid_to
				  from licence l where l.party_id = :party and l.agency_id in (:agencies)
				order by on_day desc""").param("party", partyId).param("agencies", agencyIds).query().listOfRows();
	}

	// helpers

	private WorkingCalendar days() {
		return this.calendar.calendar();
	}

	/** Applies deemed acceptance when the acceptance limit has run out unanswered. */
	private LicenceApplication current(LicenceApplication application) {
		if (application.status() != ApplicationStatus.RECEIVED) {
			return application;
		}
		LicenceType type = this.types.type(application.typeCode());
		LocalDate due = LicensingClock.acceptanceDue(days(), application.submittedOn(), type.acceptanceDays());
		if (application.deemAcceptedIfLate(due, today())) {
			return this.applications.save(application);
		}
		return application;
	}

	private LicenceApplication actable(long id, int version, SanxiangPrincipal actor) {
		LicenceApplication application = inScope(id, actor);
		if (!Objects.equals(application.version(), version)) {
			throw RuleViolation.conflict("该申请已被他人办理（当前为“" + application.status().chineseName() + "”），请刷新后再操作");
		}
		return current(application);
	}

	private LicenceApplication inScope(long id, SanxiangPrincipal reader) {
		requireReader(reader);
		Optional<LicenceApplication> application = this.applications.findById(id);
		if (application.isPresent() && reader.dataScope().agencyIds().contains(application.get().agencyId())) {
			return application.get();
		}
		if (application.isPresent()) {
			this.events.publishEvent(new AccessRefused("LICENSING_READ_REFUSED", "LicenceApplication",
					String.valueOf(id), "outside data scope"));
		}
		throw RuleViolation.notFound("许可申请");
	}

	private Licence licenceActable(long id, int version, SanxiangPrincipal actor) {
		Licence licence = licence(id, actor);
		if (!Objects.equals(licence.version(), version)) {
			throw RuleViolation.conflict("该许可证已被他人处理（当前为“" + licence.status().chineseName() + "”），请刷新后再操作");
		}
		return licence;
	}

	private void requireReader(SanxiangPrincipal reader) {
		boolean worker = reader.roles().stream().anyMatch(Role::mayReadCaseContent)
				&& reader.roles().stream().noneMatch(Role::isAdministrator);
		if (!worker) {
			this.events.publishEvent(new AccessRefused("LICENSING_READ", "LicenceApplication", "-", "not an officer"));
			throw new RuleViolation("LICENSING_OFFICERS_ONLY", "行政许可申请仅限本机关执法人员查阅", HttpStatus.FORBIDDEN);
		}
	}

	private void requireClerk(SanxiangPrincipal clerk, String action) {
		requireReader(clerk);
		if (!clerk.hasRole(Role.OFFICER) && !clerk.hasRole(Role.UNIT_HEAD)) {
			this.events.publishEvent(new AccessRefused(action, "LicenceApplication", "-", "not a window officer"));
			throw new RuleViolation("LICENSING_CLERK_ONLY", "只有本机关窗口工作人员（执法人员）可以办理收件、受理和补正", HttpStatus.FORBIDDEN);
		}
	}

	private void requireHead(SanxiangPrincipal head, String action) {
		requireReader(head);
		if (!head.hasRole(Role.AGENCY_HEAD)) {
			this.events.publishEvent(new AccessRefused(action, "LicenceApplication", "-", "not the agency head"));
			throw new RuleViolation("LICENSING_HEAD_ONLY", "许可决定、延长期限及变更、延续、撤回、撤销、注销由行政机关负责人作出", HttpStatus.FORBIDDEN);
		}
	}

	private Map<String, Object> partyValues(LicenceApplication application, LicenceType type) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("partyName", application.partyName());
		Optional.ofNullable(partyCreditCode(application.partyId(), application.agencyId()))
			.ifPresent((c) -> values.put("partyIdentifier", c));
		values.put("applicationNumber", application.applicationNumber());
		values.put("licenceType", type.name());
		return values;
	}

	private String partyCreditCode(long partyId, long agencyId) {
		return this.parties.party(partyId, java.util.Set.of(agencyId)).creditCode();
	}

	private Map<String, Object> licenceValues(Licence licence, String reason, String content) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("partyName", licence.partyName());
		Optional.ofNullable(partyCreditCode(licence.partyId(), licence.agencyId()))
			.ifPresent((c) -> values.put("partyIdentifier", c));
		values.put("licence", licence.certificateName() + " " + licence.licenceNumber());
		values.put("reason", (reason == null) ? "" : reason.strip());
		values.put("content", content);
		return values;
	}

	private Document issue(String type, Map<String, Object> values, LicenceApplication application,
			SanxiangPrincipal actor) {
		java.util.Set<Long> scope = actor.dataScope().agencyIds();
		Document draft = this.documents.draft(type, values, application.partyId(),
				new Document.Owner(OWNER_APPLICATION, application.applicationNumber()), null, actor, scope);
		return this.documents.issue(draft.id(), draft.version(), actor, scope);
	}

	private Document issue(String type, Map<String, Object> values, Licence licence, SanxiangPrincipal actor) {
		java.util.Set<Long> scope = actor.dataScope().agencyIds();
		Document draft = this.documents.draft(type, values, licence.partyId(),
				new Document.Owner(OWNER_LICENCE, Long.toString(licence.id())), null, actor, scope);
		return this.documents.issue(draft.id(), draft.version(), actor, scope);
	}

	/** {agency code}-{year}-XK-{n}, gap-free per agency and year. */
	private String nextNumber(long agencyId, int year) {
		int seq = this.counters.next("licence_application_counter", agencyId, year);
		return this.agencies.agency(agencyId).code() + "-" + year + "-XK-" + String.format("%04d", seq);
	}

	private static String checkCode() {
		StringBuilder code = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	// review gate (L3)

	/** 行政许可法 第六十九条, in the version in force since 2019-04-23. */
	static final ProposedDecision.Provision REVOCATION_BASIS = new ProposedDecision.Provision("《中华人民共和国行政许可法》第六十九条",
			LocalDate.of(2019, 4, 23));

	/** The kind of deciding record the review knows a licence by. */
	static final String REVIEW_SUBJECT = "LICENCE";

	/**
	 * The handling unit (an officer or the unit head of the agency) submits the
	 * revocation of a licence in force, with its reason, for legal review: the frozen
	 * content is the licence (number, certificate, content, validity), the party, the
	 * reason, the legal basis (行政许可法 第六十九条), the licence's last document as evidence, and
	 * the draft decision and the statement of the reason as materials.
	 */
	@Transactional
	public ReviewRequest submitRevocation(long id, String reason, SanxiangPrincipal officer) {
		requireClerk(officer, "LICENSING_REVOCATION_SUBMIT");
		Licence licence = licence(id, officer);
		licence.requireInForce(LicenceEnded.Kind.REVOKED.label());
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw new RuleViolation("LICENSING_END_REASON", "请填写撤销的理由（不超过2000字）");
		}
		return this.reviews.submit(proposedRevocation(licence, reason, today()), officer);
	}

	/**
	 * The revocation as handed to review. Its decision date is the day of submission; the
	 * head's act rebuilds it with the date of the latest request on the licence, so that
	 * only the reason and the licence as reviewed give the same digest.
	 */
	ProposedDecision proposedRevocation(Licence licence, String reason, LocalDate decisionDate) {
		Party party = this.parties.party(licence.partyId(), java.util.Set.of(licence.agencyId()));
		PartyType partyType = (party.kind() == PartyKind.PERSON) ? PartyType.INDIVIDUAL : PartyType.UNIT;
		String address = (party.address() == null || party.address().isBlank()) ? "（未登记）" : party.address();
		String why = reason.strip();
		String licenceLine = licence.certificateName() + " " + licence.licenceNumber() + "（有效期" + licence.validFrom()
				+ "至" + ((licence.validTo() != null) ? licence.validTo() : "长期") + "）：" + licence.content();
		List<ProposedDecision.EvidenceRef> evidence = new java.util.ArrayList<>();
		Long grant = this.applications.findById(licence.applicationId())
			.map(LicenceApplication::decisionDocumentId)
			.orElse(null);
		for (Long documentId : new java.util.LinkedHashSet<>(
				java.util.Arrays.asList(grant, licence.lastDocumentId()))) {
			if (documentId == null) {
				continue;
			}
			Document document = this.documents.get(documentId, java.util.Set.of(licence.agencyId()));
			if (document.pdfSha256() != null) {
				evidence.add(new ProposedDecision.EvidenceRef(document.number(), "文书",
						documentId.equals(grant) ? "准予行政许可决定书" : "许可变更或延续决定书", document.pdfSha256()));
			}
		}
		String draft = "决定撤销" + licence.partyName() + "的" + licenceLine + "。理由：" + why + "。依据："
				+ REVOCATION_BASIS.citation() + "。" + REMEDIES;
		List<ProposedDecision.Material> materials = List.of(
				new ProposedDecision.Material(MaterialKind.DRAFT_DECISION, "撤销行政许可决定书（草案）", sha256(draft)),
				new ProposedDecision.Material(MaterialKind.INVESTIGATION_REPORT, "撤销行政许可的事实与理由说明",
						sha256(licenceLine + "\n" + why)));
		return new ProposedDecision(REVIEW_SUBJECT, Long.toString(licence.id()), licence.agencyId(),
				"关于撤销" + licence.partyName() + licence.certificateName() + "（" + licence.licenceNumber() + "）的决定",
				decisionDate, new ProposedDecision.Party(partyType, licence.partyName(), party.creditCode(), address),
				licenceLine + "\n撤销理由：" + why, evidence, List.of(REVOCATION_BASIS), List.of(REVOCATION_BASIS),
				new ProposedDecision.Discretion("", "撤销行政许可不适用裁量基准", false),
				java.util.EnumSet.of(DecisionAction.LICENCE_REVOCATION), null, null, false, java.util.Set.of(),
				List.of(), materials);
	}

	/**
	 * Refuses 撤销 unless the review passed exactly this content (the licence as it stands
	 * and this reason, dated as the latest request on the licence was).
	 */
	private void requireReviewed(Licence licence, String reason, SanxiangPrincipal head) {
		LocalDate proposedOn = this.reviews.latestFor(REVIEW_SUBJECT, Long.toString(licence.id()), head)
			.map((request) -> request.current().snapshot().decisionDate())
			.filter((date) -> !date.isAfter(today()))
			.orElse(today());
		GateAnswer answer = this.reviews.mayDecide(proposedRevocation(licence, reason, proposedOn));
		if (!answer.allowed()) {
			throw new RuleViolation("LICENSING_REVIEW_REQUIRED", "撤销行政许可须经法制审核通过：" + answer.reason(),
					HttpStatus.CONFLICT);
		}
	}

	private static String sha256(String text) {
		return org.sanxiang.core.ContentDigests.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).sha256();
	}

	// pages (L2)

	/**
	 * The issued documents of a licence, oldest first: the 准予行政许可决定书 and the 行政许可证
	 * (issued on the application) and every later decision on the licence (变更, 延续, 撤回,
	 * 撤销, 注销), each named by its type and 文号.
	 */
	@Transactional(readOnly = true)
	public List<LicenceDocument> licenceDocuments(Licence licence, SanxiangPrincipal reader) {
		requireReader(reader);
		java.util.Set<Long> scope = reader.dataScope().agencyIds();
		LicenceApplication application = application(licence.applicationId(), reader);
		java.util.stream.Stream<Document> granted = this.documents
			.ofOwner(new Document.Owner(OWNER_APPLICATION, application.applicationNumber()), scope)
			.stream()
			.filter((d) -> "LICENSING_GRANT".equals(d.typeCode()) || "LICENCE_CERTIFICATE".equals(d.typeCode()));
		java.util.stream.Stream<Document> later = this.documents
			.ofOwner(new Document.Owner(OWNER_LICENCE, Long.toString(licence.id())), scope)
			.stream();
		return java.util.stream.Stream.concat(granted, later)
			.filter((d) -> d.number() != null && !d.draft())
			.map((d) -> new LicenceDocument(d.id(), this.documents.type(d).name(), d.number()))
			.toList();
	}

	/** A document of a licence as its page lists it. */
	public record LicenceDocument(long id, String typeName, String number) {
	}

	/**
	 * Every application of the reader's agency (open and closed) as list lines, the clock
	 * applied; the page filters, sorts and pages them.
	 */
	@Transactional
	public List<ApplicationLine> applicationLines(SanxiangPrincipal reader) {
		requireReader(reader);
		return linesIn(reader.dataScope().agencyIds(), false);
	}

	/** The open applications of these agencies as lines (the to-dos). */
	@Transactional
	List<ApplicationLine> linesIn(java.util.Set<Long> agencyIds, boolean openOnly) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select id from licence_application where agency_id in (:agencies)"
					+ (openOnly ? " and status in ('RECEIVED', 'CORRECTING', 'ACCEPTED')" : "")
					+ " order by received_on desc, id desc")
			.param("agencies", agencyIds)
			.query(Long.class)
			.list()
			.stream()
			.map((id) -> line(current(this.applications.findById(id).orElseThrow())))
			.toList();
	}

	/** The licences of the reader's agency. */
	@Transactional(readOnly = true)
	public List<Licence> licences(SanxiangPrincipal reader) {
		requireReader(reader);
		return licencesIn(reader.dataScope().agencyIds());
	}

	List<Licence> licencesIn(java.util.Set<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.jdbc.sql("select id from licence where agency_id in (:agencies) order by id desc")
			.param("agencies", agencyIds)
			.query(Long.class)
			.list();
		List<Licence> found = new java.util.ArrayList<>();
		this.licences.findAllById(ids).forEach(found::add);
		return found;
	}

}
