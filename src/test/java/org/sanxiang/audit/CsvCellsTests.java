package org.sanxiang.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@Test
	void formulasAreNeutralisedForSpreadsheets() {
		assertThat(CsvCells.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(CsvCells.cell("+1")).isEqualTo("'+1");
		assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

	@Test
	void separatorsAndQuotesAreQuoted() {
		assertThat(CsvCells.row("a,b", "say \"hi\"", null, "普通")).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,普通\r\n");
	}

}
