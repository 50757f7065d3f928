package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of a case's timeline (全过程记录): which act, on which date, recorded by whom and
 * when, with the officers on it (as the register knew them), the documents and the
 * evidence items it rests on, and what it says. Entries are appended, never changed.
 */
@Table("case_entry")
public class CaseEntry {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<ActingOfficer>> OFFICERS = new TypeReference<>() {
	};

	private final CaseAct act;

	private final LocalDate actedOn;

	private final Instant recordedAt;

	private final String actor;

	private final String actorName;

	private final String officers;

	private final String documentIds;

	private final String evidenceIds;

	private final String note;

	@PersistenceCreator
	CaseEntry(CaseAct act, LocalDate actedOn, Instant recordedAt, String actor, String actorName, String officers,
			String documentIds, String evidenceIds, String note) {
		this.act = act;
		this.actedOn = actedOn;
		this.recordedAt = recordedAt;
		this.actor = actor;
		this.actorName = actorName;
		this.officers = officers;
		this.documentIds = documentIds;
		this.evidenceIds = evidenceIds;
		this.note = note;
	}

	static CaseEntry of(CaseAct act, Acting acting, List<ActingOfficer> officers, List<Long> documents,
			List<Long> evidence, String note) {
		return new CaseEntry(act, acting.on(), acting.at(), acting.actor().username(), acting.actor().name(),
				officers.isEmpty() ? null : JSON.writeValueAsString(officers), ids(documents), ids(evidence),
				(note == null || note.isBlank()) ? null : note.strip());
	}

	private static String ids(List<Long> ids) {
		return (ids == null || ids.isEmpty()) ? null
				: ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Long> ids(String text) {
		return (text == null) ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
	}

	public CaseAct act() {
		return this.act;
	}

	public LocalDate actedOn() {
		return this.actedOn;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public String actor() {
		return this.actor;
	}

	public String actorName() {
		return this.actorName;
	}

	public List<ActingOfficer> officers() {
		return (this.officers == null) ? List.of() : JSON.readValue(this.officers, OFFICERS);
	}

	public List<Long> documentIds() {
		return ids(this.documentIds);
	}

	public List<Long> evidenceIds() {
		return ids(this.evidenceIds);
	}

	public String note() {
		return this.note;
	}

	// The raw columns, for CaseTimeline's insert

	String officersJson() {
		return this.officers;
	}

	String documentIdsText() {
		return this.documentIds;
	}

	String evidenceIdsText() {
		return this.evidenceIds;
	}

}
