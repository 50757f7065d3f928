package org.sanxiang.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Document rendering benchmark, written to {@code docs/benchmarks.md}: the 行政处罚决定书 sample
 * rendered to DOCX (poi-tl) and to PDF (openhtmltopdf, embedded CJK font) — ms per
 * document on one thread after warm-up, and documents per second on two threads — beside
 * a same-run baseline: a one-line PDF in the same font (the fixed cost of embedding the
 * font and writing a PDF). Run with {@code mvn -B -Pbench -DskipTests verify}.
 */
public final class DocumentBenchmarks {

	/** Two renders at once, as the two benchmark threads need. */
	static final RenderSlots SLOTS = new RenderSlots(2, 0, java.time.Duration.ZERO, java.time.Duration.ofSeconds(1));

	static final String START = "<!-- documents:start -->";

	static final String END = "<!-- documents:end -->";

	static final int WARMUP = 30;

	static final int RUNS = 60;

	private DocumentBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
		DocumentFonts fonts = new DocumentFonts("", "");
		if (!fonts.available()) {
			throw new IllegalStateException("no CJK font: build with npm to fetch Noto Serif SC");
		}
		DocumentTypes types = new DocumentTypes();
		DocumentType decision = types.get("PENALTY_DECISION");
		RenderedValues values = new RenderedValues(DocumentContent.of(decision, Samples.of(decision), true),
				"牡丹江市生态环境局", "牡环罚〔2026〕12号", LocalDate.of(2026, 4, 28));
		DocumentType minimal = new DocumentType("BASELINE", "行政处罚决定书", null, "-", null,
				List.of(new DocumentField("partyName", "当事人", FieldKind.TEXT, true, "某某公司", List.of())));
		RenderedValues oneLine = new RenderedValues(DocumentContent.of(minimal, Map.of("partyName", "某某公司"), true),
				"牡丹江市生态环境局", "", LocalDate.of(2026, 4, 28));
		PdfRenderer pdf = new PdfRenderer(fonts, SLOTS);
		DocxRenderer docx = new DocxRenderer(SLOTS);
		byte[] template = DocxRenderer.defaultTemplate(decision);

		double baselineMs = msPerDocument(() -> pdf.render(oneLine));
		double docxMs = msPerDocument(() -> docx.render(template, values));
		double pdfMs = msPerDocument(() -> pdf.render(values));
		double baselineRate = perSecondOnTwoThreads(() -> pdf.render(oneLine));
		double docxRate = perSecondOnTwoThreads(() -> docx.render(template, values));
		double pdfRate = perSecondOnTwoThreads(() -> pdf.render(values));
		int pages;
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.render(values))) {
			pages = doc.getNumberOfPages();
		}

		String section = START + "\n## Documents: rendering 行政处罚决定书\n\n" + "Measured " + LocalDate.now() + " on "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.version") + ". Command: `mvn -B -Pbench -DskipTests verify`. The sample "
				+ "decision of the document catalogue (" + pages + " A4 pages as PDF), " + WARMUP
				+ " warm-up renders, then " + RUNS + " timed renders on one thread and " + RUNS
				+ " per thread on two threads. Font: " + fonts.source() + " (subset embedded).\n\n"
				+ "| what | ms per document (1 thread) | documents/s (2 threads) | × baseline (ms) |\n|---|---:|---:|---:|\n"
				+ row("one-line PDF, same font (baseline)", baselineMs, baselineRate, baselineMs)
				+ row("行政处罚决定书 → DOCX (poi-tl)", docxMs, docxRate, baselineMs)
				+ row("行政处罚决定书 → PDF (openhtmltopdf)", pdfMs, pdfRate, baselineMs) + "\nTarget: under 300 ms per PDF — "
				+ ((pdfMs < 300) ? "**met**" : "**not met**") + String.format(" (%.0f ms).%n", pdfMs) + END + "\n";
		String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
		String updated = existing.contains(START) ? existing.substring(0, existing.indexOf(START)) + section
				+ existing.substring(existing.indexOf(END) + END.length() + 1) : existing + "\n" + section;
		Files.writeString(report, updated);
		System.out.println(section);
	}

	private static String row(String what, double ms, double rate, double baselineMs) {
		return String.format("| %s | %.1f | %.1f | %.2f |%n", what, ms, rate, ms / baselineMs);
	}

	static double msPerDocument(Supplier<byte[]> render) {
		for (int i = 0; i < WARMUP; i++) {
			render.get();
		}
		long start = System.nanoTime();
		for (int i = 0; i < RUNS; i++) {
			render.get();
		}
		return (System.nanoTime() - start) / 1e6 / RUNS;
	}

	static double perSecondOnTwoThreads(Supplier<byte[]> render) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> warm = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				warm.add(pool.submit(() -> {
					for (int i = 0; i < WARMUP / 2; i++) {
						render.get();
					}
				}));
			}
			for (Future<?> f : warm) {
				f.get();
			}
			long start = System.nanoTime();
			List<Future<?>> runs = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				runs.add(pool.submit(() -> {
					for (int i = 0; i < RUNS; i++) {
						render.get();
					}
				}));
			}
			for (Future<?> f : runs) {
				f.get();
			}
			return 2.0 * RUNS / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdown();
		}
	}

}
