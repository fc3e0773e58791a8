package dossier.web.model;

import dossier.model.v1.EventKind;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.Measure;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Claim;
import dossier.source.v1.Source;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case on a time axis, laid out in pixels: a lane per event (one row per distinct date the
 * sources give it, side by side when they cannot all be true), the sources at their publication
 * dates, and the adoption of the measures the case is judged under. Adoptions before the events
 * stand in a gutter left of an axis break, so a 2006 resolution does not squash a 2024 week.
 */
public record Timeline(double width, double height, double plotLeft, double plotRight, boolean hasGutter,
        List<Lane> lanes, List<Tick> ticks, List<Item> items, LocalDate from, LocalDate to) {

    public enum Kind { EVENT, SOURCE, MEASURE }

    public record Lane(String label, String fullLabel, double y, double height) {
    }

    public record Tick(double x, String label) {
    }

    /**
     * One thing drawn: an event's date span (x1 < x2 for an interval, x1 == x2 for a day), a source, or
     * a measure's adoption. {@code claimIds} are the claims behind an event; {@code target} where a
     * click leads for sources and measures.
     */
    public record Item(String id, Kind kind, double x1, double x2, double y, String label, String ariaLabel,
            boolean openStart, boolean openEnd, boolean conflicting, List<String> claimIds, Target target) {
        public boolean interval() {
            return x2 - x1 > 0.5;
        }
    }

    public static final double WIDTH = 1100;
    public static final double LABEL_WIDTH = 190;
    static final double GUTTER_WIDTH = 200;
    static final double RIGHT_PAD = 30;
    static final double TOP = 34;
    static final double ROW = 26;
    static final double SOURCE_STEP = 12;

    /** Kinds of claim that report an event (not what someone said about it). */
    private static final Set<EventKind> EVENT_KINDS = EnumSet.of(EventKind.EVENT_KIND_TRANSFER,
            EventKind.EVENT_KIND_SHIPMENT, EventKind.EVENT_KIND_PROCUREMENT, EventKind.EVENT_KIND_EXPORT,
            EventKind.EVENT_KIND_EMPLOYMENT, EventKind.EVENT_KIND_FINANCIAL);

    private static final Pattern YEAR_IN_INSTRUMENT = Pattern.compile("\\((\\d{4})\\)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** An event's row before layout: its date span and the claims that give it. */
    record EventRow(String laneKey, String laneLabel, String id, DateSpan span, List<String> claimIds,
            List<String> sourceIds, boolean conflicting) {
    }

    /** A measure of the case with its adoption date (a whole year when only the citation's year is known). */
    record Adoption(String measureId, String title, DateSpan span, Target target) {
    }

    public static Timeline of(CaseFile file, List<Measure> measures) {
        Map<String, Source> sources = new LinkedHashMap<>();
        file.getSourcesList().forEach(s -> sources.put(s.getId(), s));
        Map<String, Claim> claims = new LinkedHashMap<>();
        file.getClaimsList().forEach(c -> claims.put(c.getId(), c));

        List<EventRow> rows = new ArrayList<>();
        Set<String> inIncidents = new HashSet<>();
        for (Incident i : file.getIncidentsList()) {
            inIncidents.addAll(i.getClaimIdsList());
            List<Claim> own = i.getClaimIdsList().stream().map(claims::get).filter(c -> c != null).toList();
            List<EventRow> eventRows = rowsOf("incident-" + i.getId(), orId(i.getSummary(), i.getId()), own, sources);
            if (eventRows.isEmpty() && DateSpan.date(i.getDate()) != null) {
                eventRows = List.of(new EventRow("incident-" + i.getId(), orId(i.getSummary(), i.getId()),
                        "event-" + i.getId() + "-0", DateSpan.day(DateSpan.date(i.getDate())), i.getClaimIdsList(),
                        List.of(), false));
            }
            rows.addAll(eventRows);
        }
        List<Claim> others = file.getClaimsList().stream()
                .filter(c -> !inIncidents.contains(c.getId()) && EVENT_KINDS.contains(c.getEventKind())).toList();
        rows.addAll(rowsOf("other", "Other reported events", others, sources));

        List<Adoption> adoptions = adoptions(file, measures);

        // the range the axis covers: events and sources; adoptions inside it are drawn in place
        List<LocalDate> dates = new ArrayList<>();
        for (EventRow r : rows) {
            if (r.span().start() != null) dates.add(r.span().start());
            if (r.span().end() != null) dates.add(r.span().end());
        }
        sources.values().forEach(s -> {
            LocalDate d = DateSpan.date(s.getPublishedDate());
            if (d != null) dates.add(d);
        });
        if (dates.isEmpty()) {
            adoptions.forEach(a -> dates.add(a.span().end() != null ? a.span().end() : a.span().start()));
        }
        if (dates.isEmpty()) {
            dates.add(LocalDate.now());
        }
        LocalDate min = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate max = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        long span = ChronoUnit.DAYS.between(min, max);
        long pad = Math.max(2, span / 12);
        LocalDate from = min.minusDays(pad);
        LocalDate to = max.plusDays(pad);
        if (ChronoUnit.DAYS.between(from, to) < 14) {
            long grow = (14 - ChronoUnit.DAYS.between(from, to)) / 2 + 1;
            from = from.minusDays(grow);
            to = to.plusDays(grow);
        }
        LocalDate axisFrom = from;
        boolean gutter = adoptions.stream().anyMatch(a -> before(a.span(), axisFrom));
        double plotLeft = LABEL_WIDTH + (gutter ? GUTTER_WIDTH : 0);
        double plotRight = WIDTH - RIGHT_PAD;
        Scale scale = new Scale(from, to, plotLeft, plotRight);

        List<Lane> lanes = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        double y = TOP;

        // measures: a lane on top
        if (!adoptions.isEmpty()) {
            double laneHeight = Math.max(ROW, adoptions.size() * 16 + 10);
            lanes.add(new Lane("Measures adopted", "Measures adopted", y, laneHeight));
            int n = 0;
            for (Adoption a : adoptions) {
                double ay = y + 13 + n * 16;
                String when = a.span().label();
                String aria = "Measure " + a.measureId() + " (" + a.title() + ") adopted " + when;
                if (before(a.span(), from)) {
                    double gx = LABEL_WIDTH + 12;
                    items.add(new Item("measure-" + a.measureId(), Kind.MEASURE, gx, gx, ay,
                            a.measureId() + " · " + when, aria, false, false, false, List.of(), a.target()));
                } else {
                    double x = scale.x(a.span().start() != null ? a.span().start() : a.span().end());
                    items.add(new Item("measure-" + a.measureId(), Kind.MEASURE, x, x, ay, a.measureId(), aria,
                            false, false, false, List.of(), a.target()));
                }
                n++;
            }
            y += laneHeight;
        }

        // events: one lane per incident, a row per distinct date
        Map<String, List<EventRow>> byLane = new LinkedHashMap<>();
        rows.forEach(r -> byLane.computeIfAbsent(r.laneKey(), k -> new ArrayList<>()).add(r));
        for (List<EventRow> laneRows : byLane.values()) {
            String full = laneRows.get(0).laneLabel();
            double laneHeight = laneRows.size() * ROW + 6;
            lanes.add(new Lane(shorten(full, 30), full, y, laneHeight));
            double ry = y + ROW / 2 + 3;
            for (EventRow r : laneRows) {
                DateSpan d = r.span();
                double x1 = d.start() == null ? plotLeft : scale.x(d.start());
                double x2 = d.end() == null ? plotRight : scale.x(d.end().plusDays(d.point() ? 0 : 1));
                List<String> named = r.sourceIds().stream().map(id -> sources.containsKey(id) ? outletOf(sources.get(id)) : id)
                        .distinct().toList();
                String outlets = String.join(", ", named);
                // the picture names a few; the screen reader and the detail panel name all
                String shortOutlets = named.size() <= 3 ? outlets
                        : String.join(", ", named.subList(0, 2)) + " and " + (named.size() - 2) + " more";
                String aria = full + ": " + d.label() + (outlets.isBlank() ? "" : " according to " + outlets)
                        + (r.conflicting() ? " (sources disagree on the date)" : "");
                items.add(new Item(r.id(), Kind.EVENT, x1, x2, ry, d.label() + (outlets.isBlank() ? "" : " · " + shortOutlets),
                        aria, d.start() == null, d.end() == null, r.conflicting(), r.claimIds(), null));
                ry += ROW;
            }
            y += laneHeight;
        }

        // sources: stacked where they share a day
        if (!sources.isEmpty()) {
            Map<LocalDate, List<Source>> byDay = new TreeMap<>();
            List<Source> undated = new ArrayList<>();
            for (Source s : sources.values()) {
                LocalDate d = DateSpan.date(s.getPublishedDate());
                if (d == null) undated.add(s); else byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
            }
            int stack = byDay.values().stream().mapToInt(List::size).max().orElse(1);
            double laneHeight = Math.max(ROW, stack * SOURCE_STEP + 14);
            lanes.add(new Lane("Sources published", "Sources published", y, laneHeight));
            for (var e : byDay.entrySet()) {
                double x = scale.x(e.getKey());
                int n = 0;
                for (Source s : e.getValue()) {
                    double sy = y + 10 + n * SOURCE_STEP;
                    items.add(new Item("source-" + s.getId(), Kind.SOURCE, x, x, sy, outletOf(s),
                            "Source " + titleOf(s) + ", " + outletOf(s) + ", published " + e.getKey(),
                            false, false, false, List.of(), Target.source(s.getId())));
                    n++;
                }
            }
            y += laneHeight;
            // undated sources are not placed on the axis: they are listed in the Sources tab
        }

        List<Tick> ticks = ticks(from, to, scale);
        return new Timeline(WIDTH, y + 24, plotLeft, plotRight, gutter, lanes, ticks, items, from, to);
    }

    private static boolean before(DateSpan s, LocalDate from) {
        LocalDate end = s.end() != null ? s.end() : s.start();
        return end != null && end.isBefore(from);
    }

    /** The rows of one event: its claims grouped by the date they give, reports' dates only when nothing better. */
    static List<EventRow> rowsOf(String laneKey, String laneLabel, List<Claim> claims, Map<String, Source> sources) {
        Map<DateSpan, List<Claim>> bySpan = new LinkedHashMap<>();
        Map<DateSpan, List<Claim>> fromReports = new LinkedHashMap<>();
        for (Claim c : claims) {
            DateSpan.of(c, sources.get(c.getSourceId())).ifPresent(d -> {
                DateSpan key = new DateSpan(d.start(), d.end(), d.precision(), d.fromPublication());
                (d.fromPublication() ? fromReports : bySpan).computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            });
        }
        Map<DateSpan, List<Claim>> chosen = bySpan;
        if (bySpan.isEmpty() && !fromReports.isEmpty()) {
            // reports' dates only: the event happened no later than the earliest report, one row
            LocalDate earliest = fromReports.keySet().stream().map(DateSpan::end).filter(d -> d != null)
                    .min(Comparator.naturalOrder()).orElse(null);
            chosen = new LinkedHashMap<>();
            chosen.put(new DateSpan(null, earliest, dossier.model.v1.DatePrecision.DATE_PRECISION_UPPER_BOUND, true),
                    fromReports.values().stream().flatMap(List::stream).toList());
        }
        List<DateSpan> spans = new ArrayList<>(chosen.keySet());
        spans.sort(Comparator.comparing((DateSpan d) -> d.start() == null ? LocalDate.MIN : d.start())
                .thenComparing(d -> d.end() == null ? LocalDate.MAX : d.end()));
        List<EventRow> out = new ArrayList<>();
        int n = 0;
        for (DateSpan d : spans) {
            boolean conflicting = spans.stream().anyMatch(o -> !o.overlaps(d));
            final Map<DateSpan, List<Claim>> rows = chosen;
            List<Claim> cs = rows.get(d);
            out.add(new EventRow(laneKey, laneLabel, "event-" + laneKey + "-" + n++, d,
                    cs.stream().map(Claim::getId).toList(),
                    cs.stream().map(Claim::getSourceId).distinct().toList(), conflicting));
        }
        return out;
    }

    /** The case's measures (those it has verdicts under) with their adoption dates. */
    static List<Adoption> adoptions(CaseFile file, List<Measure> measures) {
        Map<String, Measure> byId = new LinkedHashMap<>();
        measures.forEach(m -> byId.put(m.getId(), m));
        Map<String, Adoption> out = new LinkedHashMap<>();
        List<Verdict> verdicts = new ArrayList<>(file.getVerdictsList());
        verdicts.sort(Comparator.comparingInt(v -> Badges.severity(Verdicts.effective(v))));
        for (Verdict v : verdicts) {
            if (out.containsKey(v.getMeasureId())) {
                continue;
            }
            Measure m = byId.get(v.getMeasureId());
            LocalDate adopted = m == null ? null : DateSpan.date(m.getAdopted());
            DateSpan span = adopted != null ? DateSpan.day(adopted) : citationYear(v.getCitationsList());
            if (span != null) {
                out.put(v.getMeasureId(), new Adoption(v.getMeasureId(), v.getMeasureTitle(), span, Target.verdict(v.getId())));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The latest year the citations name ("S/RES/2094 (2013)"), as that whole year. */
    static DateSpan citationYear(List<Citation> citations) {
        int year = 0;
        for (Citation c : citations) {
            Matcher m = YEAR_IN_INSTRUMENT.matcher(c.getInstrument());
            while (m.find()) {
                year = Math.max(year, Integer.parseInt(m.group(1)));
            }
        }
        return year == 0 ? null : new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                dossier.model.v1.DatePrecision.DATE_PRECISION_YEAR, false);
    }

    static List<Tick> ticks(LocalDate from, LocalDate to, Scale scale) {
        long days = ChronoUnit.DAYS.between(from, to);
        List<Tick> out = new ArrayList<>();
        if (days <= 45) {
            int step = days <= 16 ? 2 : 7;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(step)) {
                out.add(new Tick(scale.x(d), DAY.format(d)));
            }
        } else if (days <= 800) {
            int step = days <= 400 ? 1 : 3;
            for (LocalDate d = from.withDayOfMonth(1).plusMonths(1); !d.isAfter(to); d = d.plusMonths(step)) {
                out.add(new Tick(scale.x(d), MONTH.format(d)));
            }
        } else {
            for (LocalDate d = from.withDayOfYear(1).plusYears(1); !d.isAfter(to); d = d.plusYears(1)) {
                out.add(new Tick(scale.x(d), String.valueOf(d.getYear())));
            }
        }
        return out;
    }

    /** Dates to x pixels, linear between the axis ends. */
    record Scale(LocalDate from, LocalDate to, double left, double right) {
        double x(LocalDate d) {
            double total = Math.max(1, ChronoUnit.DAYS.between(from, to));
            double at = ChronoUnit.DAYS.between(from, d);
            return left + Math.max(0, Math.min(total, at)) / total * (right - left);
        }
    }

    static String outletOf(Source s) {
        return s.getOutlet().isBlank() ? titleOf(s) : s.getOutlet();
    }

    static String titleOf(Source s) {
        return s.getTitle().isBlank() ? s.getId() : s.getTitle();
    }

    private static String orId(String label, String id) {
        return label.isBlank() ? "Incident " + id : label;
    }

    public static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }
}
