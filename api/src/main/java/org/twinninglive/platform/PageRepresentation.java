package org.twinninglive.platform;

import java.util.List;
import java.util.function.Function;

/** The one shape of every list the API answers: {@code {"items", "page", "size", "total"}}. */
public record PageRepresentation<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageRepresentation<T> of(Page<S> page, Function<? super S, ? extends T> toRepresentation) {
        return new PageRepresentation<>(page.items().stream().<T>map(toRepresentation).toList(),
                page.page(), page.size(), page.total());
    }
}
