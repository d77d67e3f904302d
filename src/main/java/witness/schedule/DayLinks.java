package witness.schedule;

import java.time.Instant;
import java.util.List;

/**
 * A day's call sheet links as its page shows them to producers — who has a link, which open, who confirmed — with
 * this installation's address for copying them; nothing for anyone else (the links open the sheet without a login).
 */
public record DayLinks(List<CallSheetLink> links, boolean shown, boolean mailReady, String base, Instant now,
        String dayState) {

    static DayLinks of(ShootDay day, boolean producer, boolean mailReady, String base) {
        return producer ? new DayLinks(CallSheetLink.ofDay(day), true, mailReady, base, Instant.now(),
                CallSheetLink.state(day)) : new DayLinks(List.of(), false, false, base, Instant.now(), null);
    }

    public boolean published() {
        return links.stream().anyMatch(l -> l.revokedAt == null);
    }

    /** Whether the day changed since its sheet was last published to those whose links open. */
    public boolean changedSince() {
        return links.stream().anyMatch(l -> l.open(now) && !l.publishedState.equals(dayState));
    }

    public long confirmed() {
        return links.stream().filter(l -> l.open(now) && l.confirmedAt != null).count();
    }

    public long open() {
        return links.stream().filter(l -> l.open(now)).count();
    }

    /** "confirmed", "not confirmed yet", "withdrawn" or "expired". */
    public String state(CallSheetLink link) {
        if (link.revokedAt != null) {
            return "withdrawn";
        }
        if (!link.open(now)) {
            return "expired";
        }
        return link.confirmedAt != null ? "confirmed" : "not confirmed yet";
    }
}
