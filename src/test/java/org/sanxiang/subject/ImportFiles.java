package org.sanxiang.subject;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sanxiang.core.CreditCode;

/**
 * Import files for tests and benchmarks, written with SXSSF. Row {@code i} holds a valid
 * organisation with a credit code derived from {@code i}; every 100th row (from row 50)
 * is bad in one of five ways, in turn: a wrong check character, a missing name, the
 * credit code of the row before, a 10,000-character address, a formula as its name.
 */
final class ImportFiles {

	/** The kinds of bad rows, with the column and code the report must give. */
	static final List<String[]> BAD = List.of(new String[] { "统一社会信用代码", "CREDIT_CODE_CHECK_CHARACTER" },
			new String[] { "单位名称", "SUBJECT_NAME_INVALID" },
			new String[] { "统一社会信用代码", "CREDIT_CODE_DUPLICATE_IN_FILE" }, new String[] { "地址", "CELL_TOO_LONG" },
			new String[] { "单位名称", "CELL_FORMULA" });

	private ImportFiles() {
	}

	static String creditCode(int seed, int i) {
		String body = String.format("%09d", (long) seed * 1_000_000 + i).replace('0', 'A').replace('5', 'K');
		return CreditCode.withCheckCharacter("91231002" + body.substring(body.length() - 9)).value();
	}

	static boolean isBad(int i) {
		return i % 100 == 50;
	}

	static int badKind(int i) {
		return (i / 100) % BAD.size();
	}

	/**
	 * Writes {@code rows} data rows with the given header order (indexes into
	 * {@link ImportColumn}).
	 */
	static Path write(Path file, int seed, int rows, List<ImportColumn> columns) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("监管对象");
			Row header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c).templateHeader());
			}
			for (int i = 0; i < rows; i++) {
				Row row = sheet.createRow(i + 1);
				for (int c = 0; c < columns.size(); c++) {
					ImportColumn column = columns.get(c);
					String value = value(seed, i, column);
					if (isBad(i) && badKind(i) == 4 && column == ImportColumn.NAME) {
						row.createCell(c).setCellFormula("CONCATENATE(\"公司\",\"" + i + "\")");
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
		return file;
	}

	static String value(int seed, int i, ImportColumn column) {
		boolean bad = isBad(i);
		int kind = badKind(i);
		return switch (column) {
			case NAME -> (bad && kind == 1) ? "" : "导入测试" + seed + "号企业" + i + "有限公司";
			case CREDIT_CODE -> {
				if (bad && kind == 0) {
					String good = creditCode(seed, i);
					yield good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
				}
				yield creditCode(seed, (bad && kind == 2) ? i - 1 : i);
			}
			case LEGAL_REPRESENTATIVE -> "法人" + (i % 97);
			case ADDRESS -> (bad && kind == 3) ? "长".repeat(10_000) : "牡丹江市东安区测试路" + i + "号";
			case REGION_CODE -> "231002";
			case INDUSTRY_CODE -> "C2611";
			case PERMIT_NUMBER -> creditCode(seed, i) + "001P";
			case PERMIT_VALID_FROM -> "2024-01-01";
			case PERMIT_VALID_TO -> "2028-12-31";
			case MANAGEMENT_CLASS -> "简化管理";
			case KEY_POLLUTER -> (i % 10 == 0) ? "是" : "否";
			case PHONE -> "0453-6" + String.format("%06d", i % 1_000_000);
			case CONTACT_NAME -> "联系人" + (i % 89);
			case CONTACT_PHONE -> "139" + String.format("%08d", i);
		};
	}

}
