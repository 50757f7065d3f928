package org.sanxiang.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every document type renders to DOCX and PDF from its sample data, and the text read
 * back from each file (POI, PDFBox) holds every required field.
 */
class DocumentRenderingTests {

	static final DocumentTypes TYPES = new DocumentTypes();

	static final RenderSlots SLOTS = new RenderSlots(2, 8, java.time.Duration.ofSeconds(30),
			java.time.Duration.ofSeconds(10));

	static Stream<DocumentType> types() {
		return TYPES.all().stream();
	}

	static RenderedValues sample(DocumentType type) {
		return new RenderedValues(DocumentContent.of(type, Samples.of(type), true), "牡丹江市生态环境局", "牡环罚〔2026〕12号",
				LocalDate.of(2026, 4, 28));
	}

	@Test
	void theCatalogueHoldsTheFormsShippedSoFarUnderTheMinistrysNames() {
		assertThat(TYPES.all()).extracting(DocumentType::name)
			.containsExactlyInAnyOrder("立案审批表", "现场检查（勘察）笔录", "调查询问笔录", "责令改正违法行为决定书", "行政处罚事先（听证）告知书", "行政处罚听证通知书",
					"听证笔录", "案件集体讨论笔录", "法制审核意见书", "行政处罚决定书", "当场行政处罚决定书", "送达回证", "查封（扣押）决定书", "查封、扣押清单",
					"查封（扣押）延期通知书", "解除查封（扣押）决定书", "责令限制生产决定书", "责令停产整治决定书", "按日连续处罚决定书", "催告书", "行政处罚案件结案审批表",
					"先行登记保存证据通知书", "解除先行登记保存证据通知书", "行政处罚案件调查报告", "听证报告", "不予行政处罚决定书", "同意分期（延期）缴纳罚款通知书",
					"案件移送书（移送公安机关行政拘留）", "案件移送书（移送司法机关）", "强制执行申请书", "撤销立案审批表", "采样记录（采样取证登记单）", "中止（恢复）调查审批表",
					// 行政许可 (licensing module)
					"行政许可申请受理通知书", "行政许可申请材料补正通知书", "不予受理行政许可申请决定书", "行政许可听证告知书", "准予行政许可决定书", "不予行政许可决定书", "行政许可证",
					"准予变更行政许可决定书", "准予延续行政许可决定书", "撤回行政许可决定书", "撤销行政许可决定书", "注销行政许可决定书");
		DocumentType decision = TYPES.all()
			.stream()
			.filter((t) -> t.name().equals("行政处罚决定书"))
			.findFirst()
			.orElseThrow();
		// 行政处罚法 第五十九条: party, facts and evidence, penalty and basis, performance,
		// remedies
		assertThat(decision.requiredFields()).extracting(DocumentField::name)
			.contains("partyName", "partyAddress", "facts", "evidence", "penaltyContent", "penaltyBasis", "performance",
					"remedies");
		assertThat(decision.category()).isEqualTo("罚");
	}

	@ParameterizedTest
	@MethodSource("types")
	void theDocxCarriesEveryRequiredField(DocumentType type) throws IOException {
		RenderedValues values = sample(type);
		byte[] docx = new DocxRenderer(SLOTS).render(DocxRenderer.defaultTemplate(type), values);
		String text;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			text = squash(extractor.getText());
		}
		assertThat(text).contains("牡丹江市生态环境局", "牡环罚〔2026〕12号", "2026年4月28日", squash(type.name()));
		assertThat(text).doesNotContain("{{");
		for (DocumentField field : type.requiredFields()) {
			for (String expected : expectedTexts(values, field)) {
				assertThat(text).as("%s.%s", type.code(), field.name()).contains(expected);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("types")
	void thePdfCarriesEveryRequiredFieldInTheEmbeddedFont(DocumentType type) throws IOException {
		RenderedValues values = sample(type);
		byte[] pdf = new PdfRenderer(DocumentFontsFixture.fonts(), SLOTS).render(values);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String raw = squash(new PDFTextStripper().getText(doc));
			assertThat(raw).contains("—1—");
			String text = withoutPageNumbers(raw);
			assertThat(text).contains("牡丹江市生态环境局", "牡环罚〔2026〕12号", "2026年4月28日", squash(type.name()));
			for (DocumentField field : type.requiredFields()) {
				for (String expected : expectedTexts(values, field)) {
					assertThat(text).as("%s.%s", type.code(), field.name()).contains(expected);
				}
			}
			assertThat(fonts(doc)).isNotEmpty().allSatisfy((font) -> assertThat(font.isEmbedded()).isTrue());
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f,
					org.assertj.core.data.Offset.offset(1f));
		}
	}

	@Test
	void aTenThousandCharacterFactSectionRunsOntoFurtherPagesWithNothingCutOff() throws IOException {
		DocumentType type = TYPES.get("PENALTY_DECISION");
		Map<String, Object> values = new HashMap<>(Samples.of(type));
		StringBuilder facts = new StringBuilder();
		int n = 0;
		while (facts.length() < 10_000) {
			facts.append("第").append(++n).append("段：经查，当事人于2026年3月在某某河排污口私设暗管排放生产废水，化学需氧量超标。");
			if (n % 5 == 0) {
				facts.append('\n');
			}
		}
		facts.append(
				"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ末尾");
		values.put("facts", facts.toString());
		RenderedValues rendered = new RenderedValues(DocumentContent.of(type, values, true), "牡丹江市生态环境局",
				"牡环罚〔2026〕13号", LocalDate.of(2026, 4, 28));
		byte[] pdf = new PdfRenderer(DocumentFontsFixture.fonts(), SLOTS).render(rendered);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(5);
			String raw = squash(new PDFTextStripper().getText(doc));
			assertThat(raw).contains("—" + doc.getNumberOfPages() + "—");
			assertThat(withoutPageNumbers(raw)).contains(squash(facts.toString()));
		}
	}

	@Test
	void aCharacterTheFontLacksIsReportedByNameNotDropped() {
		DocumentType type = TYPES.get("PENALTY_DECISION");
		Map<String, Object> values = new HashMap<>(Samples.of(type));
		values.put("partyName", "牡丹江市某某化工有限公司😀");
		RenderedValues rendered = new RenderedValues(DocumentContent.of(type, values, true), "牡丹江市生态环境局",
				"牡环罚〔2026〕14号", LocalDate.of(2026, 4, 28));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> new PdfRenderer(DocumentFontsFixture.fonts(), SLOTS).render(rendered))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("DOCUMENT_GLYPH_MISSING"))
			.withMessageContaining("U+1F600 GRINNING FACE");
	}

	@Test
	void theFirstPageRendersToAnImageWithTheRedAgencyLineAndBlackText(@TempDir Path dir)
			throws IOException, InterruptedException {
		boolean present = Stream.of("/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm")
			.anyMatch((p) -> Files.isExecutable(Path.of(p)));
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but pdftoppm (poppler-utils) is missing");
		}
		Assumptions.assumeTrue(present, "pdftoppm not installed (Debian package poppler-utils); PNG check skipped");
		Path pdf = dir.resolve("decision.pdf");
		Files.write(pdf,
				new PdfRenderer(DocumentFontsFixture.fonts(), SLOTS).render(sample(TYPES.get("PENALTY_DECISION"))));
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf.toString(),
				dir.resolve("page").toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor()).isZero();
		Path png;
		try (Stream<Path> files = Files.list(dir)) {
			png = files.filter((p) -> p.toString().endsWith(".png")).findFirst().orElseThrow();
		}
		var image = ImageIO.read(png.toFile());
		int red = 0;
		int dark = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int r = (rgb >> 16) & 0xff;
				int g = (rgb >> 8) & 0xff;
				int b = rgb & 0xff;
				if (r > 150 && g < 80 && b < 80) {
					red++;
				}
				else if (r < 90 && g < 90 && b < 90) {
					dark++;
				}
			}
		}
		assertThat(image.getWidth()).isBetween(480, 510);
		assertThat(red).as("red agency name and rule").isGreaterThan(300);
		assertThat(dark).as("black body text").isGreaterThan(3000);
	}

	private static List<String> expectedTexts(RenderedValues values, DocumentField field) {
		List<String> expected = new ArrayList<>();
		if (field.kind() == FieldKind.ITEMS) {
			for (Map<String, String> row : values.content().rows(field.name())) {
				row.values()
					.stream()
					.filter((v) -> !v.isEmpty())
					.map(DocumentRenderingTests::squash)
					.forEach(expected::add);
			}
		}
		else {
			expected.add(squash(values.printed(field)));
		}
		return expected;
	}

	private static List<PDFont> fonts(PDDocument doc) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : doc.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

	/** The page numbers (— 2 —) sit in the text flow where a page breaks. */
	static String withoutPageNumbers(String squashed) {
		return squashed.replaceAll("—\\d+—", "");
	}

	static String squash(String text) {
		return text.replaceAll("\\s+", "");
	}

}
