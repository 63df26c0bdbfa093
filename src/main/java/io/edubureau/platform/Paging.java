package io.edubureau.platform;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The one check every paged list makes of its {@code page} and {@code size}: the database
 * skips rows with an {@code int} offset, so a page whose first row lies beyond
 * {@link Integer#MAX_VALUE} would fail there as a 500.
 */
public final class Paging {

	private Paging() {
	}

	/**
	 * A page request, or a refusal: a negative page or a size outside 1…{@code maxSize}
	 * is malformed (400), a page beyond the last one a list can ever have is refused with
	 * that page named (422). A page past the data but within that range is simply empty.
	 */
	public static PageRequest request(int page, int size, int maxSize, Sort sort) {
		if (size < 1 || size > maxSize) {
			throw Rejection.malformed("size", "paging.size.range", String.valueOf(maxSize));
		}
		if (page < 0) {
			throw Rejection.malformed("page", "paging.page.negative");
		}
		if (page > lastPage(size)) {
			throw new Rejection("page", "paging.page.beyond", String.valueOf(page), String.valueOf(lastPage(size)));
		}
		return PageRequest.of(page, size, sort);
	}

	/** {@link #request(int, int, int, Sort)} unsorted. */
	public static PageRequest request(int page, int size, int maxSize) {
		return request(page, size, maxSize, Sort.unsorted());
	}

	/** The last page whose rows an {@code int} offset still reaches. */
	public static int lastPage(int size) {
		return (Integer.MAX_VALUE - size) / size;
	}

}
