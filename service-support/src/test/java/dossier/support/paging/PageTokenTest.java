package dossier.support.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTokenTest {

    @Test
    void cursorComesBackForTheSameRequest() {
        String token = PageToken.encode(List.of("case-1", "QUOTE", "src-9", "4"));
        assertThat(PageToken.decode(token, List.of("case-1", "QUOTE"), 2)).containsExactly("src-9", "4");
    }

    @Test
    void tokenOfAnotherRequestIsRefused() {
        String token = PageToken.encode(List.of("case-1", "src-9"));
        assertThatThrownBy(() -> PageToken.decode(token, List.of("case-2"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another request");
    }

    @Test
    void malformedTokensAreRefused() {
        for (String bad : List.of("!!!", "abc", PageToken.encode(List.of("case-1")), "cDE")) {
            assertThatThrownBy(() -> PageToken.decode(bad, List.of("case-1"), 1)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page_token");
        }
    }

    @Test
    void pageSizeDefaultsAndRefusesNegatives() {
        assertThat(PageToken.pageSize(0, 100)).isEqualTo(100);
        assertThat(PageToken.pageSize(7, 100)).isEqualTo(7);
        assertThatThrownBy(() -> PageToken.pageSize(-1, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
