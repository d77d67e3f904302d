package witness.person;

import witness.web.FeedAddress;

/**
 * A person's private calendar feed as their page shows it to producers: whether the page shows it at all (the person
 * is called on a shoot day, or has a feed), and the address of their active feed (null: none, or stopped). The
 * schedules provide it (a {@link Finder} bean), so that this package names none of them.
 */
public record PersonFeed(boolean shown, FeedAddress address) {

    public interface Finder {
        PersonFeed of(Person person);
    }
}
