package io.backstride.assessment.application;

import java.util.List;
import java.util.function.Function;

import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.Violation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** One page of a runner's history, newest first. */
public record History<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int MAX_SIZE = 100;

    static PageRequest request(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException(List.of(
                    new Violation(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to " + MAX_SIZE)));
        }
        return PageRequest.of(page, size);
    }

    static <D, T> History<T> of(Page<D> page, Function<D, T> mapping) {
        return new History<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
