package org.sanxiang.subject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.AuditTrail;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.subject.ImportReport.DuplicatePolicy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Import of organisations from XLSX: validation, duplicates, column order, cancel,
 * confirm.
 */
@SpringBootTest
class PartyImportTests {

	@Autowired
	PartyImport imports;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PartyExport exports;

	@TempDir
	Path dir;

	Agency hailin;

	Set<Long> scope;

	@BeforeEach
	void agency() {
		this.hailin = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ-HL"))
			.findFirst()
			.orElseThrow();
		this.scope = Set.of(this.hailin.id());
	}

	long parties() {
		return this.jdbc.sql("select count(*) from subject_party where agency_id = :a")
			.param("a", this.hailin.id())
			.query(Long.class)
			.single();
	}

	ImportReport preview(Path file, DuplicatePolicy policy) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return this.imports.preview(in, file.getFileName().toString(), this.hailin.id(), policy, this.scope,
					"tester");
		}
	}

	@Test
	void importsTheValidRowsOfA100000RowFileReportsEveryBadRowAndCancelWritesNothing() throws IOException {
		int rows = 100_000;
		Path file = ImportFiles.write(this.dir.resolve("big.xlsx"), 1, rows, List.of(ImportColumn.values()));
		long before = parties();
		AuditTrail audit = new AuditTrail(this.jdbc);
		long auditBefore = audit.maxId();

		ImportReport preview = preview(file, DuplicatePolicy.REFUSE);
		assertThat(preview.rows()).isEqualTo(rows);
		assertThat(preview.rejectedRows()).isEqualTo(rows / 100);
		assertThat(preview.toInsert()).isEqualTo(rows - rows / 100);
		Map<Integer, List<ImportReport.RowError>> byRow = preview.errors()
			.stream()
			.collect(Collectors.groupingBy(ImportReport.RowError::row));
		for (int i = 50; i < rows; i += 100) {
			String[] expected = ImportFiles.BAD.get(ImportFiles.badKind(i));
			assertThat(byRow.get(i + 2)).as("sheet row %d", i + 2)
				.anySatisfy(
						(error) -> assertThat(new String[] { error.column(), error.code() }).containsExactly(expected));
		}
		this.imports.cancel(preview.token(), "tester");
		assertThat(parties()).isEqualTo(before);

		String sealedContacts = """
				select count(*) from subject_contact c join subject_party p on p.id = c.party_id
				where p.agency_id = :a and c.phone_sealed like 'SM4-GCM:%:%' and c.phone_masked like '139****%'""";
		long contactsBefore = this.jdbc.sql(sealedContacts).param("a", this.hailin.id()).query(Long.class).single();
		ImportReport again = preview(file, DuplicatePolicy.REFUSE);
		ImportReport done = this.imports.confirm(again.token(), "tester", this.scope);
		assertThat(done.toInsert()).isEqualTo(rows - rows / 100);
		assertThat(parties()).isEqualTo(before + rows - rows / 100);
		assertThat(this.jdbc.sql(sealedContacts).param("a", this.hailin.id()).query(Long.class).single())
			.isEqualTo(contactsBefore + rows - rows / 100);
		assertThat(this.jdbc.sql("select count(*) from subject_party where credit_code = :c")
			.param("c", ImportFiles.creditCode(1, 50))
			.query(Long.class)
			.single()).as("a bad row is not imported").isZero();
		assertThat(audit.since(auditBefore)).extracting((row) -> row.get("action"))
			.containsExactly("SUBJECT_IMPORT_PREVIEWED", "SUBJECT_IMPORT_CANCELLED", "SUBJECT_IMPORT_PREVIEWED",
					"SUBJECT_IMPORT_CONFIRMED");
		assertThat(audit.since(auditBefore).get(3).get("object_id")).isEqualTo(again.sha256());
		assertThatThrownBy(() -> this.imports.confirm(again.token(), "tester", this.scope))
			.as("a confirmed import cannot be confirmed twice")
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void matchesColumnsByNameSoAWrongColumnOrderStillImports() throws IOException {
		List<ImportColumn> shuffled = new ArrayList<>(Arrays.asList(ImportColumn.values()));
		Collections.reverse(shuffled);
		Path file = ImportFiles.write(this.dir.resolve("reversed.xlsx"), 2, 40, shuffled);
		ImportReport preview = preview(file, DuplicatePolicy.REFUSE);
		assertThat(preview.toInsert()).isEqualTo(40);
		this.imports.confirm(preview.token(), "tester", this.scope);
		Map<String, Object> row = this.jdbc.sql("""
				select name, address, region_code, management_class, permit_valid_to, phone_masked
				from subject_party where credit_code = :c""")
			.param("c", ImportFiles.creditCode(2, 7))
			.query()
			.singleRow();
		assertThat(row).containsEntry("name", "导入测试2号企业7有限公司")
			.containsEntry("address", "牡丹江市东安区测试路7号")
			.containsEntry("region_code", "231002")
			.containsEntry("management_class", "SIMPLIFIED")
			.containsEntry("phone_masked", "045*****0007");
	}

	@Test
	void refusesTheWholeFileWhenARequiredColumnIsMissingNamingIt() throws IOException {
		List<ImportColumn> columns = Arrays.stream(ImportColumn.values())
			.filter((c) -> c != ImportColumn.REGION_CODE && c != ImportColumn.NAME)
			.toList();
		Path file = ImportFiles.write(this.dir.resolve("missing.xlsx"), 3, 5, columns);
		long before = parties();
		assertThatThrownBy(() -> preview(file, DuplicatePolicy.REFUSE))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("SUBJECT_IMPORT_MISSING_COLUMNS"))
			.hasMessageContaining("单位名称")
			.hasMessageContaining("行政区划代码");
		assertThat(parties()).isEqualTo(before);
	}

	@Test
	void refusesUploadsThatAreNotXlsx() {
		Function<byte[], ThrowingRun> upload = (bytes) -> () -> this.imports.preview(new ByteArrayInputStream(bytes),
				"x.xlsx", this.hailin.id(), DuplicatePolicy.REFUSE, this.scope, "tester");
		for (byte[] bytes : List.of(new byte[0], "name,code\n".getBytes(), new byte[] { (byte) 0x89, 'P', 'N', 'G' },
				new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 })) {
			assertThatThrownBy(() -> upload.apply(bytes).run()).isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("SUBJECT_IMPORT_NOT_XLSX"));
		}
	}

	@Test
	void mergesDuplicatesWhenAskedTheFileWinningAndTheLaterRowWinningWithinIt() throws IOException {
		Path first = ImportFiles.write(this.dir.resolve("first.xlsx"), 4, 10, List.of(ImportColumn.values()));
		this.imports.confirm(preview(first, DuplicatePolicy.REFUSE).token(), "tester", this.scope);
		ImportReport refused = preview(first, DuplicatePolicy.REFUSE);
		assertThat(refused.rejectedRows()).isEqualTo(10);
		assertThat(refused.errors()).allMatch((e) -> e.code().equals("CREDIT_CODE_TAKEN"));
		this.imports.cancel(refused.token(), "tester");

		Path second = ImportFiles.write(this.dir.resolve("second.xlsx"), 4, 260, List.of(ImportColumn.values()));
		ImportReport merge = preview(second, DuplicatePolicy.MERGE);
		assertThat(merge.toUpdate()).isEqualTo(10);
		assertThat(merge.rejectedRows()).as("rows 50 and 150 are bad").isEqualTo(2);
		assertThat(merge.merged()).as("row 250 repeats row 249's code").isEqualTo(1);
		assertThat(merge.toInsert()).isEqualTo(260 - 10 - 2 - 1);
		long before = parties();
		this.imports.confirm(merge.token(), "tester", this.scope);
		assertThat(parties()).isEqualTo(before + 247);
		assertThat(this.jdbc.sql("select version from subject_party where credit_code = :c")
			.param("c", ImportFiles.creditCode(4, 3))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select name from subject_party where credit_code = :c")
			.param("c", ImportFiles.creditCode(4, 249))
			.query(String.class)
			.single()).isEqualTo("导入测试4号企业250有限公司");
	}

	static Path sheet(Path file, List<String> headers, List<List<String>> rows) throws IOException {
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.OutputStream out = Files.newOutputStream(file)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("监管对象");
			for (int r = 0; r <= rows.size(); r++) {
				List<String> values = (r == 0) ? headers : rows.get(r - 1);
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
				}
			}
			workbook.write(out);
		}
		return file;
	}

	@Test
	void everyErrorOfARowIsReportedAndThePreviewShowsTheRow() throws IOException {
		Path file = sheet(this.dir.resolve("many-errors.xlsx"),
				List.of("单位名称*", "统一社会信用代码*", "行政区划代码*", "行业代码", "许可证有效期起", "许可证有效期至", "重点排污单位"), List.of(List
					.of("<b>坏名字</b>", ImportFiles.creditCode(9, 1), "99999", "X1", "2024-13-45", "2028-12-31", "也许")));
		ImportReport report = preview(file, DuplicatePolicy.REFUSE);
		assertThat(report.errors()).allSatisfy((e) -> assertThat(e.row()).isEqualTo(2))
			.extracting(ImportReport.RowError::column)
			.contains("单位名称", "行政区划代码", "行业代码", "许可证有效期起", "重点排污单位");
		assertThat(report.rowsInError()).hasSize(1);
		ImportReport.RowInError shown = report.rowsInError().get(0);
		assertThat(shown.row()).isEqualTo(2);
		assertThat(shown.values().get(report.columnHeaders().indexOf("行政区划代码"))).isEqualTo("99999");
		assertThat(shown.columnsInError()).contains("单位名称", "行业代码", "重点排污单位");
		this.imports.cancel(report.token(), "tester");
	}

	@Test
	void anExportImportedUnchangedHasNoErrorsAndChangesNothing() throws IOException {
		Path first = ImportFiles.write(this.dir.resolve("seed.xlsx"), 7, 30, List.of(ImportColumn.values()));
		this.imports.confirm(preview(first, DuplicatePolicy.REFUSE).token(), "tester", this.scope);
		String state = """
				select p.id, p.version, p.phone_sealed, c.name, c.phone_sealed
				from subject_party p left join subject_contact c on c.party_id = p.id
				where p.agency_id = :a order by p.id, c.position""";
		List<Map<String, Object>> before = this.jdbc.sql(state).param("a", this.hailin.id()).query().listOfRows();
		long changesBefore = this.jdbc.sql("select count(*) from subject_change").query(Long.class).single();

		Path exported = this.dir.resolve("export.xlsx");
		try (java.io.OutputStream out = Files.newOutputStream(exported)) {
			this.exports.write(this.scope, null, null, out);
		}
		ImportReport again = preview(exported, DuplicatePolicy.MERGE);
		assertThat(again.errors()).isEmpty();
		assertThat(again.toUpdate()).isGreaterThanOrEqualTo(30);
		assertThat(again.toInsert()).isZero();
		this.imports.confirm(again.token(), "tester", this.scope);

		assertThat(this.jdbc.sql(state).param("a", this.hailin.id()).query().listOfRows()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from subject_change").query(Long.class).single())
			.isEqualTo(changesBefore);
	}

	@Test
	void anEditedExportChangesOnlyTheEditedParty() throws IOException {
		Path first = ImportFiles.write(this.dir.resolve("seed8.xlsx"), 8, 5, List.of(ImportColumn.values()));
		this.imports.confirm(preview(first, DuplicatePolicy.REFUSE).token(), "tester", this.scope);
		String code = ImportFiles.creditCode(8, 3);
		String phoneBefore = this.jdbc.sql("select phone_sealed from subject_party where credit_code = :c")
			.param("c", code)
			.query(String.class)
			.single();
		Path exported = this.dir.resolve("export8.xlsx");
		try (java.io.OutputStream out = Files.newOutputStream(exported)) {
			this.exports.write(this.scope, code, null, out);
		}
		Path edited = this.dir.resolve("edited8.xlsx");
		try (InputStream in = Files.newInputStream(exported);
				org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
						in);
				java.io.OutputStream out = Files.newOutputStream(edited)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(ImportColumn.NAME.templateHeader());
			org.apache.poi.ss.usermodel.Row edit = sheet.getRow(1);
			edit.removeCell(edit.getCell(ImportColumn.ADDRESS.ordinal()));
			edit.createCell(ImportColumn.ADDRESS.ordinal()).setCellValue("牡丹江市海林市新地址1号");
			workbook.write(out);
		}
		ImportReport report = preview(edited, DuplicatePolicy.MERGE);
		assertThat(report.errors()).isEmpty();
		this.imports.confirm(report.token(), "tester", this.scope);
		Map<String, Object> row = this.jdbc
			.sql("select address, phone_sealed, version from subject_party where credit_code = :c")
			.param("c", code)
			.query()
			.singleRow();
		assertThat(row.get("address")).isEqualTo("牡丹江市海林市新地址1号");
		assertThat(row.get("phone_sealed")).as("a masked phone keeps the stored number").isEqualTo(phoneBefore);
	}

	interface ThrowingRun {

		void run() throws Exception;

	}

}
