package org.sanxiang.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The annual report as a workbook: one sheet 年报 with section, figure, count and amount
 * (yuan), the same figures as the page and the PDF.
 */
final class AnnualReportXlsx {

	static final String SHEET = "年报";

	private AnnualReportXlsx() {
	}

	static byte[] write(AnnualReport report) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(SHEET);
			CellStyle money = book.createCellStyle();
			money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
			sheet.createRow(0).createCell(0).setCellValue(report.agencyName() + " " + report.year() + "年度行政执法统计年报");
			Row head = sheet.createRow(2);
			String[] titles = { "类别", "指标", "数量（件）", "金额（元）" };
			for (int i = 0; i < titles.length; i++) {
				head.createCell(i).setCellValue(titles[i]);
			}
			int r = 3;
			for (Map.Entry<String, List<AnnualReport.Line>> group : report.groups().entrySet()) {
				for (AnnualReport.Line line : group.getValue()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(group.getKey());
					row.createCell(1).setCellValue(line.label());
					row.createCell(2).setCellValue(line.count());
					if (line.money()) {
						var cell = row.createCell(3);
						cell.setCellValue(line.amount().doubleValue());
						cell.setCellStyle(money);
					}
				}
			}
			sheet.createRow(r + 1)
				.createCell(0)
				.setCellValue("统计口径：按业务日期（北京时间）计入年度，含所辖执法主体；每项数字可在系统中查看所计入的记录。报送期限：" + report.dueOn());
			sheet.setColumnWidth(0, 24 * 256);
			sheet.setColumnWidth(1, 30 * 256);
			sheet.setColumnWidth(2, 12 * 256);
			sheet.setColumnWidth(3, 18 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
