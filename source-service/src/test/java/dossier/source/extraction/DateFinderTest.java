package dossier.source.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateFinderTest {

    private final DateFinder dates = new DateFinder();

    private String first(String sentence, String published) {
        return dates.find(sentence, published).map(DateFinder.Found::iso).orElse("");
    }

    @Test
    void weekdaysResolveToTheLastSuchDayOnOrBeforePublication() {
        // 2025-03-05 is a Wednesday
        assertThat(first("The coast guard said on Tuesday.", "2025-03-05")).isEqualTo("2025-03-04");
        assertThat(first("Officials confirmed it Wednesday.", "2025-03-05")).isEqualTo("2025-03-05");
        assertThat(first("It sailed last Wednesday.", "2025-03-05")).isEqualTo("2025-02-26");
    }

    @Test
    void relativePeriodsResolveAgainstPublication() {
        assertThat(first("The tanker was seen last week.", "2025-03-04")).isEqualTo("2025-W09");
        assertThat(first("Intelligence alleged last month that drones were sent.", "2024-10-02")).isEqualTo("2024-09");
        assertThat(first("It was delivered yesterday.", "2024-10-02")).isEqualTo("2024-10-01");
        assertThat(first("It left three days ago.", "2024-10-02")).isEqualTo("2024-09-29");
        assertThat(first("The watches were exported in April.", "2025-06-13")).isEqualTo("2025-04");
        assertThat(first("The watches were exported in November.", "2025-06-13")).isEqualTo("2024-11");
    }

    @Test
    void absoluteDatesWinWithOrWithoutAYear() {
        assertThat(first("On March 4, 2023 the ship docked.", "2025-01-01")).isEqualTo("2023-03-04");
        assertThat(first("On 2 October the ship docked.", "2024-10-05")).isEqualTo("2024-10-02");
        assertThat(first("Aurus began its sales in 2019.", "")).isEqualTo("2019");
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertThat(first("The coast guard said on Tuesday.", "")).isEmpty();
        assertThat(first("The coast guard said on Tuesday.", null)).isEmpty();
    }
}
