package org.sanxiang.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * One file per party (一企一档): the party's particulars, its change list, and every
 * {@link SubjectFileSection.Kind} with the entries the implementing modules contribute.
 */
@Service
public class SubjectFile {

	private final PartyRegistry registry;

	private final List<SubjectFileSection> sections;

	SubjectFile(PartyRegistry registry, List<SubjectFileSection> sections) {
		this.registry = registry;
		this.sections = List.copyOf(sections);
	}

	public View of(long partyId, Set<Long> agencyIds) {
		Party party = this.registry.party(partyId, agencyIds);
		List<Section> shown = new ArrayList<>();
		for (SubjectFileSection.Kind kind : SubjectFileSection.Kind.values()) {
			List<SubjectFileSection.Entry> entries = new ArrayList<>();
			boolean provided = false;
			for (SubjectFileSection section : this.sections) {
				if (section.kind() == kind) {
					provided = true;
					entries.addAll(section.entriesFor(partyId, agencyIds));
				}
			}
			shown.add(new Section(kind, provided, entries));
		}
		return new View(party, shown, this.registry.history(partyId, agencyIds));
	}

	/** The file as shown. */
	public record View(Party party, List<Section> sections, List<PartyChange> history) {
	}

	/**
	 * A section; {@code provided} is false while no module records this kind yet (the
	 * page then leaves it out).
	 */
	public record Section(SubjectFileSection.Kind kind, boolean provided, List<SubjectFileSection.Entry> entries) {
	}

}
