package witness.research;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import witness.core.Film;
import witness.film.Shot;
import witness.film.ShotKind;
import witness.film.ShotStatus;
import witness.source.ClearanceStatus;
import witness.source.Source;
import witness.web.Formats;
import witness.web.SpreadsheetCells;

/**
 * Every archive item a film uses on screen, with what clearing it costs: the sources of archive
 * shots (archive film, archive photograph, document) and of any shot whose source needs clearing,
 * each with the shots that use it; totals per rights holder and per clearance status, kept per
 * currency; and the shots that use material not cleared yet. Dropped shots are listed but count
 * for nothing. Two queries, whatever the size of the film.
 */
public record ClearanceReport(ClearanceStatus status, List<Item> items, List<Total> byHolder, List<Total> byStatus,
        List<Warning> warnings) {

    public static final Set<ShotKind> ARCHIVE_KINDS = EnumSet.of(ShotKind.ARCHIVE_FILM, ShotKind.ARCHIVE_PHOTOGRAPH,
            ShotKind.DOCUMENT);
    public static final Set<ClearanceStatus> UNCLEARED = EnumSet.of(ClearanceStatus.TO_CLEAR,
            ClearanceStatus.REQUESTED, ClearanceStatus.REFUSED);
    public static final String UNKNOWN_HOLDER = "Rights holder unknown";
    public static final List<String> COLUMNS = List.of("row", "source", "title", "rights holder", "clearance", "fee",
            "currency", "territory", "term", "shots", "items");


    /** A source used in shots, with those shots in film order. */
    public record Item(Source source, List<Shot> shots) {
        /** Whether any shot still planned, scheduled or shot uses it: only then does its fee count. */
        public boolean counted() {
            return shots.stream().anyMatch(s -> s.status != ShotStatus.DROPPED);
        }

        public String holder() {
            return source.rightsHolder == null ? UNKNOWN_HOLDER : source.rightsHolder;
        }

        public String fee() {
            return money(source.fee);
        }

        /** 1.2.3, 2.1.1 (dropped) */
        public String shotNumbers() {
            return shots.stream().map(s -> s.number() + (s.status == ShotStatus.DROPPED ? " (dropped)" : ""))
                    .collect(Collectors.joining(", "));
        }
    }

    /** What the counted items of a group cost in one currency; currency null for the items with no fee. */
    public record Amount(String currency, int items, BigDecimal total) {
        public String money() {
            return ClearanceReport.money(total);
        }

        public String label() {
            if (total == null) {
                return "no fee given";
            }
            return currency == null ? Formats.money(total, null) + " (no currency given)" : Formats.money(total, currency);
        }
    }

    /** The counted items of a rights holder or of a clearance status, per currency. */
    public record Total(String name, int items, List<Amount> amounts) {
    }

    /** A shot (not dropped) that uses uncleared material, and why. */
    public record Warning(Shot shot, String reason) {
    }

    public static ClearanceReport of(Film film, ClearanceStatus status) {
        List<Shot> shots = Shot.withSourceOrKind(film, ARCHIVE_KINDS);
        Map<Source, List<Shot>> bySource = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (Shot shot : shots) {
            boolean archive = ARCHIVE_KINDS.contains(shot.kind);
            Source source = shot.source;
            if (source != null && (archive || source.clearance != ClearanceStatus.NOT_NEEDED)) {
                bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(shot);
            }
            if (shot.status == ShotStatus.DROPPED) {
                continue;
            }
            if (source == null && archive) {
                warnings.add(new Warning(shot, "no source given for this " + shot.kind.label()
                        + " shot: its rights are unknown"));
            } else if (source != null && UNCLEARED.contains(source.clearance)) {
                warnings.add(new Warning(shot, "uses “" + source.title + "”, " + source.clearance.label()
                        + (source.rightsHolder == null ? "" : " (" + source.rightsHolder + ")")));
            }
        }
        List<Item> items = bySource.entrySet().stream()
                .filter(e -> status == null || e.getKey().clearance == status)
                .map(e -> new Item(e.getKey(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing((Item i) -> i.source().title.toLowerCase()).thenComparing(i -> i.source().key))
                .toList();
        List<Item> counted = items.stream().filter(Item::counted).toList();
        Map<String, List<Item>> holders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        counted.forEach(i -> holders.computeIfAbsent(i.holder(), h -> new ArrayList<>()).add(i));
        Map<ClearanceStatus, List<Item>> statuses = new TreeMap<>();
        counted.forEach(i -> statuses.computeIfAbsent(i.source().clearance, s -> new ArrayList<>()).add(i));
        return new ClearanceReport(status, items,
                holders.entrySet().stream().map(e -> total(e.getKey(), e.getValue())).toList(),
                statuses.entrySet().stream().map(e -> total(e.getKey().label(), e.getValue())).toList(),
                warnings);
    }

    /** Sums per currency, never across: GBP and EUR stay apart. Items without a fee are counted apart. */
    static Total total(String name, List<Item> items) {
        Map<String, List<Source>> byCurrency = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        List<Source> unpriced = new ArrayList<>();
        for (Item item : items) {
            if (item.source().fee == null) {
                unpriced.add(item.source());
            } else {
                byCurrency.computeIfAbsent(item.source().currency, c -> new ArrayList<>()).add(item.source());
            }
        }
        List<Amount> amounts = new ArrayList<>();
        byCurrency.forEach((currency, sources) -> amounts.add(new Amount(currency, sources.size(),
                sources.stream().map(s -> s.fee).reduce(BigDecimal.ZERO, BigDecimal::add))));
        if (!unpriced.isEmpty()) {
            amounts.add(new Amount(null, unpriced.size(), null));
        }
        return new Total(name, items.size(), amounts);
    }

    /** How many listed items count: used by at least one shot that is not dropped. */
    public int itemsCounted() {
        return (int) items.stream().filter(Item::counted).count();
    }

    public ClearanceStatus[] statuses() {
        return ClearanceStatus.values();
    }

    /**
     * The report as the bytes of a CSV file: RFC 4180, UTF-8 with a byte-order mark, CRLF line ends,
     * a header row, a row per source, then a row per rights holder and currency with the total.
     */
    public byte[] csv() {
        return SpreadsheetCells.csv(COLUMNS, printer -> {
            for (Item item : items) {
                Source s = item.source();
                SpreadsheetCells.print(printer, "source", s.key, s.title, s.rightsHolder, s.clearance.code(),
                        money(s.fee), s.currency, s.territory, s.term, item.shotNumbers(), item.counted() ? 1 : 0);
            }
            for (Total total : byHolder) {
                for (Amount amount : total.amounts()) {
                    SpreadsheetCells.print(printer, "total", null, null, total.name(), null, amount.money(),
                            amount.total() == null ? null : amount.currency(), null, null, null, amount.items());
                }
            }
        });
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
