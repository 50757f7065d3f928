package org.sanxiang.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.AccessRefused;
import org.sanxiang.core.IdNumber;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of regulated parties. Every read is limited to the caller's agencies (data
 * scope); a party outside it is answered as not found and audited as refused. Every
 * change is audited and appended to the party's change list; revealing personal data in
 * full is allowed to the case-handling roles only and audited.
 */
@Service
public class PartyRegistry {

	/** Roles that may see an ID number or phone in full (not 信息公开). */
	public static final Set<Role> MAY_REVEAL = Set.of(Role.OFFICER, Role.UNIT_HEAD, Role.LEGAL_REVIEWER,
			Role.AGENCY_HEAD);

	private final PartyRepository parties;

	private final PartySearch search;

	private final PartyHistory history;

	private final PartyNameIndex names;

	private final PersonalDataCipher cipher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BusinessTime time;

	PartyRegistry(PartyRepository parties, PartySearch search, PartyHistory history, PartyNameIndex names,
			PersonalDataCipher cipher, ApplicationEventPublisher events, Clock clock, BusinessTime time) {
		this.parties = parties;
		this.search = search;
		this.history = history;
		this.names = names;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
		this.time = time;
	}

	public LocalDate today() {
		return this.time.today();
	}

	/** The sortable columns of the parties' list, with their Chinese names. */
	public static final Map<String, String> SORTABLE = Map.of("registered", "登记时间", "name", "名称");

	/**
	 * One page of parties with the total, sorted by registration (newest first) or name.
	 */
	public ResultPage<PartySummary> page(Set<Long> agencyIds, String query, String region, Paging.Params params) {
		return this.search.page(agencyIds, query, region, Paging.of(params, "registered", true, SORTABLE));
	}

	public PartySummary.Page search(Set<Long> agencyIds, String query, String region, int page) {
		return this.search.search(agencyIds, query, region, page);
	}

	public Party party(long id, Set<Long> agencyIds) {
		Party party = this.parties.findById(id).orElse(null);
		if (party != null && agencyIds.contains(party.agencyId())) {
			return party;
		}
		if (party != null) {
			this.events.publishEvent(new AccessRefused("SUBJECT_READ_REFUSED", "RegulatedParty", String.valueOf(id),
					"outside data scope"));
		}
		throw RuleViolation.notFound("监管对象");
	}

	public List<PartyChange> history(long id, Set<Long> agencyIds) {
		return this.history.of(party(id, agencyIds).id());
	}

	@Transactional
	public Party register(long agencyId, PartyDraft draft, Set<Long> agencyIds) {
		if (!agencyIds.contains(agencyId)) {
			throw RuleViolation.notFound("执法主体");
		}
		draft.validated(today());
		refuseTakenCreditCode(agencyId, draft, null);
		Party party = Party.register(agencyId, draft.kind());
		apply(party, draft);
		List<String> fields = List.copyOf(snapshot(party).keySet());
		party.registered(fields);
		Party saved = this.parties.save(party);
		this.names.add(saved.id(), saved.name());
		this.history.record(saved.id(), "REGISTERED", String.join("、", fields));
		return saved;
	}

	@Transactional
	public Party update(long id, int expectedVersion, PartyDraft draft, Set<Long> agencyIds) {
		Party party = party(id, agencyIds);
		if (party.version() != expectedVersion) {
			throw RuleViolation.conflict("该监管对象已被他人修改，请刷新后重试");
		}
		if (draft.kind() != null && draft.kind() != party.kind()) {
			throw new InvalidParty(List.of(new FieldError("kind", "SUBJECT_KIND_FIXED", "监管对象类型登记后不能更改")));
		}
		draft = keepUnchangedPersonalData(party, draft).validated(today());
		refuseTakenCreditCode(party.agencyId(), draft, party.id());
		Map<String, Object> before = snapshot(party);
		String nameBefore = party.name();
		apply(party, draft);
		Map<String, Object> after = snapshot(party);
		List<String> changed = new ArrayList<>();
		after.forEach((label, value) -> {
			if (!Objects.equals(value, before.get(label))) {
				changed.add(label);
			}
		});
		before.keySet().stream().filter((label) -> !after.containsKey(label)).forEach(changed::add);
		if (changed.isEmpty()) {
			return party;
		}
		party.corrected(changed);
		Party saved = this.parties.save(party);
		this.names.rename(saved.id(), nameBefore, saved.name());
		this.history.record(saved.id(), "CHANGED", String.join("、", changed));
		return saved;
	}

	/**
	 * The full value of one personal field ({@code idNumber}, {@code phone} or
	 * {@code contacts[i].phone}); refused, and audited, for a role that may not see it.
	 */
	@Transactional
	public String reveal(long id, String field, Set<Role> roles, Set<Long> agencyIds) {
		if (roles.stream().noneMatch(MAY_REVEAL::contains)) {
			this.events.publishEvent(new AccessRefused("SUBJECT_REVEAL_REFUSED", "RegulatedParty", String.valueOf(id),
					"field=" + field + " roles=" + roles));
			throw new RuleViolation("SUBJECT_REVEAL_FORBIDDEN", "您的角色无权查看完整的个人信息", HttpStatus.FORBIDDEN);
		}
		Party party = party(id, agencyIds);
		Sealed sealed = sealedField(party, field);
		if (sealed == null) {
			throw new RuleViolation("SUBJECT_REVEAL_EMPTY", "该字段没有登记内容", HttpStatus.NOT_FOUND);
		}
		String value = this.cipher.open(sealed.sealed(), "idNumber".equals(field) ? "id_number" : "phone");
		this.events.publishEvent(new PersonalDataRevealed(party.id(), field));
		return value;
	}

	/** Persons of the caller's agencies with exactly this ID number (by blind index). */
	public List<Party> byIdNumber(String idNumber, Set<Long> agencyIds) {
		IdNumber parsed = IdNumber.parse(idNumber, today());
		return this.search.byIdNumberIndex(this.cipher.blindIndex(parsed.value()))
			.stream()
			.map(this.parties::findById)
			.flatMap(java.util.Optional::stream)
			.filter((p) -> agencyIds.contains(p.agencyId()))
			.toList();
	}

	private static Sealed sealedField(Party party, String field) {
		if (field == null) {
			throw new RuleViolation("SUBJECT_REVEAL_UNKNOWN_FIELD", "没有这个个人信息字段", HttpStatus.BAD_REQUEST);
		}
		if (field.equals("idNumber")) {
			return party.idNumber();
		}
		if (field.equals("phone")) {
			return party.phone();
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("contacts\\[(\\d{1,2})]\\.phone").matcher(field);
		if (m.matches() && Integer.parseInt(m.group(1)) < party.contacts().size()) {
			return party.contacts().get(Integer.parseInt(m.group(1))).phone();
		}
		throw new RuleViolation("SUBJECT_REVEAL_UNKNOWN_FIELD", "没有这个个人信息字段", HttpStatus.BAD_REQUEST);
	}

	/**
	 * Personal values are never shown back in a form: a blank ID number or phone in an
	 * edit keeps the registered one (a contact's phone is kept when the contact keeps its
	 * place).
	 */
	private PartyDraft keepUnchangedPersonalData(Party party, PartyDraft draft) {
		String idNumber = (PartyDraft.blank(draft.idNumber()) && party.idNumber() != null)
				? this.cipher.open(party.idNumber().sealed(), "id_number") : draft.idNumber();
		String phone = (PartyDraft.blank(draft.phone()) && party.phone() != null)
				? this.cipher.open(party.phone().sealed(), "phone") : draft.phone();
		List<PartyDraft.ContactDraft> contacts = new ArrayList<>();
		for (int i = 0; i < draft.contacts().size(); i++) {
			PartyDraft.ContactDraft c = draft.contacts().get(i);
			if (PartyDraft.blank(c.phone()) && i < party.contacts().size() && party.contacts().get(i).phone() != null) {
				c = new PartyDraft.ContactDraft(c.name(),
						this.cipher.open(party.contacts().get(i).phone().sealed(), "phone"));
			}
			contacts.add(c);
		}
		return new PartyDraft(draft.kind(), draft.name(), draft.creditCode(), draft.legalRepresentative(),
				draft.address(), draft.regionCode(), draft.industryCode(), draft.permitNumber(),
				draft.permitValidFrom(), draft.permitValidTo(), draft.managementClass(), draft.keyPolluter(), idNumber,
				phone, contacts);
	}

	private void refuseTakenCreditCode(long agencyId, PartyDraft draft, Long self) {
		if (draft.kind() != PartyKind.ORGANISATION) {
			return;
		}
		this.parties.findByAgencyAndCreditCode(agencyId, draft.creditCode().strip())
			.filter((other) -> !other.id().equals(self))
			.ifPresent((other) -> {
				throw new InvalidParty(List
					.of(new FieldError("creditCode", "CREDIT_CODE_TAKEN", "本机关已登记该统一社会信用代码（" + other.name() + "）")));
			});
	}

	private void apply(Party party, PartyDraft draft) {
		Sealed idNumber = null;
		String index = null;
		if (draft.kind() == PartyKind.PERSON) {
			IdNumber id = IdNumber.parse(draft.idNumber(), today());
			idNumber = new Sealed(this.cipher.seal(id.value(), "id_number"), id.masked());
			index = this.cipher.blindIndex(id.value());
		}
		Sealed phone = sealPhone(draft.phone());
		List<Contact> contacts = draft.contacts()
			.stream()
			.map((c) -> new Contact(c.name().strip(), sealPhone(c.phone())))
			.toList();
		party.apply(draft, idNumber, index, phone, contacts);
	}

	Sealed sealPhone(String phone) {
		if (PartyDraft.blank(phone)) {
			return null;
		}
		String normalised = Phones.normalise(phone);
		return new Sealed(this.cipher.seal(normalised, "phone"), Phones.mask(normalised));
	}

	/**
	 * Comparable particulars by Chinese label; personal values compared without storing
	 * them.
	 */
	private Map<String, Object> snapshot(Party p) {
		Map<String, Object> s = new LinkedHashMap<>();
		put(s, "名称", p.name());
		put(s, "统一社会信用代码", p.creditCode());
		put(s, "法定代表人", p.legalRepresentative());
		put(s, "地址", p.address());
		put(s, "行政区划", p.regionCode());
		put(s, "行业代码", p.industryCode());
		put(s, "排污许可证编号", p.permitNumber());
		put(s, "许可证有效期", (p.permitValidFrom() == null) ? null : p.permitValidFrom() + "~" + p.permitValidTo());
		put(s, "管理类别", p.managementClass());
		put(s, "重点排污单位", p.keyPolluter() ? Boolean.TRUE : null);
		put(s, "身份证号", p.idNumberIndex());
		put(s, "电话", (p.phone() == null) ? null : this.cipher.open(p.phone().sealed(), "phone"));
		put(s, "联系人", p.contacts().isEmpty() ? null : p.contacts()
			.stream()
			.map((c) -> c.name() + "/" + ((c.phone() == null) ? "" : this.cipher.open(c.phone().sealed(), "phone")))
			.toList());
		return s;
	}

	private static void put(Map<String, Object> map, String label, Object value) {
		if (value != null) {
			map.put(label, value);
		}
	}

}
