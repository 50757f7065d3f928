package org.sanxiang.core;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list with its total. {@code totalCapped} says the list is longer than
 * {@link #COUNT_CAP} and {@code total} stops there (counting further would cost more than
 * it tells anyone).
 */
public record ResultPage<T>(List<T> items, int page, int size, long total, boolean totalCapped, String sort,
		String dir) {

	public static final long COUNT_CAP = 100_000;

	public static <T> ResultPage<T> of(List<T> items, Paging paging, long total, boolean totalCapped) {
		return new ResultPage<>(List.copyOf(items), paging.page(), paging.size(), total, totalCapped, paging.sort(),
				paging.dir());
	}

	public int totalPages() {
		return (int) Math.min(Paging.MAX_PAGE + 1L, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public <R> ResultPage<R> map(Function<T, R> mapper) {
		return new ResultPage<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total,
				this.totalCapped, this.sort, this.dir);
	}

}
