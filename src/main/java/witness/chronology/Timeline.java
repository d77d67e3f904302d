package witness.chronology;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of the chronology's timeline, in SVG user units: a horizontal axis from the first
 * year of the earliest event to the end of the year of the latest, a marker per event (a dot for a
 * day, a bar spanning the month or year otherwise) stacked in lanes so none hides another, and a
 * band per sequence spanning the events its scenes cover. No database, no markup: the template
 * draws what this computes.
 */
public final class Timeline {
    public static final double WIDTH = 1000, LEFT = 20, RIGHT = 20, BAND_HEIGHT = 18, LANE_HEIGHT = 14,
            AXIS_GAP = 28, TOP = 8;
    /** Markers closer than this on a lane go to the next lane. */
    static final double MIN_GAP = 6;
    static final double DOT_RADIUS = 4, MIN_BAR = 2;

    /** What the timeline shows of an event: its key, when, and the text of its label. */
    public record Event(String key, PartialDate when, String label) {
        LocalDate start() {
            return when.date();
        }

        /** The day after the period the date names: 1947-11-18 for 17 November 1947, 1948-01-01 for 1947. */
        LocalDate end() {
            return switch (when.precision()) {
                case DAY -> when.date().plusDays(1);
                case MONTH -> when.date().plusMonths(1);
                case YEAR -> when.date().plusYears(1);
            };
        }
    }

    /** A sequence and the events its scenes cover. */
    public record Span(String key, String label, List<Event> events) {
    }

    public record Marker(String key, String title, boolean dot, double x, double width, double y) {
        /** The centre of a dot. */
        public double cx() {
            return x + width / 2;
        }
    }

    public record Band(String key, String label, double x, double width, double y, double height) {
        /** Where its label's baseline goes. */
        public double labelY() {
            return y + BAND_HEIGHT - 5;
        }
    }

    public record Tick(int year, double x) {
    }

    private final LocalDate from, to;
    private final List<Marker> markers = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private final double height, axisY, markersTop, bandsBottom;

    private Timeline(List<Event> events, List<Span> spans) {
        List<Event> sorted = events.stream()
                .sorted(Comparator.comparing(Event::start).thenComparing(Event::end).thenComparing(Event::key)).toList();
        if (sorted.isEmpty()) {
            from = to = null;
            height = axisY = markersTop = bandsBottom = 0;
            return;
        }
        from = LocalDate.of(sorted.get(0).start().getYear(), 1, 1);
        LocalDate last = sorted.stream().map(Event::end).max(Comparator.naturalOrder()).orElseThrow();
        to = last.getDayOfYear() == 1 ? last : LocalDate.of(last.getYear() + 1, 1, 1);

        List<Span> shown = spans.stream().filter(s -> !s.events().isEmpty()).toList();
        List<Double> bandLaneEnds = new ArrayList<>();
        List<int[]> bandLanes = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Span span = shown.get(i);
            double x = x(span.events().stream().map(Event::start).min(Comparator.naturalOrder()).orElseThrow());
            bandLanes.add(new int[] { lane(bandLaneEnds, x, x(span.events().stream().map(Event::end)
                    .max(Comparator.naturalOrder()).orElseThrow())) });
        }
        bandsBottom = TOP + bandLaneEnds.size() * BAND_HEIGHT;
        markersTop = bandsBottom + 6;

        List<Double> laneEnds = new ArrayList<>();
        for (Event event : sorted) {
            boolean dot = event.when().precision() == DatePrecision.DAY;
            double x = x(event.start()), width = dot ? x(event.end()) - x : Math.max(MIN_BAR, x(event.end()) - x);
            double left = dot ? x + width / 2 - DOT_RADIUS : x, right = dot ? x + width / 2 + DOT_RADIUS : x + width;
            int lane = lane(laneEnds, left, right);
            markers.add(new Marker(event.key(), event.label(), dot, x, width,
                    markersTop + lane * LANE_HEIGHT + LANE_HEIGHT / 2));
        }
        axisY = markersTop + Math.max(1, laneEnds.size()) * LANE_HEIGHT + 4;
        height = axisY + AXIS_GAP;

        for (int i = 0; i < shown.size(); i++) {
            Span span = shown.get(i);
            double x = x(span.events().stream().map(Event::start).min(Comparator.naturalOrder()).orElseThrow());
            double end = x(span.events().stream().map(Event::end).max(Comparator.naturalOrder()).orElseThrow());
            double y = TOP + bandLanes.get(i)[0] * BAND_HEIGHT;
            bands.add(new Band(span.key(), span.label(), x, Math.max(MIN_BAR, end - x), y, axisY - y));
        }

        int first = from.getYear(), lastYear = to.getYear();
        int step = step(lastYear - first);
        for (int year = ceil(first, step); year <= lastYear; year += step) {
            ticks.add(new Tick(year, x(LocalDate.of(year, 1, 1))));
        }
    }

    public static Timeline of(List<Event> events, List<Span> spans) {
        return new Timeline(events, spans);
    }

    /** The first lane (0-based) free from left to right, opening a new one when none is. */
    private static int lane(List<Double> laneEnds, double left, double right) {
        for (int lane = 0; lane < laneEnds.size(); lane++) {
            if (laneEnds.get(lane) + MIN_GAP <= left) {
                laneEnds.set(lane, right);
                return lane;
            }
        }
        laneEnds.add(right);
        return laneEnds.size() - 1;
    }

    /** Years between labelled ticks, so that there are at most about a dozen. */
    static int step(int years) {
        for (int step : new int[] { 1, 2, 5, 10, 20, 25, 50, 100, 200, 500 }) {
            if (years / step <= 12) {
                return step;
            }
        }
        return 1000;
    }

    private static int ceil(int year, int step) {
        return Math.floorDiv(year + step - 1, step) * step;
    }

    /** Where a day's start falls on the axis. */
    public double x(LocalDate date) {
        double days = ChronoUnit.DAYS.between(from, to);
        return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(from, date) / days;
    }

    public boolean isEmpty() {
        return from == null;
    }

    public LocalDate from() {
        return from;
    }

    /** The day after the last shown. */
    public LocalDate to() {
        return to;
    }

    public List<Marker> markers() {
        return markers;
    }

    public List<Band> bands() {
        return bands;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    public double axisY() {
        return axisY;
    }

    /** The same as the SVG writes them. */
    public String svgWidth() {
        return svg(WIDTH);
    }

    public String svgHeight() {
        return svg(height);
    }

    public String svgAxisY() {
        return svg(axisY);
    }

    public String svgAxisLeft() {
        return svg(LEFT);
    }

    public String svgAxisRight() {
        return svg(WIDTH - RIGHT);
    }

    public String svgTickEnd() {
        return svg(axisY + 5);
    }

    public String svgLabelY() {
        return svg(axisY + 18);
    }

    public double bandsBottom() {
        return bandsBottom;
    }

    /** Numbers as SVG attributes want them: 12.5, not 12.500000001; {@code {band.x.svg}} in a template. */
    @TemplateExtension
    public static String svg(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
