package org.sanxiang.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Implemented by a module that adds records to a party's file (一企一档): permits,
 * inspections, cases, decisions, publications, evidence, documents. Each implementation
 * answers for one {@link Kind}; the file page shows every kind some module provides,
 * saying plainly when nothing is recorded.
 */
public interface SubjectFileSection {

	Kind kind();

	/**
	 * The records of this kind for the party, newest first, within the caller's agencies.
	 */
	List<Entry> entriesFor(long partyId, Set<Long> agencyIds);

	/** One line of the file: when, what, and where to read it. */
	record Entry(LocalDate date, String title, String link) {
	}

	/** The sections of the file, in page order. */
	enum Kind {

		PERMIT("许可"), INSPECTION("检查"), CASE("案件"), DECISION("处罚决定"), PUBLICITY("公示"), EVIDENCE("证据"), DOCUMENT("文书"),
		/** Clues (案源) about the party, from the casefile module. */
		CLUE("案源");

		private final String chineseName;

		Kind(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

}
