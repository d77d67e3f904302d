package witness.schedule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A day's crew as it used to be written — free text, one name or job a line — read against the film's people: a
 * line that is someone's name or one of their other names (ignoring case and spaces around it) calls that person;
 * a line that names no one ("Director", "Mexican fixer") is kept, to be written into the day's notes.
 */
public final class CrewNames {
    /** Someone who may be named: their id, name and other names. */
    public record Named(long id, String name, List<String> otherNames) {
        boolean answersTo(String line) {
            String wanted = fold(line);
            return fold(name).equals(wanted) || otherNames.stream().anyMatch(n -> fold(n).equals(wanted));
        }
    }

    /** The people the lines call, once each in the order first named, and the lines naming no one. */
    public record Read(List<Long> called, List<String> unnamed) {
        /** "Crew as written before calls: Director, Camera." — or null when every line named someone. */
        public String note() {
            return unnamed.isEmpty() ? null : "Crew as written before calls: " + String.join(", ", unnamed) + ".";
        }
    }

    private CrewNames() {
    }

    /** Reads the lines against the people; a line naming two people (two share a name) calls neither. */
    public static Read read(List<String> lines, List<Named> people) {
        Set<Long> called = new LinkedHashSet<>();
        List<String> unnamed = new ArrayList<>();
        for (String raw : lines) {
            String line = raw == null ? "" : raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            List<Named> matches = people.stream().filter(p -> p.answersTo(line)).toList();
            if (matches.size() == 1) {
                called.add(matches.get(0).id());
            } else {
                unnamed.add(line);
            }
        }
        return new Read(List.copyOf(called), List.copyOf(unnamed));
    }

    /** Notes with the note of the unnamed crew after them, on a line of its own. */
    public static String withNote(String notes, Read read) {
        String note = read.note();
        if (note == null) {
            return notes;
        }
        return notes == null || notes.isBlank() ? note : notes.stripTrailing() + "\n" + note;
    }

    private static String fold(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
