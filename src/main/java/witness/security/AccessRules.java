package witness.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may do what, for every page and API call: the one table the server enforces
 * ({@link AccessPolicy}). The first rule whose methods and path pattern match a request decides;
 * in a pattern {@code *} is one path segment and {@code **} any number of them (none too).
 * <p>
 * Every logged-in role reads everything except the producers' own areas (users, backups, deleted
 * items); a write needs the role of its area, and a producer may do everything. A write no rule names
 * is the producers' alone, so a new endpoint is closed until it is given a row here.
 */
public final class AccessRules {
    /** What a rule is for: reads (GET, HEAD, OPTIONS), writes (every other method) or both. */
    public enum Methods {
        READ, WRITE, ANY;

        boolean match(String method) {
            return this == ANY || (this == READ) == isRead(method);
        }
    }

    /**
     * One row of the table.
     *
     * @param roles who may make the request (producers always among them); ignored when open
     * @param open  anyone may, logged in or not
     * @param area  what the rule is about, as the refusal names it ("sources", "the shot list")
     */
    public record Rule(Methods methods, String pattern, Set<Role> roles, boolean open, String area) {
        boolean matches(String method, String[] segments) {
            return methods.match(method) && AccessRules.matches(split(pattern), 0, segments, 0);
        }

        public boolean allows(Role role) {
            return open || role != null && roles.contains(role);
        }

        /** One of the two catch-all rules at the end, which decide what no other rule names. */
        public boolean fallback() {
            return pattern.equals("/**");
        }

        /** "a producer or a researcher" */
        public String who() {
            List<String> names = roles.stream().map(r -> ("aeiou".indexOf(r.code().charAt(0)) >= 0 ? "an " : "a ")
                    + r.code()).toList();
            if (names.size() == 1) {
                return names.get(0);
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        }
    }

    private static final Set<Role> EVERY_ROLE = Collections.unmodifiableSet(EnumSet.allOf(Role.class));
    private static final Set<Role> PRODUCERS = Collections.unmodifiableSet(EnumSet.of(Role.PRODUCER));
    /**
     * For a path with a percent-encoding, a backslash, a matrix parameter, an empty or dot segment: the
     * router could read it differently from these rules, so such a request is the producers' alone.
     */
    static final Rule UNUSUAL = new Rule(Methods.ANY, "(unusual path)", PRODUCERS, false, "an address written this way");

    public static final List<Rule> RULES = List.of(
            // Anyone: logging in, the style sheet and scripts, the health check.
            open("/login"),
            open("/j_security_check"),
            open("/witness.css"),
            open("/witness.js"),
            open("/icons/**"),
            open("/favicon.ico"),
            open("/webjars/**"),
            // A person's own call sheet by its link's secret token, and its "Got it" (issue 30).
            open("/call/*"),
            open("/call/*/got-it"),
            open("/q/health/**"),
            // Calendar apps read a private feed by its secret token; every role renews or stops their own feed.
            new Rule(Methods.READ, "/calendar/*", EVERY_ROLE, true, "calendar feeds"),
            new Rule(Methods.WRITE, "/calendar/renew", EVERY_ROLE, false, "your calendar feed"),
            new Rule(Methods.WRITE, "/calendar/revoke", EVERY_ROLE, false, "your calendar feed"),
            // Every role logs out.
            new Rule(Methods.WRITE, "/logout", EVERY_ROLE, false, "logging out"),

            // The producers' own areas, read and written.
            any("/users/**", "users", Role.PRODUCER),
            any("/backups/**", "backups", Role.PRODUCER),
            any("/api/backups/**", "backups", Role.PRODUCER),
            any("/films/*/deleted/**", "deleted items", Role.PRODUCER),

            // Research: sources (and their import), the research log, citations, chronology, testimonies, transcripts.
            write("/films/*/sources/**", "sources", Role.RESEARCHER),
            write("/api/films/*/sources/**", "sources", Role.RESEARCHER),
            write("/films/*/research-log/**", "the research log", Role.RESEARCHER),
            write("/films/*/scenes/*/citations/**", "citations", Role.RESEARCHER),
            write("/films/*/chronology/**", "the chronology", Role.RESEARCHER),
            write("/films/*/testimonies/**", "testimonies", Role.RESEARCHER),
            write("/films/*/interviews/*/transcript/**", "transcripts", Role.RESEARCHER),
            write("/api/films/*/interviews/*/transcript/**", "transcripts", Role.RESEARCHER),
            write("/films/*/interviews/*/clips/**", "an interview's clips", Role.RESEARCHER),
            write("/api/films/*/interviews/*/clips/**", "an interview's clips", Role.RESEARCHER),

            // Direction: the structure (sequences, scenes, the paper edit), the shot list, script exports.
            write("/films/*/sequences/**", "the structure", Role.DIRECTOR),
            write("/api/films/*/sequences/**", "the structure", Role.DIRECTOR),
            write("/films/*/scenes/**", "the structure", Role.DIRECTOR),
            write("/api/films/*/scenes/**", "the structure", Role.DIRECTOR),
            write("/films/*/shots/**", "the shot list", Role.DIRECTOR),
            write("/api/films/*/shots/**", "the shot list", Role.DIRECTOR),
            write("/api/films/*/shots.csv", "the shot list", Role.DIRECTOR),
            write("/films/*/script-exports/**", "script exports", Role.DIRECTOR),
            write("/films/*/script/title-page", "the script's title page", Role.PRODUCER),
            write("/api/films/*/script/title-page", "the script's title page", Role.PRODUCER),
            write("/films/*/script/**", "the script's numbers and drafts", Role.DIRECTOR),
            write("/api/films/*/script/**", "the script's numbers and drafts", Role.DIRECTOR),

            // Production: interviews and releases, people and their contacts, locations, schedules, dossiers.
            write("/films/*/interviews/**", "interviews", Role.PRODUCER),
            write("/api/films/*/interviews/**", "interviews", Role.PRODUCER),
            write("/films/*/people/**", "people", Role.PRODUCER),
            write("/api/films/*/people/**", "people", Role.PRODUCER),
            write("/films/*/locations/**", "locations", Role.PRODUCER),
            write("/api/films/*/locations/**", "locations", Role.PRODUCER),
            write("/films/*/schedules/**", "schedules", Role.PRODUCER),
            write("/api/dossiers/**", "dossiers", Role.PRODUCER),

            // Everything else: every logged-in role reads it, only producers change it.
            new Rule(Methods.READ, "/**", EVERY_ROLE, false, "reading"),
            new Rule(Methods.WRITE, "/**", PRODUCERS, false, "this"));

    private AccessRules() {
    }

    /** The rule that decides a request for the path as sent (never null: the last rules match everything). */
    public static Rule decide(String method, String path) {
        if (unusual(path)) {
            return UNUSUAL;
        }
        String[] segments = split(path);
        String upper = method.toUpperCase(Locale.ROOT);
        return RULES.stream().filter(r -> r.matches(upper, segments)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No rule for " + method + " " + path));
    }

    public static boolean isRead(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
    }

    /** No path the app makes has these; the router could read one differently from these rules. */
    static boolean unusual(String path) {
        return path.contains("%") || path.contains("\\") || path.contains(";") || path.contains("//")
                || Arrays.stream(path.split("/")).anyMatch(s -> s.equals(".") || s.equals(".."));
    }

    private static Rule open(String pattern) {
        return new Rule(Methods.ANY, pattern, EVERY_ROLE, true, "open to all");
    }

    private static Rule any(String pattern, String area, Role role) {
        return new Rule(Methods.ANY, pattern, withProducer(role), false, area);
    }

    private static Rule write(String pattern, String area, Role role) {
        return new Rule(Methods.WRITE, pattern, withProducer(role), false, area);
    }

    /** Producers write everything, so every write rule names them too. */
    private static Set<Role> withProducer(Role role) {
        return Collections.unmodifiableSet(EnumSet.of(Role.PRODUCER, role));
    }

    private static String[] split(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static boolean matches(String[] pattern, int p, String[] path, int s) {
        if (p == pattern.length) {
            return s == path.length;
        }
        if (pattern[p].equals("**")) {
            for (int rest = s; rest <= path.length; rest++) {
                if (matches(pattern, p + 1, path, rest)) {
                    return true;
                }
            }
            return false;
        }
        if (s == path.length) {
            return false;
        }
        return (pattern[p].equals("*") || pattern[p].equals(path[s])) && matches(pattern, p + 1, path, s + 1);
    }
}
