package org.sanxiang.subject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sanxiang.core.DateRange;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.subject.ImportReport.DuplicatePolicy;
import org.sanxiang.subject.ImportReport.RowError;

/**
 * One streaming pass over an import file: matches the header row by column name,
 * validates every row as a {@link PartyDraft}, finds duplicates, and hands valid rows to
 * a writer (none during the preview).
 */
final class ImportScan implements SheetReader.RowHandler {

	static final int MAX_CELL_LENGTH = 500;

	static final int MAX_ROWS = 200_000;

	static final int MAX_ERRORS = 20_000;

	/** Checked in place of a masked phone; the writer keeps the stored number instead. */
	private static final String STANDS_FOR_STORED = "13800000000";

	/** Rows in error shown whole in the preview. */
	static final int MAX_ROWS_SHOWN = 200;

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

	private final LocalDate today;

	private final DuplicatePolicy policy;

	private final Map<String, Long> existing;

	private final Set<Integer> skip;

	private final ImportWriter writer;

	private final Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);

	private final Map<String, Integer> lastRowOfCode = new HashMap<>();

	private final Set<Integer> superseded = new HashSet<>();

	private final List<RowError> errors = new ArrayList<>();

	private final List<ImportReport.RowInError> rowsInError = new ArrayList<>();

	private int rows;

	private boolean headerSeen;

	ImportScan(LocalDate today, DuplicatePolicy policy, Map<String, Long> existing, Set<Integer> skip,
			ImportWriter writer) {
		this.today = today;
		this.policy = policy;
		this.existing = existing;
		this.skip = skip;
		this.writer = writer;
	}

	static boolean looksLikeXlsx(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}

	void run(Path file) throws IOException {
		SheetReader.read(file, MAX_CELL_LENGTH, this);
		if (!this.headerSeen) {
			throw new RuleViolation("SUBJECT_IMPORT_EMPTY", "文件中没有表头行，请使用模板");
		}
	}

	@Override
	public void row(int rowNumber, TreeMap<Integer, SheetReader.Cell> cells) {
		if (!this.headerSeen) {
			header(cells);
			return;
		}
		if (cells.values().stream().allMatch((c) -> !c.formula() && c.text().isBlank())) {
			return;
		}
		if (++this.rows > MAX_ROWS) {
			throw new RuleViolation("SUBJECT_IMPORT_TOO_MANY_ROWS", "一次最多导入" + MAX_ROWS + "行，请拆分文件");
		}
		List<RowError> rowErrors = new ArrayList<>();
		Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
		this.columns.forEach((column, index) -> {
			SheetReader.Cell cell = cells.get(index);
			if (cell == null) {
				return;
			}
			if (cell.formula()) {
				rowErrors.add(new RowError(rowNumber, column.header(), "CELL_FORMULA", "单元格含公式，不予计算；请填写数值或文本"));
			}
			else if (cell.text().length() > MAX_CELL_LENGTH) {
				rowErrors.add(
						new RowError(rowNumber, column.header(), "CELL_TOO_LONG", "单元格内容超过" + MAX_CELL_LENGTH + "个字符"));
			}
			else {
				values.put(column, cell.text());
			}
		});
		String code = PartyDraft.strip(values.get(ImportColumn.CREDIT_CODE));
		boolean registered = code != null && this.existing.containsKey(code);
		boolean keepPhone = masked(rowNumber, ImportColumn.PHONE, values, registered, rowErrors);
		boolean keepContactPhone = masked(rowNumber, ImportColumn.CONTACT_PHONE, values, registered, rowErrors);
		PartyDraft draft = draft(rowNumber, values, rowErrors);
		Set<String> erred = new HashSet<>();
		rowErrors.forEach((e) -> erred.add(e.column()));
		boolean dateErred = erred.contains(ImportColumn.PERMIT_VALID_FROM.header())
				|| erred.contains(ImportColumn.PERMIT_VALID_TO.header());
		for (FieldError error : draft.problems(this.today)) {
			ImportColumn column = ImportColumn.byField(error.field());
			String header = (column == null) ? error.field() : column.header();
			if (!erred.contains(header) && !(dateErred && error.field().startsWith("permitValid"))) {
				rowErrors.add(new RowError(rowNumber, header, error.code(), error.message()));
			}
		}
		boolean codeErred = rowErrors.stream().anyMatch((e) -> e.column().equals(ImportColumn.CREDIT_CODE.header()));
		if (!codeErred && rowErrors.isEmpty()) {
			duplicates(rowNumber, draft.creditCode().strip(), rowErrors);
		}
		else if (!codeErred && code != null && this.policy == DuplicatePolicy.REFUSE
				&& (registered || this.lastRowOfCode.containsKey(code))) {
			rowErrors.add(new RowError(rowNumber, ImportColumn.CREDIT_CODE.header(), "CREDIT_CODE_TAKEN",
					registered ? "本机关已登记该统一社会信用代码" : "与第" + this.lastRowOfCode.get(code) + "行的统一社会信用代码重复"));
		}
		if (!rowErrors.isEmpty()) {
			if (this.errors.size() < MAX_ERRORS) {
				this.errors.addAll(rowErrors);
			}
			if (this.rowsInError.size() < MAX_ROWS_SHOWN) {
				Set<String> columns = new HashSet<>();
				rowErrors.forEach((e) -> columns.add(e.column()));
				this.rowsInError.add(new ImportReport.RowInError(rowNumber,
						java.util.Arrays.stream(ImportColumn.values())
							.map((c) -> shown(cells.get(this.columns.getOrDefault(c, -1))))
							.toList(),
						Set.copyOf(columns)));
			}
			return;
		}
		if (this.writer != null && !this.skip.contains(rowNumber)) {
			this.writer.add(draft, this.existing.get(draft.creditCode().strip()), keepPhone, keepContactPhone);
		}
	}

	/**
	 * A phone as an export writes it (masked, with {@code *}) stands for "unchanged" on a
	 * registered party: a well-formed number is checked in its place, and the writer
	 * keeps the stored number. On a new party it is an error.
	 */
	private static boolean masked(int rowNumber, ImportColumn column, Map<ImportColumn, String> values,
			boolean registered, List<RowError> rowErrors) {
		String value = values.get(column);
		if (value == null || !value.contains("*")) {
			return false;
		}
		values.put(column, STANDS_FOR_STORED);
		if (!registered) {
			rowErrors
				.add(new RowError(rowNumber, column.header(), "PHONE_MASKED", "含*的脱敏号码只能用于已登记的单位（表示不修改），新登记请填写完整号码"));
			return false;
		}
		return true;
	}

	private static String shown(SheetReader.Cell cell) {
		if (cell == null) {
			return "";
		}
		String text = cell.formula() ? "（公式）" : cell.text();
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

	private void header(TreeMap<Integer, SheetReader.Cell> cells) {
		cells.forEach((index, cell) -> {
			ImportColumn column = ImportColumn.byHeader(cell.text());
			if (column != null && !cell.formula()) {
				this.columns.putIfAbsent(column, index);
			}
		});
		List<String> missing = java.util.Arrays.stream(ImportColumn.values())
			.filter((c) -> c.required() && !this.columns.containsKey(c))
			.map(ImportColumn::header)
			.toList();
		if (!missing.isEmpty()) {
			throw new RuleViolation("SUBJECT_IMPORT_MISSING_COLUMNS",
					"文件缺少必填列：" + String.join("、", missing) + "；整个文件未导入");
		}
		this.headerSeen = true;
	}

	private void duplicates(int rowNumber, String code, List<RowError> rowErrors) {
		Integer earlier = this.lastRowOfCode.get(code);
		if (earlier != null) {
			if (this.policy == DuplicatePolicy.REFUSE) {
				rowErrors.add(new RowError(rowNumber, ImportColumn.CREDIT_CODE.header(),
						"CREDIT_CODE_DUPLICATE_IN_FILE", "与第" + earlier + "行的统一社会信用代码重复"));
				return;
			}
			this.superseded.add(earlier);
		}
		else if (this.existing.containsKey(code) && this.policy == DuplicatePolicy.REFUSE) {
			rowErrors.add(
					new RowError(rowNumber, ImportColumn.CREDIT_CODE.header(), "CREDIT_CODE_TAKEN", "本机关已登记该统一社会信用代码"));
			return;
		}
		this.lastRowOfCode.put(code, rowNumber);
	}

	private PartyDraft draft(int rowNumber, Map<ImportColumn, String> v, List<RowError> rowErrors) {
		LocalDate from = date(rowNumber, ImportColumn.PERMIT_VALID_FROM, v, rowErrors);
		LocalDate to = date(rowNumber, ImportColumn.PERMIT_VALID_TO, v, rowErrors);
		String flag = v.getOrDefault(ImportColumn.KEY_POLLUTER, "").strip();
		boolean keyPolluter = Set.of("是", "Y", "y", "1", "TRUE", "true").contains(flag);
		if (!flag.isEmpty() && !keyPolluter && !Set.of("否", "N", "n", "0", "FALSE", "false").contains(flag)) {
			rowErrors
				.add(new RowError(rowNumber, ImportColumn.KEY_POLLUTER.header(), "KEY_POLLUTER_FORMAT", "请填写“是”或“否”"));
		}
		List<PartyDraft.ContactDraft> contacts = List
			.of(new PartyDraft.ContactDraft(v.get(ImportColumn.CONTACT_NAME), v.get(ImportColumn.CONTACT_PHONE)));
		return new PartyDraft(PartyKind.ORGANISATION, v.get(ImportColumn.NAME), v.get(ImportColumn.CREDIT_CODE),
				v.get(ImportColumn.LEGAL_REPRESENTATIVE), v.get(ImportColumn.ADDRESS), v.get(ImportColumn.REGION_CODE),
				v.get(ImportColumn.INDUSTRY_CODE), v.get(ImportColumn.PERMIT_NUMBER), from, to,
				v.get(ImportColumn.MANAGEMENT_CLASS), keyPolluter, null, v.get(ImportColumn.PHONE), contacts);
	}

	private static LocalDate date(int rowNumber, ImportColumn column, Map<ImportColumn, String> v,
			List<RowError> rowErrors) {
		String text = v.getOrDefault(column, "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return DateRange.check(column.header(), parseDate(text));
		}
		catch (DateRange.OutOfRange ex) {
			rowErrors.add(new RowError(rowNumber, column.header(), ex.code(), DateRange.OutOfRange.message()));
			return null;
		}
		catch (DateTimeParseException ex) {
			rowErrors.add(new RowError(rowNumber, column.header(), "DATE_FORMAT", "日期格式应为2025-01-31"));
			return null;
		}
	}

	private static LocalDate parseDate(String text) {
		if (text.matches("[0-9]{1,5}(\\.0+)?")) {
			double serial = Double.parseDouble(text);
			if (serial >= 1 && serial < 2958466) {
				return LocalDate.of(1899, 12, 30).plusDays((long) serial);
			}
		}
		return text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
	}

	Set<Integer> superseded() {
		return Set.copyOf(this.superseded);
	}

	ImportReport report(String token, String fileName, String sha256) {
		int toInsert = 0;
		int toUpdate = 0;
		for (String code : this.lastRowOfCode.keySet()) {
			if (this.existing.containsKey(code)) {
				toUpdate++;
			}
			else {
				toInsert++;
			}
		}
		return new ImportReport(token, fileName, sha256, this.policy, this.rows, toInsert, toUpdate,
				this.superseded.size(), List.copyOf(this.errors), List.copyOf(this.rowsInError));
	}

}
