package org.twinninglive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentValuesTakeTheFirstPageOfDefaultSize() {
        var request = PageRequest.parse(null, " ");

        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(PageRequest.DEFAULT_SIZE);
        assertThat(request.offset()).isZero();
    }

    @Test
    void offsetSkipsTheEarlierPages() {
        assertThat(PageRequest.parse("3", "25").offset()).isEqualTo(75);
    }

    @Test
    void textWhereANumberBelongsNamesTheField() {
        assertThatThrownBy(() -> PageRequest.parse("two", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    @Test
    void sizeAboveTheMaximumIsRefused() {
        assertThatThrownBy(() -> PageRequest.parse("0", "101"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("size"));
    }

    @Test
    void negativePageIsRefused() {
        assertThatThrownBy(() -> new PageRequest(-1, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    @Test
    void aPageBeyondTheDeepestOffsetIsRefusedEvenWhenItsNumberOverflows() {
        assertThat(new PageRequest(999, 100).offset()).as("the last page ends at the 100,000th entry").isEqualTo(99_900);
        assertThatThrownBy(() -> new PageRequest(1_000, 100))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequest.parse("21474837", "100"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }
}
