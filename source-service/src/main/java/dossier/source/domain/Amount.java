package dossier.source.domain;

/**
 * A quantity or a sum of money as read from the text: "12", "a pair" (2), "more than $300,000 each"
 * (300000, USD, at_least, per unit). {@code currency} is ISO 4217 only when the text names or marks
 * it; never assumed. {@code comparator} is the wire name of {@code dossier.model.v1.Comparator}
 * ("exactly", "at_least", "at_most", "about").
 */
public record Amount(double value, String unit, String currency, String comparator, boolean perUnit) {

    public Amount {
        unit = unit == null ? "" : unit;
        currency = currency == null ? "" : currency;
        comparator = comparator == null || comparator.isEmpty() ? "exactly" : comparator;
    }

    /**
     * Whether both can describe the same amount: the ranges they allow overlap — equal values, a
     * bound the other meets ("more than 300,000" and "300,000"), two bounds that leave room for one
     * figure ("more than $600 million" and "about $620 million"); "about 25,000" admits "25,300" but
     * not "26,500". Amounts in different currencies or units are not compared, nor are a price each and
     * a total: "€13 million" and "$19 million" can be one price, "173,600 ether" and "$600 million" one
     * theft, and no rate or count in the text says whether they are.
     */
    public boolean compatible(Amount o) {
        if (perUnit != o.perUnit || !currency.equals(o.currency) || !unit.equals(o.unit)) {
            return true; // not comparable without an exchange rate, a conversion or the count: no conflict
        }
        double low = Math.max(low(), o.low());
        double high = Math.min(high(), o.high());
        // ranges that only touch share that figure only if both admit it: "about 620 million" is
        // 615 million up to, not including, 625 million
        return low < high || low == high && admits(low) && o.admits(low);
    }

    /** Whether the range holds {@code v}: "about" leaves both its ends out, a bound or an exact figure keeps them. */
    private boolean admits(double v) {
        return comparator.equals("about") ? low() < v && v < high() : low() <= v && v <= high();
    }

    private double low() {
        return switch (comparator) {
            case "at_most" -> Double.NEGATIVE_INFINITY;
            case "about" -> value - roundingUnit(value) / 2;
            default -> value;
        };
    }

    private double high() {
        return switch (comparator) {
            case "at_least" -> Double.POSITIVE_INFINITY;
            case "about" -> value + roundingUnit(value) / 2;
            default -> value;
        };
    }

    /**
     * What "about N" rounds to, read from how N is written: "about 25,000" is 25,000 to the nearest
     * thousand, "about $620 million" to the nearest ten million (so "$625 million" is another figure,
     * as two sources that give them disagree); at least 1.
     */
    static double roundingUnit(double n) {
        double unit = 1;
        long whole = Math.round(Math.abs(n));
        if (whole != Math.abs(n) || whole == 0) {
            return unit;
        }
        while (whole % 10 == 0) {
            whole /= 10;
            unit *= 10;
        }
        return unit;
    }
}
