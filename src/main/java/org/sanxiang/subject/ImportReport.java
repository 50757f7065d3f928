package org.sanxiang.subject;

import java.util.List;

/**
 * What an import file holds or did: counts and the refused rows (row number, column,
 * reason). {@code token} names the pending import between preview and confirmation.
 */
record ImportReport(String token, String fileName, String sha256, DuplicatePolicy policy, int rows, int toInsert,
		int toUpdate, int merged, List<RowError> errors, List<RowInError> rowsInError) {

	/**
	 * The template's column headers, in the order {@link RowInError#values()} gives them.
	 */
	public List<String> columnHeaders() {
		return columns();
	}

	static List<String> columns() {
		return java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
	}

	public int rejectedRows() {
		return (int) this.errors.stream().mapToInt(RowError::row).distinct().count();
	}

	/**
	 * A refused row as the file gave it (in the order of {@link #columns()}), and the
	 * columns in error, for the preview.
	 */
	public record RowInError(int row, List<String> values, java.util.Set<String> columnsInError) {
	}

	/** One refused cell or row. */
	public record RowError(int row, String column, String code, String message) {
	}

	/** What to do with a credit code already registered or repeated in the file. */
	public enum DuplicatePolicy {

		MERGE("合并（以文件为准更新）"), REFUSE("拒绝（报告为错误）");

		private final String chineseName;

		DuplicatePolicy(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

}
