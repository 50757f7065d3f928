package org.sanxiang.document;

import java.util.List;

/** One page of documents and how many there are in all. */
public record DocumentPage(List<Document> items, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	/** As the shared pager reads it ({@code fragments/pager.html}). */
	public int totalPages() {
		return pages();
	}

	public boolean totalCapped() {
		return false;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
