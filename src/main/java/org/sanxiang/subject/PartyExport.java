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
public class PartyExport {

	static final String[] HEADERS = { "类型", "名称", "统一社会信用代码", "身份证号（脱敏）", "法定代表人", "地址", "行政区划代码", "行业代码", "排污许可证编号",
			"许可证有效期起", "许可证有效期至", "管理类别", "重点排污单位", "电话（脱敏）" };

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	PartyExport(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public int write(Set<Long> agencyIds, String query, String region, OutputStream out) throws IOException {
		PartySearch.Filter filter = PartySearch.Filter.of(agencyIds, query, region);
		int rows;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet sheet = workbook.createSheet("监管对象");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				header.createCell(i).setCellValue(HEADERS[i]);
			}
			int[] next = { 1 };
			this.jdbc.query("""
					select kind, name, credit_code, id_number_masked, legal_representative, address, region_code,
					  industry_code, permit_number, permit_valid_from, permit_valid_to, management_class, key_polluter,
					  phone_masked from subject_party
					""" + " where " + filter.where() + " order by id", filter.params(), (rs) -> {
				writeRow(sheet.createRow(next[0]++), rs);
			});
			rows = next[0] - 1;
			workbook.write(out);
			workbook.dispose();
		}
		this.events.publishEvent(new PartiesExported(String.valueOf(query), String.valueOf(region), rows));
		return rows;
	}

	private static void writeRow(Row row, ResultSet rs) throws SQLException {
		row.createCell(0).setCellValue(PartyKind.valueOf(rs.getString(1)).chineseName());
		for (int i = 2; i <= 14; i++) {
			String value;
			if (i == 12) {
				value = (rs.getString(i) == null) ? "" : ManagementClass.valueOf(rs.getString(i)).chineseName();
			}
			else if (i == 13) {
				value = rs.getBoolean(i) ? "是" : "否";
			}
			else {
				value = (rs.getObject(i) == null) ? "" : String.valueOf(rs.getObject(i));
			}
			row.createCell(i - 1).setCellValue(value);
		}
	}

}
