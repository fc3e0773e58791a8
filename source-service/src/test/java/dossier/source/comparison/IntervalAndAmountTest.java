package dossier.source.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dossier.source.domain.Amount;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.DateRange;
import dossier.source.extraction.Lexicon;
import dossier.source.support.Fixtures;

class IntervalAndAmountTest {

    private final ValueCompatibility values = new ValueCompatibility(Lexicon.english());

    private static ClaimArgument time(String start, String end, String precision) {
        return new ClaimArgument("time", start, "", null, "", List.of()).withInterval(new DateRange(start, end, precision, ""));
    }

    private static ClaimArgument amount(String text, Amount a) {
        return new ClaimArgument("quantity", text, "", null, "", List.of()).withAmount(a);
    }

    @Test
    void aDayInsideEarlyMayRefinesItAndJuneAgainstJulyConflicts() {
        assertThat(values.compatible("time", time("2019-05-07", "2019-05-07", "day"), time("2019-05-01", "2019-05-10", "part_of_month"))).isTrue();
        assertThat(values.compatible("time", time("2023-06-01", "2023-06-30", "month"), time("2023-07-01", "2023-07-31", "month"))).isFalse();
        assertThat(values.compatible("time", time("2019-01-01", "2019-12-31", "year"), time("2019-09-01", "2019-11-30", "season"))).isTrue();
    }

    @Test
    void aboutNMeansNRoundedAtThePrecisionItIsWrittenWith() {
        Amount about25k = new Amount(25_000, "", "", "about", false);
        assertThat(values.compatible("quantity", amount("about 25,000", about25k),
                amount("25,300", new Amount(25_300, "", "", "exactly", false)))).isTrue();
        assertThat(values.compatible("quantity", amount("about 25,000", about25k),
                amount("some 26,500", new Amount(26_500, "", "", "about", false)))).isFalse();
        assertThat(values.compatible("value", amount("about $620 million", new Amount(620e6, "", "USD", "about", false)),
                amount("$625 million", new Amount(625e6, "", "USD", "exactly", false)))).isFalse();
        assertThat(values.compatible("value", amount("about $600 million", new Amount(600e6, "", "USD", "about", false)),
                amount("$625 million", new Amount(625e6, "", "USD", "exactly", false)))).isTrue();
    }

    @Test
    void countsBoundsAndCurrenciesAreComparedAsAmounts() {
        assertThat(values.compatible("quantity", amount("twelve", new Amount(12, "", "", "exactly", false)),
                amount("14", new Amount(14, "", "", "exactly", false)))).isFalse();
        assertThat(values.compatible("quantity", amount("two", new Amount(2, "", "", "exactly", false)),
                amount("a pair", new Amount(2, "", "", "exactly", false)))).isTrue();
        assertThat(values.compatible("value", amount("$300,000 each", new Amount(300000, "", "USD", "exactly", true)),
                amount("more than $300,000 each", new Amount(300000, "", "USD", "at_least", true)))).isTrue();
        // other currencies or units are not compared (no rate in the text): never a conflict, however far apart
        assertThat(values.compatible("value", amount("13 million euros", new Amount(13e6, "", "EUR", "exactly", false)),
                amount("$19 million", new Amount(19e6, "", "USD", "exactly", false)))).isTrue();
        assertThat(values.compatible("value", amount("173,600 ether", new Amount(173_600, "", "", "about", false)),
                amount("more than $600 million", new Amount(600e6, "", "USD", "at_least", false)))).isTrue();
        assertThat(values.compatible("quantity", amount("25,000 tonnes", new Amount(25_000, "tonne", "", "exactly", false)),
                amount("25,000 barrels", new Amount(25_000, "barrel", "", "exactly", false)))).isTrue();
        assertThat(values.compatible("value", amount("2 million yuan", new Amount(2e6, "", "CNY", "exactly", false)),
                amount("3 million yuan", new Amount(3e6, "", "CNY", "exactly", false)))).isFalse();
        // two bounds agree when some figure meets both
        assertThat(values.compatible("value", amount("more than $600 million", new Amount(600e6, "", "USD", "at_least", false)),
                amount("about $620 million", new Amount(620e6, "", "USD", "about", false)))).isTrue();
        assertThat(values.compatible("value", amount("more than $700 million", new Amount(700e6, "", "USD", "at_least", false)),
                amount("at most $600 million", new Amount(600e6, "", "USD", "at_most", false)))).isFalse();
        assertThat(values.compatible("value", amount("about $620 million", new Amount(620e6, "", "USD", "about", false)),
                amount("$625 million", new Amount(625e6, "", "USD", "exactly", false)))).isFalse();
    }

    @Test
    void twoReportsOfOneShipmentDisagreeOnTheCountAndTheMonthButNotOnAPairOfWords() {
        Claim a = Fixtures.run("Headline\n\nA dealer shipped twelve excavators to Sinhung Trading in June 2023.", "A", "2024-02-20")
                .claims().getFirst().withIds("a", "case", "s1");
        Claim b = Fixtures.run("Headline\n\nA dealer shipped 14 excavators to Sinhung Trading last July.", "B", "2024-02-20")
                .claims().getFirst().withIds("b", "case", "s2");
        ComparisonResult r = new ClaimComparator(Lexicon.english()).compare("case", List.of(a, b), Map.of("s1", "A", "s2", "B"));
        assertThat(r.conflicts()).extracting(ComparisonResult.Conflict::slot)
                .anyMatch(s -> s.endsWith("/quantity")).anyMatch(s -> s.endsWith("/time"));
        Claim c = Fixtures.run("Headline\n\nA dealer shipped a pair of excavators to Sinhung Trading in early June 2023.", "C", "2024-02-20")
                .claims().getFirst().withIds("c", "case", "s3");
        Claim d = Fixtures.run("Headline\n\nA dealer shipped two excavators to Sinhung Trading on June 7, 2023.", "D", "2024-02-20")
                .claims().getFirst().withIds("d", "case", "s4");
        ComparisonResult agree = new ClaimComparator(Lexicon.english()).compare("case", List.of(c, d), Map.of("s3", "C", "s4", "D"));
        assertThat(agree.conflicts()).isEmpty();
    }

    @Test
    void oneSourceGivingATotalAndAPartIsNoConflictBetweenSources() {
        List<Claim> one = Fixtures.run("Headline\n\nHackers stole more than $600 million from the Ronin bridge in March 2022. "
                + "The hackers stole about $275 million from the Ronin bridge in March 2022.", "A", "2024-02-20").claims();
        Claim other = Fixtures.run("Headline\n\nHackers stole about 173,600 ether from the Ronin bridge in March 2022.", "B", "2024-02-20")
                .claims().getFirst().withIds("c", "case", "s2");
        List<Claim> all = new java.util.ArrayList<>();
        for (int i = 0; i < one.size(); i++) {
            all.add(one.get(i).withIds("a" + i, "case", "s1"));
        }
        all.add(other);
        assertThat(other.argument("value").orElseThrow().amount().unit()).isEqualTo("ether");
        ComparisonResult r = new ClaimComparator(Lexicon.english()).compare("case", all, Map.of("s1", "A", "s2", "B"));
        assertThat(r.conflicts()).noneMatch(c -> c.slot().endsWith("/value"));
        Claim third = Fixtures.run("Headline\n\nHackers stole about $400 million from the Ronin bridge in March 2022.", "C", "2024-02-20")
                .claims().getFirst().withIds("d", "case", "s3");
        all.add(third);
        ComparisonResult disputed = new ClaimComparator(Lexicon.english()).compare("case", all, Map.of("s1", "A", "s2", "B", "s3", "C"));
        assertThat(disputed.conflicts()).anyMatch(c -> c.slot().endsWith("/value"));
    }
}
