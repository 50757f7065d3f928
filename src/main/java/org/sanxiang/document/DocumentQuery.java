package org.sanxiang.document;

/**
 * What the document list asks for: filters, sort and one page (0-based, at most
 * {@link #MAX_SIZE} documents).
 */
record DocumentQuery(Document.Status status, String type, String text, Sort sort, boolean ascending, int page,
		int size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	public DocumentQuery {
		sort = (sort != null) ? sort : Sort.UPDATED;
		page = Math.max(0, Math.min(page, 1_000_000));
		size = (size <= 0) ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	/** The first page of everything, newest first. */
	public static DocumentQuery all() {
		return new DocumentQuery(null, null, null, Sort.UPDATED, false, 0, DEFAULT_SIZE);
	}

	/** The orders a list can be sorted in. */
	public enum Sort {

		/** Last changed. */
		UPDATED("updated_at"),
		/** 签发日期 (drafts last). */
		DATE("issue_date"),
		/** 文号: within one series a shorter number is a smaller one (2号 before 12号). */
		NUMBER("doc_number");

		private final String column;

		Sort(String column) {
			this.column = column;
		}

		String orderBy(boolean ascending) {
			String direction = ascending ? " asc" : " desc";
			String nulls = "case when " + this.column + " is null then 1 else 0 end, ";
			String order = (this == NUMBER) ? "length(doc_number)" + direction + ", doc_number" : this.column;
			return nulls + order + direction + ", id" + direction;
		}

	}

}
