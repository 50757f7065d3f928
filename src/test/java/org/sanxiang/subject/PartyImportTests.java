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

	interface ThrowingRun {

		void run() throws Exception;

	}

}
