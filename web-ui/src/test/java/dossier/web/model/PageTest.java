package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void walksForwardAndBackWithinTheTotal() {
        Page first = Page.first(20).withTotal(45);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.label(20)).isEqualTo("1–20 of 45");

        Page last = first.next().next();
        assertThat(last.offset()).isEqualTo(40);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.label(5)).isEqualTo("41–45 of 45");
        assertThat(last.next()).isEqualTo(last);
        assertThat(last.previous().offset()).isEqualTo(20);
        assertThat(first.previous().offset()).isZero();
    }

    @Test
    void anEmptyListSaysNone() {
        assertThat(Page.first(20).label(0)).isEqualTo("none");
        assertThat(Page.first(20).hasNext()).isFalse();
    }

    @Test
    void aPageHoldsAtLeastOneItem() {
        assertThatThrownBy(() -> Page.first(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
