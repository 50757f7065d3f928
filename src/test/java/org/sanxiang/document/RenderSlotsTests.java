package org.sanxiang.document;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sanxiang.core.Unavailable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RenderSlotsTests {

	@Test
	void aFullQueueIsRefusedAtOnceWithWhenToRetry() throws Exception {
		RenderSlots slots = new RenderSlots(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(7));
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<String> first = pool.submit(() -> slots.render(() -> {
				rendering.countDown();
				await(release);
				return "first";
			}));
			rendering.await();
			Future<String> queued = pool.submit(() -> slots.render(() -> "queued"));
			Thread.sleep(200);
			long began = System.nanoTime();
			assertThatExceptionOfType(Unavailable.class).isThrownBy(() -> slots.render(() -> "third"))
				.satisfies((ex) -> {
					assertThat(ex.code()).isEqualTo("DOCUMENT_RENDER_BUSY");
					assertThat(ex.retryAfter()).hasValue(Duration.ofSeconds(7));
					assertThat(ex.getMessage()).contains("请7秒后重试");
				});
			assertThat(Duration.ofNanos(System.nanoTime() - began)).as("refused without waiting")
				.isLessThan(Duration.ofSeconds(5));
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
			assertThat(queued.get(10, TimeUnit.SECONDS)).as("the queued render runs once a slot is free")
				.isEqualTo("queued");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aQueuedRenderThatWaitsTooLongIsRefused() throws Exception {
		RenderSlots slots = new RenderSlots(1, 4, Duration.ofMillis(300), Duration.ofSeconds(5));
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			pool.submit(() -> slots.render(() -> {
				rendering.countDown();
				await(release);
				return null;
			}));
			rendering.await();
			assertThatExceptionOfType(Unavailable.class).isThrownBy(() -> slots.render(() -> "late"))
				.satisfies((ex) -> assertThat(ex.retryAfter()).isPresent());
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void threadsRenderingAtOnceShareOneParsedFontAndEachGetsAWholeDocument() throws Exception {
		PdfRenderer renderer = new PdfRenderer(DocumentFontsFixture.fonts(),
				new RenderSlots(4, 8, Duration.ofMinutes(2), Duration.ofSeconds(5)));
		DocumentType type = DocumentRenderingTests.TYPES.get("PENALTY_DECISION");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> pdfs = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String number = "牡环罚〔2026〕" + (100 + i) + "号";
				pdfs.add(pool
					.submit(() -> renderer.render(new RenderedValues(DocumentContent.of(type, Samples.of(type), true),
							"牡丹江市生态环境局", number, LocalDate.of(2026, 4, 28)))));
			}
			for (int i = 0; i < pdfs.size(); i++) {
				try (PDDocument doc = Loader.loadPDF(pdfs.get(i).get(2, TimeUnit.MINUTES))) {
					String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
					assertThat(text).contains("牡环罚〔2026〕" + (100 + i) + "号", "行政处罚决定书", "牡丹江市生态环境局");
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
