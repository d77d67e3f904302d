package witness.web;

/**
 * The absolute address of a calendar feed, as a page shows it to copy ({@code https://…/calendar/….ics}) and as
 * calendar apps open it to subscribe ({@code webcal://…}), on this installation's {@link PublicAddress}.
 */
public record FeedAddress(String address, String webcal) {

    /** The address of the path on this installation. */
    public static FeedAddress of(String path) {
        String address = PublicAddress.of(path);
        return new FeedAddress(address, "webcal" + address.substring(address.indexOf(':')));
    }
}
