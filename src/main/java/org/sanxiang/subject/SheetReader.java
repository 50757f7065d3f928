package org.sanxiang.subject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX file row by row with SAX (POI's event API), so memory
 * stays flat however many rows the file has. A rule violation thrown by the handler stops
 * reading and is passed on. A formula cell is reported as such and never evaluated (its
 * cached result is ignored); a cell's text is kept up to {@code maxCellLength + 1}
 * characters, enough to tell that it is too long.
 */
final class SheetReader {

	/** One cell: its text, or the fact that it holds a formula. */
	record Cell(String text, boolean formula) {
	}

	/** Receives rows (1-based row numbers) with their cells by 0-based column. */
	interface RowHandler {

		void row(int rowNumber, TreeMap<Integer, Cell> cells);

	}

	private SheetReader() {
	}

	static void read(Path xlsx, int maxCellLength, RowHandler handler) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new IOException("no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new SheetHandler(strings, maxCellLength, handler));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			if (ex instanceof org.sanxiang.core.RuleViolation violation) {
				throw violation;
			}
			throw new IOException("not a readable XLSX file: " + ex.getMessage(), ex);
		}
	}

	private static final class SheetHandler extends DefaultHandler {

		private final SharedStrings strings;

		private final int limit;

		private final RowHandler handler;

		private TreeMap<Integer, Cell> cells = new TreeMap<>();

		private int rowNumber;

		private int column;

		private String type;

		private boolean formula;

		private boolean collecting;

		private final StringBuilder text = new StringBuilder();

		SheetHandler(SharedStrings strings, int maxCellLength, RowHandler handler) {
			this.strings = strings;
			this.limit = maxCellLength + 1;
			this.handler = handler;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					this.rowNumber = (r == null) ? this.rowNumber + 1 : Integer.parseInt(r);
					this.cells = new TreeMap<>();
					this.column = -1;
				}
				case "c" -> {
					String ref = attributes.getValue("r");
					this.column = (ref == null) ? this.column + 1 : columnOf(ref);
					this.type = attributes.getValue("t");
					this.formula = false;
					this.text.setLength(0);
				}
				case "f" -> this.formula = true;
				case "v", "t" -> this.collecting = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.collecting && this.text.length() < this.limit) {
				this.text.append(ch, start, Math.min(length, this.limit - this.text.length()));
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> this.collecting = false;
				case "c" -> this.cells.put(this.column, new Cell(value(), this.formula));
				case "row" -> this.handler.row(this.rowNumber, this.cells);
				default -> {
				}
			}
		}

		private String value() {
			if (this.formula) {
				return "";
			}
			String raw = this.text.toString();
			if ("s".equals(this.type) && !raw.isEmpty()) {
				String shared = this.strings.getItemAt(Integer.parseInt(raw.strip())).getString();
				return (shared.length() > this.limit) ? shared.substring(0, this.limit) : shared;
			}
			if ("b".equals(this.type)) {
				return "1".equals(raw) ? "是" : "否";
			}
			return raw;
		}

		static int columnOf(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
				column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			}
			return column - 1;
		}

	}

}
