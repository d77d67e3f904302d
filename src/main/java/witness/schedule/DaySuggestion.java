package witness.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups shots into shoot days: one location per day, each day's load at most the daily limit,
 * days one after the other from a start date. Locations come in the order their first shot comes
 * in the input (the shot list's order); shots without a location make days of their own, last. A
 * shot longer than the limit on its own gets a day to itself. Nothing here touches the database.
 *
 * @param <T> what is planned, e.g. a shot
 */
public final class DaySuggestion<T> {

    /** Something to film: at a location (a key, or null) and taking so many minutes on the day. */
    public record Item<T>(T value, String location, int minutes) {
    }

    /** A suggested day: its date, its location (null: no location) and what it films. */
    public record Day<T>(LocalDate date, String location, List<T> items, int minutes) {
    }

    private final int limitMinutes;

    public DaySuggestion(int limitMinutes) {
        if (limitMinutes <= 0) {
            throw new IllegalArgumentException("the daily limit must be positive, not " + limitMinutes);
        }
        this.limitMinutes = limitMinutes;
    }

    public List<Day<T>> suggest(List<Item<T>> items, LocalDate start) {
        Objects.requireNonNull(start, "start");
        Map<String, List<Item<T>>> byLocation = new LinkedHashMap<>();
        List<Item<T>> nowhere = new ArrayList<>();
        for (Item<T> item : items) {
            if (item.location() == null) {
                nowhere.add(item);
            } else {
                byLocation.computeIfAbsent(item.location(), l -> new ArrayList<>()).add(item);
            }
        }
        List<Day<T>> days = new ArrayList<>();
        byLocation.forEach((location, group) -> fill(days, location, group, start));
        fill(days, null, nowhere, start);
        return days;
    }

    /** Packs a location's items in their order into as few days as the limit allows. */
    private void fill(List<Day<T>> days, String location, List<Item<T>> group, LocalDate start) {
        List<T> current = new ArrayList<>();
        int minutes = 0;
        for (Item<T> item : group) {
            if (!current.isEmpty() && minutes + item.minutes() > limitMinutes) {
                days.add(new Day<>(start.plusDays(days.size()), location, List.copyOf(current), minutes));
                current.clear();
                minutes = 0;
            }
            current.add(item.value());
            minutes += item.minutes();
        }
        if (!current.isEmpty()) {
            days.add(new Day<>(start.plusDays(days.size()), location, List.copyOf(current), minutes));
        }
    }
}
