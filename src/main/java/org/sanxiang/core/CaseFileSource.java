package org.sanxiang.core;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Implemented by each module that keeps records belonging to another record (an
 * inspection, a case), so that the 案卷 export collects them without the two modules
 * knowing each other: the document module answers with an owner's issued documents, the
 * evidence module with its evidence items and their custody logs.
 */
public interface CaseFileSource {

	/**
	 * The files of the owner (kind and id, as evidence and documents name their owner)
	 * within the agencies of {@code scope}; empty when there are none.
	 */
	List<Entry> entries(String ownerKind, String ownerId, Set<Long> scope);

	/**
	 * The two volumes of a 案卷: 正卷 for what the case decides on, 副卷 for internal records.
	 */
	enum Section {

		MAIN("正卷"), INTERNAL("副卷");

		private final String label;

		Section(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** Opens a file's bytes afresh, streamed. */
	@FunctionalInterface
	interface Content {

		InputStream open() throws IOException;

	}

	/**
	 * One file of the 案卷.
	 *
	 * @param section 正卷 or 副卷
	 * @param orderKey sorts the files within a section (the archive order)
	 * @param category what it is, e.g. {@code 文书}, {@code 证据}
	 * @param title what people call it, e.g. {@code 行政处罚决定书 牡环罚〔2026〕12号}
	 * @param date its date (issue, capture), or null
	 * @param fileName its name in the ZIP, without folders
	 * @param size its size in bytes
	 * @param digests its digests as stored (sealed), or null for a file made for the
	 * export
	 * @param sealedType the type of the ledger subject that sealed it (e.g.
	 * {@code Document}), or null when it is not sealed
	 * @param sealedId the id of that subject (e.g. {@code 牡环罚〔2026〕12号}), or null
	 * @param agencyId the agency that holds it
	 * @param content its bytes
	 */
	record Entry(Section section, String orderKey, String category, String title, LocalDate date, String fileName,
			long size, ContentDigests digests, String sealedType, String sealedId, long agencyId, Content content) {
	}

}
