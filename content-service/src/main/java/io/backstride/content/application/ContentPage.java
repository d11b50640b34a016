package io.backstride.content.application;

import java.util.List;
import java.util.function.Function;

/** One page of a list, zero-based. */
public record ContentPage<T>(List<T> items, int page, int size, long totalItems) {

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public <R> ContentPage<R> map(Function<T, R> mapping) {
        return new ContentPage<>(items.stream().map(mapping).toList(), page, size, totalItems);
    }
}
