package witness.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import witness.core.Film;
import witness.location.Location;
import witness.person.Person;
import witness.person.PersonFeed;
import witness.security.WitnessUser;
import witness.web.FeedAddress;
import witness.web.RandomTokens;
import witness.web.RenderedPages;

/**
 * Private calendar feeds: each person (through their personal link) and each user has an address with a secret token,
 * /calendar/{token}.ics, that lists the shoot days of the published schedules ({@link FeedCalendar}) to whoever knows
 * it, until it is revoked. A token is 32 random bytes; any other string, a revoked token or the feed of a disabled
 * user reads as nothing at all.
 */
@ApplicationScoped
public class CalendarFeeds implements PersonFeed.Finder {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1," + CalendarFeed.TOKEN_MAX + "}");

    @Inject ScheduleVersions versions;
    @Inject RenderedPages pages;
    @Inject TransactionSynchronizationRegistry transactions;

    /** The path of the person's active feed, /calendar/{token}.ics; a new feed if they have none. */
    @Transactional
    public String addressOf(Person person) {
        return CalendarFeed.activeOf(person).orElseGet(() -> create(person, null)).path();
    }

    /** The path of the user's active feed; a new feed if they have none. */
    @Transactional
    public String addressOfUser(String username) {
        return CalendarFeed.activeOfUser(username).orElseGet(() -> create(null, username)).path();
    }

    public Optional<String> activeAddressOf(Person person) {
        return CalendarFeed.activeOf(person).map(CalendarFeed::path);
    }

    public Optional<String> activeAddressOfUser(String username) {
        return CalendarFeed.activeOfUser(username).map(CalendarFeed::path);
    }

    /** Stops the person's feed: its address shows nothing from now on. Whether there was one. */
    @Transactional
    public boolean revoke(Person person) {
        forgetPagesWhenCommitted();
        return CalendarFeed.revokeOf(person, Instant.now()) > 0;
    }

    @Transactional
    public boolean revokeUser(String username) {
        return CalendarFeed.revokeOfUser(username, Instant.now()) > 0;
    }

    /** A new address for the person's feed, the old one revoked; its path. */
    @Transactional
    public String renew(Person person) {
        revoke(person);
        return create(person, null).path();
    }

    @Transactional
    public String renewUser(String username) {
        revokeUser(username);
        return create(null, username).path();
    }

    /** The .ics of the active feed with this token; empty for any other string whatever. */
    public Optional<byte[]> calendar(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return CalendarFeed.active(token).flatMap(feed -> {
            if (feed.person != null) {
                return Optional.of(FeedCalendar.ofPerson(feed.person, published(List.of(feed.person.film))));
            }
            return WitnessUser.byUsername(feed.username).filter(u -> u.enabled)
                    .map(u -> FeedCalendar.ofUser(u.username, published(Film.allByTitle())));
        });
    }

    @Override
    public PersonFeed of(Person person) {
        Optional<String> path = activeAddressOf(person);
        boolean called = path.isPresent() || ShootDayCall.count("person", person) > 0;
        return new PersonFeed(called, path.map(FeedAddress::of).orElse(null));
    }

    /** The latest published version of each schedule of the films that has one. */
    private List<FeedCalendar.Published> published(List<Film> films) {
        List<FeedCalendar.Published> published = new ArrayList<>();
        for (Film film : films) {
            Map<String, Location> locations = Location.ofFilm(film).stream()
                    .collect(Collectors.toMap(l -> l.key, Function.identity(), (a, b) -> a));
            for (Schedule schedule : Schedule.ofFilm(film)) {
                ScheduleVersion.latest(schedule).ifPresent(v -> published.add(
                        new FeedCalendar.Published(film, schedule, v, versions.snapshot(v), locations)));
            }
        }
        return published;
    }

    private CalendarFeed create(Person person, String username) {
        if (person != null) {
            forgetPagesWhenCommitted();
        }
        CalendarFeed feed = new CalendarFeed();
        feed.token = RandomTokens.of(32);
        feed.person = person;
        feed.username = username;
        feed.createdAt = Instant.now();
        feed.persist();
        return feed;
    }

    /**
     * The person's page shows the address, and is kept until the next audited change ({@link RenderedPages}); a feed
     * is not audited, so a change to a person's feed forgets the kept pages, once it is committed.
     */
    private void forgetPagesWhenCommitted() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    pages.clear();
                }
            }
        });
    }
}
