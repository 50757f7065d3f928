package org.sanxiang.core;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * One page of a list as asked for: {@code page} is 0-based, {@code size} at most
 * {@link #MAX_SIZE}, {@code sort} one of the list's sortable columns. Built from the
 * query parameters {@code page}, {@code size}, {@code sort} and {@code dir} by
 * {@link #of}; bad values are refused with a 400 that says what is allowed.
 */
public record Paging(int page, int size, String sort, boolean descending) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Deepest page served; beyond it a narrower filter is the answer. */
	public static final int MAX_PAGE = 10_000;

	/**
	 * @param sortable the list's sortable columns, each with its Chinese name (for the
	 * message when an unknown one is asked for)
	 */
	public static Paging of(Params params, String defaultSort, boolean defaultDescending,
			Map<String, String> sortable) {
		int page = (params.page() == null) ? 0 : params.page();
		int size = (params.size() == null) ? DEFAULT_SIZE : params.size();
		if (page < 0 || page > MAX_PAGE) {
			throw invalid("页码须在 0 到 " + MAX_PAGE + " 之间（从 0 开始）");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw invalid("每页条数须在 1 到 " + MAX_SIZE + " 之间");
		}
		String sort = blank(params.sort()) ? defaultSort : params.sort().strip();
		if (!sortable.containsKey(sort)) {
			throw invalid("不能按“" + sort + "”排序，可选：" + String.join("、", sortable.values()));
		}
		boolean descending;
		if (blank(params.dir())) {
			descending = blank(params.sort()) ? defaultDescending : false;
		}
		else {
			String dir = params.dir().strip().toLowerCase(Locale.ROOT);
			if (!dir.equals("asc") && !dir.equals("desc")) {
				throw invalid("排序方向须为 asc（升序）或 desc（降序）");
			}
			descending = dir.equals("desc");
		}
		return new Paging(page, size, sort, descending);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	public String dir() {
		return this.descending ? "desc" : "asc";
	}

	/**
	 * This page of a list held in memory, sorted by the comparator of the sort column.
	 */
	public <T> ResultPage<T> slice(List<T> all, Map<String, Comparator<T>> comparators) {
		Comparator<T> order = comparators.get(this.sort);
		List<T> sorted = all.stream().sorted(this.descending ? order.reversed() : order).toList();
		int from = (int) Math.min(sorted.size(), offset());
		int to = Math.min(sorted.size(), from + this.size);
		return ResultPage.of(sorted.subList(from, to), this, sorted.size(), false);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static RuleViolation invalid(String message) {
		return new RuleViolation("INVALID_PAGING", message, HttpStatus.BAD_REQUEST);
	}

	/** The query parameters as bound from a request; each may be absent. */
	public record Params(Integer page, Integer size, String sort, String dir) {

		public static Params defaults() {
			return new Params(null, null, null, null);
		}

	}

}
