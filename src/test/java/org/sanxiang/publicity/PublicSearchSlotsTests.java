package org.sanxiang.publicity;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public search runs in a bounded number of places (ADR 0026): with one place and no
 * queue, a search that finds the place taken is answered at once with 503
 * {@code PUBLIC_SEARCH_BUSY}, a Chinese message and {@code Retry-After}; the place is
 * free again once the first search has answered.
 */
@SpringBootTest(properties = { "sanxiang.test.context=publicity-slots", "sanxiang.publicity.search.concurrent=1",
		"sanxiang.publicity.search.queue=0" })
@AutoConfigureMockMvc
class PublicSearchSlotsTests {

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	PublicTextSearch textSearch;

	@Test
	void aSearchFindingEveryPlaceTakenIsToldToComeBackInChineseAndThePlaceIsFreedAfterwards() throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		doAnswer((call) -> {
			holding.countDown();
			assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
			return call.callRealMethod();
		}).when(this.textSearch).condition(eq("慢的查询"), any(), any());

		CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> {
			try {
				return this.mvc.perform(get("/api/v1/public/decisions").param("q", "慢的查询"))
					.andReturn()
					.getResponse()
					.getStatus();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(holding.await(30, TimeUnit.SECONDS)).as("the first search holds the place").isTrue();

		this.mvc.perform(get("/api/v1/public/decisions").param("q", "别的查询"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.code").value("PUBLIC_SEARCH_BUSY"))
			.andExpect(jsonPath("$.detail").value("当前查询的人较多，请5秒后重试"));

		release.countDown();
		assertThat(slow.get(30, TimeUnit.SECONDS)).isEqualTo(200);
		this.mvc.perform(get("/api/v1/public/decisions").param("q", "别的查询"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

}
