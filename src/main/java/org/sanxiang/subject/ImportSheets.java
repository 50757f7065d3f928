package org.sanxiang.subject;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The import template and the error sheet, generated on request. */
final class ImportSheets {

	private ImportSheets() {
	}

	static void writeTemplate(OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("监管对象");
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			String[] sample = { "牡丹江示例化工有限公司", "91350100M000100Y43", "王某", "黑龙江省牡丹江市阳明区示例路1号", "231003", "C2611",
					"91350100M000100Y43001P", "2024-01-01", "2028-12-31", "重点管理", "是", "0453-6123456", "李某",
					"13812345678" };
			ImportColumn[] columns = ImportColumn.values();
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i].templateHeader());
				example.createCell(i).setCellValue(sample[i]);
				sheet.setColumnWidth(i, 18 * 256);
			}
			Sheet help = workbook.createSheet("填写说明");
			String[] lines = { "带 * 的列必填；列的顺序可以调整，按列名识别。", "统一社会信用代码：18位，GB 32100-2015，含校验码。",
					"行政区划代码：6位数字，GB/T 2260。行业代码：GB/T 4754，如 C2611。",
					"日期：2025-01-31 或 Excel 日期；管理类别：重点管理、简化管理、登记管理；重点排污单位：是/否。",
					"单元格不得含公式，内容不超过" + ImportScan.MAX_CELL_LENGTH + "个字符；示例行请删除后再导入。" };
			for (int i = 0; i < lines.length; i++) {
				help.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			workbook.write(out);
		}
	}

	static void writeErrors(ImportReport report, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("错误");
			String[] headers = { "行号", "列", "错误代码", "原因" };
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			int r = 1;
			for (ImportReport.RowError error : report.errors()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(error.row());
				row.createCell(1).setCellValue(error.column());
				row.createCell(2).setCellValue(error.code());
				row.createCell(3).setCellValue(error.message());
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

}
