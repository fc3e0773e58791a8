package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.sanctions.v1.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void instantsAreShownInUtcToTheMinute() {
        assertThat(Formats.instant("2025-03-04T10:15:30.123Z")).isEqualTo("2025-03-04 10:15 UTC");
        assertThat(Formats.instant("")).isEqualTo("—");
        assertThat(Formats.instant("yesterday")).isEqualTo("yesterday");
    }

    @Test
    void constantsBecomeWordsButFreeTextIsKept() {
        assertThat(Formats.humanize("DATE_AFTER_ADOPTION")).isEqualTo("Date after adoption");
        assertThat(Formats.humanize("BOUND_ACTOR")).isEqualTo("Bound actor");
        assertThat(Formats.humanize("giver_state")).isEqualTo("Giver state");
        assertThat(Formats.humanize("name_tokens")).isEqualTo("Name tokens");
        assertThat(Formats.humanize("McLaren")).isEqualTo("McLaren");
        assertThat(Formats.humanize("transfer(giver,recipient)/item")).isEqualTo("transfer(giver,recipient)/item");
    }

    @Test
    void citationsJoinInstrumentAndProvision() {
        Citation full = Citation.newBuilder().setInstrument("Regulation 1/2020").setProvision("Art. 3").build();
        Citation bare = Citation.newBuilder().setProvision("Annex II").build();

        assertThat(Formats.citation(full)).isEqualTo("Regulation 1/2020, Art. 3");
        assertThat(Formats.citation(bare)).isEqualTo("Annex II");
        assertThat(Formats.citations(List.of(full, bare))).isEqualTo("Regulation 1/2020, Art. 3; Annex II");
    }

    @Test
    void scoresArePercentages() {
        assertThat(Formats.percent(0.876)).isEqualTo("88 %");
        assertThat(Formats.percent(1.0)).isEqualTo("100 %");
    }
}
