package witness.schedule;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import witness.core.Film;
import witness.person.PersonContact;
import witness.security.Access;
import witness.web.Invalid;
import witness.web.PublicAddress;
import witness.web.RandomTokens;

/**
 * Publishing a day's call sheet to the people it calls: a personal link each, withdrawn when they are no longer
 * called; publishing again after a change keeps the links and clears every confirmation. The links go out by e-mail
 * when a mail server is set up ({@code witness.mail.from} and Quarkus Mailer's settings); else the producer copies
 * them from the day's page. Publishing also gives each person their calendar feed, unless they had one (a stopped
 * feed stays stopped).
 */
@ApplicationScoped
public class CallSheetLinks {
    /** A link opens for at least this long after publishing, whatever the date of the day. */
    static final Duration AT_LEAST = Duration.ofDays(14);
    private static final Logger LOG = Logger.getLogger(CallSheetLinks.class);

    @Inject Mailer mailer;
    @Inject CalendarFeeds feeds;
    @Inject Access access;
    @ConfigProperty(name = "witness.mail.from") Optional<String> from;

    /** Who got the link by e-mail, who has no address, and whose mail the server refused. */
    public record Sent(List<String> sent, List<String> noAddress, List<String> failed) {
    }

    /** Publishes the day's call sheet to everyone it calls; answers how many links are open. */
    @Transactional
    public int publish(Film film, String key, long dayId, Instant now) {
        ShootDay day = ScheduleEditor.findDay(ScheduleEditor.find(film, key), dayId);
        // two producers publishing at once: one after the other, never two links for one person
        ShootDay.getEntityManager().lock(day, LockModeType.PESSIMISTIC_WRITE);
        ShootDay.getEntityManager().refresh(day);
        if (day.calls.isEmpty()) {
            throw new Invalid("calls", "no one is called on this day: call people before publishing the call sheet");
        }
        Map<Long, CallSheetLink> earlier = new HashMap<>();
        CallSheetLink.ofDay(day).forEach(l -> earlier.put(l.person.id, l));
        for (ShootDayCall call : day.calls) {
            CallSheetLink link = earlier.remove(call.person.id);
            if (link == null || !link.open(now)) {
                link = link != null ? link : new CallSheetLink();
                link.day = day;
                link.person = call.person;
                link.token = RandomTokens.of(32);
                link.revokedAt = null;
                link.sentAt = null;
                link.sentTo = null;
            }
            if (!CalendarFeed.madeFor(call.person)) {
                feeds.addressOf(call.person);
            }
            link.publishedAt = now;
            link.expiresAt = now.plus(AT_LEAST);
            link.publishedState = CallSheetLink.state(day);
            link.confirmedAt = null;
            link.persist();
        }
        earlier.values().stream().filter(l -> l.revokedAt == null).forEach(l -> l.revokedAt = now);
        CallSheetLink.flush();
        return day.calls.size();
    }

    /** "Got it": the link's person confirms; 404 for a link that does not open. */
    @Transactional
    public CallSheetLink confirm(String token, Instant now) {
        CallSheetLink link = CallSheetLink.open(token, now).orElseThrow(NotFoundException::new);
        if (link.confirmedAt == null) {
            link.confirmedAt = now;
        }
        return link;
    }

    /** Withdraws a person's link: it opens nothing from now on. */
    @Transactional
    public CallSheetLink withdraw(Film film, String key, long dayId, String personKey, Instant now) {
        ShootDay day = ScheduleEditor.findDay(ScheduleEditor.find(film, key), dayId);
        CallSheetLink link = CallSheetLink.ofDay(day).stream().filter(l -> l.person.key.equals(personKey))
                .findFirst().orElseThrow(() -> new NotFoundException("No call sheet link of '" + personKey + "'."));
        if (link.revokedAt == null) {
            link.revokedAt = now;
        }
        // whoever had the link saw their calendar feed's address on it: that address goes too
        if (feeds.activeAddressOf(link.person).isPresent()) {
            feeds.renew(link.person);
        }
        return link;
    }

    /** The day's links as its page shows them: to a producer, with who confirmed; to anyone else, nothing. */
    public DayLinks onDayPage(ShootDay day) {
        return DayLinks.of(day, access.personalData(), mailReady(), PublicAddress.base());
    }

    public boolean mailReady() {
        return from.isPresent() && !from.get().isBlank();
    }

    /** Sends each open link of the day to its person's e-mail address; {@code base} is this installation's address. */
    @Transactional
    public Sent send(Film film, String key, long dayId, String base, Instant now) {
        if (!mailReady()) {
            throw new Invalid("mail", "no mail server is set up (WITNESS_MAIL_FROM and QUARKUS_MAILER_HOST, see"
                    + " docs/operations.md): copy the links instead");
        }
        ShootDay day = ScheduleEditor.findDay(ScheduleEditor.find(film, key), dayId);
        List<CallSheetLink> open = CallSheetLink.ofDay(day).stream().filter(l -> l.open(now)).toList();
        if (open.isEmpty()) {
            throw new Invalid("calls", "the call sheet is not published to anyone yet: publish it first");
        }
        Map<Long, String> emails = new HashMap<>();
        PersonContact.<PersonContact>list("person in ?1", open.stream().map(l -> l.person).toList())
                .forEach(c -> emails.put(c.person.id, c.email));
        List<String> sent = new ArrayList<>(), noAddress = new ArrayList<>(), failed = new ArrayList<>();
        for (CallSheetLink link : open) {
            String to = emails.get(link.person.id);
            if (to == null || to.isBlank()) {
                noAddress.add(link.person.name);
                continue;
            }
            try {
                mailer.send(mail(film, day, link, to, base));
                link.sentAt = now;
                link.sentTo = to;
                sent.add(link.person.name);
            } catch (RuntimeException e) {
                LOG.warnf("The call sheet of %s to %s was not sent: %s", day.date, to, e.getMessage());
                failed.add(link.person.name);
            }
        }
        return new Sent(sent, noAddress, failed);
    }

    private Mail mail(Film film, ShootDay day, CallSheetLink link, String to, String base) {
        ShootDayCall call = day.calls.stream().filter(c -> c.person.id.equals(link.person.id)).findFirst()
                .orElseThrow();
        String when = call.time() == null ? "call time to be confirmed" : "your call is " + call.clock();
        String where = day.location == null ? "" : " at " + CallSheet.place(day.location);
        String text = "Dear " + link.person.name + ",\n\n" + CallSheet.longDate(day.date) + where + ": " + when
                + ".\n\nYour call sheet: " + base + link.path() + "\nPlease press \"Got it\" on it once you have read"
                + " it.\n\n" + (film.productionCompany == null ? film.title : film.productionCompany)
                + " — production office\n";
        return Mail.withText(to, "Call sheet " + CallSheet.longDate(day.date) + " — " + film.title, text)
                .setFrom(from.orElseThrow());
    }


}
