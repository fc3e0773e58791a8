package dossier.source.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dossier.source.domain.Amount;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;
import dossier.source.domain.DateRange;
import dossier.source.domain.Modality;
import dossier.source.extraction.Lexicon;

/** Which claims are compared as reports of one event (EventKeys through ClaimComparator). */
class EventKeysTest {

    private static ClaimArgument arg(String role, String value, String normalized) {
        return new ClaimArgument(role, value, "", null, normalized, List.of());
    }

    private static Claim transfer(String source, String giver, String recipient, String item, String itemLemmas,
                                  double count, DateRange time) {
        List<ClaimArgument> args = new ArrayList<>();
        args.add(arg("giver", giver, giver.toLowerCase()));
        args.add(arg("recipient", recipient, recipient.toLowerCase()));
        args.add(arg("item", item, itemLemmas));
        args.add(arg("quantity", String.valueOf((long) count), "").withAmount(new Amount(count, "", "", "exactly", false)));
        if (time != null) {
            args.add(arg("time", time.basis(), "").withInterval(time));
        }
        return new Claim(source + "-c", "case", source, ClaimType.TRANSFER, "sell", args, Modality.REPORTED, List.of(),
                List.of(), null, "", 0.8, "").withEvent("transfer", time, "");
    }

    private static ComparisonResult compare(Claim... claims) {
        return new ClaimComparator(Lexicon.english()).compare("case", List.of(claims), Map.of("a", "A", "b", "B"));
    }

    private static final DateRange JUNE_2019 = new DateRange("2019-06-01", "2019-06-30", "month", "June 2019");
    private static final DateRange JULY_2019 = new DateRange("2019-07-01", "2019-07-31", "month", "last July");
    private static final DateRange MAY_2017 = new DateRange("2017-05-01", "2017-05-31", "month", "May 2017");

    @Test
    void partiesDescribedDifferentlyButTheSameItemAreOneEventWhoseCountAndMonthConflict() {
        ComparisonResult r = compare(
                transfer("a", "A machinery dealer", "a North Korean trading company", "12 excavators", "12 excavator", 12, JUNE_2019),
                transfer("b", "a Chinese firm", "a North Korean company", "Fourteen excavators", "fourteen excavator", 14, JULY_2019));
        assertThat(r.conflicts()).extracting(ComparisonResult.Conflict::slot)
                .contains("transfer of excavator (2019)/quantity", "transfer of excavator (2019)/time");
        assertThat(r.conflicts()).noneMatch(c -> c.slot().endsWith("/item"));
    }

    @Test
    void theSameItemInAnotherYearIsAnotherEvent() {
        ComparisonResult r = compare(
                transfer("a", "A dealer", "a company", "12 excavators", "12 excavator", 12, JUNE_2019),
                transfer("b", "A dealer", "a company", "30 excavators", "30 excavator", 30, MAY_2017));
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void differentItemsAreDifferentThingsNotADispute() {
        ComparisonResult r = compare(
                transfer("a", "A dealer", "a company", "12 excavators", "12 excavator", 12, JUNE_2019),
                transfer("b", "A dealer", "a company", "14 cranes", "14 crane", 14, JUNE_2019));
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void runningTotalsOfDifferentPeriodsAreNotOneEventButTotalsOfOnePeriodAre() {
        DateRange byOctober = new DateRange("", "2023-10-31", "upper_bound", "by October 2023");
        DateRange byFebruary = new DateRange("", "2024-02-29", "upper_bound", "by February 2024");
        assertThat(compare(
                transfer("a", "A", "B", "1,000 containers", "1000 container", 1000, byOctober),
                transfer("b", "A", "B", "6,700 containers", "6700 container", 6700, byFebruary)).conflicts()).isEmpty();
        assertThat(compare(
                transfer("a", "A", "B", "1,000 containers", "1000 container", 1000, byOctober),
                transfer("b", "A", "B", "1,500 containers", "1500 container", 1500, byOctober)).conflicts())
                .extracting(ComparisonResult.Conflict::slot).anyMatch(s -> s.endsWith("/quantity"));
    }

    private static Claim money(String source, String predicate, String giver, String recipient, double amount, String comparator,
                               DateRange time) {
        List<ClaimArgument> args = new ArrayList<>();
        args.add(arg("giver", giver, giver.toLowerCase()));
        args.add(arg("recipient", recipient, recipient.toLowerCase()));
        args.add(arg("value", "$" + (long) amount, "").withAmount(new Amount(amount, "USD", "", comparator, false)));
        if (time != null) {
            args.add(arg("time", time.basis(), "").withInterval(time));
        }
        return new Claim(source + "-c", "case", source, ClaimType.TRANSFER, predicate, args, Modality.REPORTED, List.of(),
                List.of(), null, "", 0.8, "").withEvent("financial", time, "");
    }

    @Test
    void oneTheftReportedWithItsPartiesInOtherWordsIsOneEventWhoseSumsConflict() {
        DateRange lateMarch = new DateRange("2022-03-21", "2022-03-31", "part_of_month", "late March 2022");
        ComparisonResult r = compare(
                money("a", "steal", "the Ronin Network", "North Korean hackers", 620e6, "about", null),
                money("b", "steal", "the Ronin bridge", "the Lazarus Group", 625e6, "exactly", lateMarch));
        assertThat(r.conflicts()).extracting(ComparisonResult.Conflict::slot).contains("steal (2022)/value");

        // "more than $600 million" admits both; a payment is another act than the theft
        assertThat(compare(
                money("a", "steal", "the Ronin Network", "hackers", 620e6, "about", lateMarch),
                money("b", "steal", "Ronin", "Lazarus", 600e6, "at_least", lateMarch)).conflicts()).isEmpty();
        assertThat(compare(
                money("a", "steal", "the Ronin Network", "hackers", 620e6, "exactly", lateMarch),
                money("b", "pay", "Sky Mavis", "players", 150e6, "exactly", lateMarch)).conflicts()).isEmpty();
    }

    @Test
    void moneyMovedOrPassedThroughIsOnePaymentButLaunderingIsAnotherActAndAWordForMoneyNoSum() {
        DateRange years = new DateRange("2009-01-01", "2015-12-31", "year", "between 2009 and 2015");
        Claim moved = money("a", "move", "front companies", "banks", 75e6, "about", years);
        ComparisonResult r = compare(moved, money("b", "pass", "accounts", "a bank", 57e6, "about", years));
        assertThat(r.conflicts()).extracting(ComparisonResult.Conflict::slot).contains("pay (2009)/value");
        assertThat(compare(moved, money("b", "launder", "a mixer", "hackers", 57e6, "about", years)).conflicts()).isEmpty();

        Claim words = money("b", "pass", "accounts", "a bank", 57e6, "about", years);
        List<ClaimArgument> noSum = words.arguments().stream()
                .map(a -> a.role().equals("value") ? arg("value", "The money", "money") : a).toList();
        assertThat(compare(moved, words.withArguments(noSum)).conflicts()).isEmpty();
    }
}
