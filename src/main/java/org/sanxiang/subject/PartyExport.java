package org.sanxiang.subject;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the parties of a search to XLSX with SXSSF (rows streamed to disk, flat
 * memory); personal data appears masked only. Every export is audited.
 */
@Service
class PartyExport {

	/** The persons' sheet (not importable: the import takes organisations only). */
	static final String[] PERSON_HEADERS = { "姓名", "身份证号（脱敏）", "地址", "行政区划代码", "电话（脱敏）" };

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	PartyExport(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Organisations go to the first sheet under the import template's columns (phones
	 * masked; a masked phone imported back means "unchanged"), so that an export can be
	 * edited and imported again; natural persons to a second sheet.
	 */
	@Transactional(readOnly = true)
	public int write(Set<Long> agencyIds, String query, String region, OutputStream out) throws IOException {
		PartySearch.Filter filter = PartySearch.Filter.of(agencyIds, query, region);
		int[] count = { 0 };
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet organisations = sheet(workbook, "单位",
					java.util.Arrays.stream(ImportColumn.values())
						.map(ImportColumn::templateHeader)
						.toArray(String[]::new));
			int[] next = { 1 };
			this.jdbc.query("""
					select p.name, p.credit_code, p.legal_representative, p.address, p.region_code, p.industry_code,
					  p.permit_number, p.permit_valid_from, p.permit_valid_to, p.management_class, p.key_polluter,
					  p.phone_masked, c.name, c.phone_masked
					from subject_party p left join subject_contact c on c.party_id = p.id and c.position = 0
					where p.kind = 'ORGANISATION' and""" + " "
					+ filter.where()
						.replace("agency_id", "p.agency_id")
						.replace("credit_code", "p.credit_code")
						.replace("lower(name)", "lower(p.name)")
						.replace("region_code", "p.region_code")
					+ " order by p.id", filter.params(), (rs) -> {
						Row row = organisations.createRow(next[0]++);
						for (int i = 1; i <= 14; i++) {
							String value;
							if (i == 10) {
								value = (rs.getString(i) == null) ? ""
										: ManagementClass.valueOf(rs.getString(i)).chineseName();
							}
							else if (i == 11) {
								value = rs.getBoolean(i) ? "是" : "否";
							}
							else {
								value = (rs.getObject(i) == null) ? "" : String.valueOf(rs.getObject(i));
							}
							row.createCell(i - 1).setCellValue(value);
						}
					});
			count[0] = next[0] - 1;
			Sheet persons = sheet(workbook, "自然人（不可导入）", PERSON_HEADERS);
			int[] nextPerson = { 1 };
			this.jdbc.query(
					"select name, id_number_masked, address, region_code, phone_masked from subject_party"
							+ " where kind = 'PERSON' and " + filter.where() + " order by id",
					filter.params(), (rs) -> {
						Row row = persons.createRow(nextPerson[0]++);
						for (int i = 1; i <= 5; i++) {
							row.createCell(i - 1).setCellValue((rs.getString(i) == null) ? "" : rs.getString(i));
						}
					});
			count[0] += nextPerson[0] - 1;
			workbook.write(out);
			workbook.dispose();
		}
		this.events.publishEvent(new PartiesExported(String.valueOf(query), String.valueOf(region), count[0]));
		return count[0];
	}

	private static Sheet sheet(SXSSFWorkbook workbook, String name, String[] headers) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			header.createCell(i).setCellValue(headers[i]);
		}
		return sheet;
	}

}
