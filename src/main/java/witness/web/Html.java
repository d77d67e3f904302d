package witness.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Answers of the HTML pages: a rendered page or fragment with its status, or a 303 after a write. */
public final class Html {
    private Html() {
    }

    /** The request comes from htmx, which wants a fragment to swap in rather than a redirect. */
    /**
     * The header of an htmx answer that names the element the write changed (its id): the page brings it into view
     * and puts the keyboard on it, or on the control that was used when that is still inside it (witness.js).
     */
    public static final String CHANGED = "X-Witness-Changed";

    public static boolean htmx(String hxRequestHeader) {
        return hxRequestHeader != null && !hxRequestHeader.isBlank() && !"false".equals(hxRequestHeader);
    }

    public static Response render(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(template.render())
                .build();
    }

    /** A page that shows the notice a redirect carried (if any), once: the answer clears its cookie. */
    public static Response withNotice(TemplateInstance page, String flashCookie) {
        return Flash.shown(Response.ok(page.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")), flashCookie).build();
    }

    public static Response seeOther(String location, NewCookie... cookies) {
        return Response.seeOther(URI.create(location)).cookie(cookies).build();
    }

    /** A write done: 303 to the page, which shows the notice once ({@link Flash}). */
    public static Response seeOther(String location, String notice) {
        return seeOther(location, Flash.notice(notice));
    }

    /** Where a form's write leads, and the notice it shows there. */
    public record Done(String page, String notice) {
    }

    /**
     * A form post (post-redirect-get): the write done, a 303 to the page it names with its notice; refused
     * ({@link Invalid}), the page drawn again from the messages, beside the fields (422).
     */
    public static Response written(Supplier<Done> write, Function<Map<String, String>, TemplateInstance> refused) {
        Done done;
        try {
            done = write.get();
        } catch (Invalid e) {
            return render(422, refused.apply(e.errors));
        }
        return seeOther(done.page(), done.notice());
    }
}
