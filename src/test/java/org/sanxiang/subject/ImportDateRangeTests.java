package org.sanxiang.subject;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.subject.ImportReport.DuplicatePolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A permit date outside 1900–2199 in an imported sheet (typed, or an Excel serial such as
 * 1, which is 1899-12-31) is a row error, not a date stored as some other one.
 */
class ImportDateRangeTests {

	@TempDir
	Path dir;

	@Test
	void aPermitDateOutsideTheYearsIsARowErrorNamingTheColumn() throws IOException {
		Path file = sheet(Map.of(ImportColumn.PERMIT_VALID_FROM, "0001-01-01", ImportColumn.PERMIT_VALID_TO, "1"));
		ImportScan scan = new ImportScan(LocalDate.of(2026, 11, 30), DuplicatePolicy.REFUSE, Map.of(), Set.of(), null);
		scan.run(file);
		ImportReport report = scan.report("t", "far.xlsx", "0".repeat(64));
		assertThat(report.rejectedRows()).isEqualTo(1);
		assertThat(report.errors()).extracting(ImportReport.RowError::column, ImportReport.RowError::code)
			.contains(org.assertj.core.groups.Tuple.tuple(ImportColumn.PERMIT_VALID_FROM.header(), "DATE_OUT_OF_RANGE"),
					org.assertj.core.groups.Tuple.tuple(ImportColumn.PERMIT_VALID_TO.header(), "DATE_OUT_OF_RANGE"));
	}

	private Path sheet(Map<ImportColumn, String> overrides) throws IOException {
		Path file = this.dir.resolve("far.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("监管对象");
			Row header = sheet.createRow(0);
			Row row = sheet.createRow(1);
			ImportColumn[] columns = ImportColumn.values();
			for (int c = 0; c < columns.length; c++) {
				header.createCell(c).setCellValue(columns[c].templateHeader());
				String value = overrides.getOrDefault(columns[c], ImportFiles.value(3, 1, columns[c]));
				if (value != null) {
					row.createCell(c).setCellValue(value);
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
		return file;
	}

}
