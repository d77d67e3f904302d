package witness.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestPath;
import witness.web.Flash;
import witness.web.Form;
import witness.web.Forms;
import witness.web.Html;
import witness.web.Inputs;

/**
 * The users page, /users, for producers only (see {@link AccessRules}): every user with their role and
 * whether they can log in (or are paused after too many failed logins, a pause a producer may lift); add a user;
 * change a role; disable or enable; reset a password. A refused
 * form comes back (422) with the message beside its field.
 */
@Path("/users")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class UserResource {
    static final List<String> NEW_FIELDS = List.of("username", "role", "password");
    private static final DateTimeFormatter PAUSE_END = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String USERNAME = "{username:[A-Za-z0-9][A-Za-z0-9._-]*}";

    @Inject UserAdmin admin;
    @Inject SecurityIdentity identity;

    /**
     * A user as the page lists them, with the forms of their row; paused: until when their logins are (or null);
     * lastProducer: the only producer who can log in, whom the page offers no way to disable.
     */
    public record Row(WitnessUser user, boolean you, Form role, Form enabled, Form password, String paused,
            boolean lastProducer) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<Row> rows, Form form, List<Role> roles, int minPassword,
                String notice);
    }

    @GET
    public Response users(@RestCookie(Flash.COOKIE) String flash) {
        return Html.withNotice(page(Forms.none(), new Form("new-user", Map.of(), Map.of(), NEW_FIELDS),
                Flash.read(flash)), flash);
    }

    @POST
    public Response create(@BeanParam UserInput form) {
        return Html.written(() -> {
            WitnessUser user = admin.create(form);
            return new Html.Done("/users#user-" + user.username,
                    "Added the user “" + user.username + "”, " + user.role.code() + ".");
        }, errors -> page(Forms.none(), new Form("new-user", Inputs.values(form.withoutPassword()), errors, NEW_FIELDS),
                null));
    }

    @POST
    @Path(USERNAME + "/role")
    public Response changeRole(@RestPath String username, @BeanParam UserInput form) {
        return change(username, "role", form, admin::changeRole,
                u -> "“" + u.username + "” is now " + "a " + u.role.code() + ".");
    }

    @POST
    @Path(USERNAME + "/enabled")
    public Response setEnabled(@RestPath String username, @BeanParam UserInput form) {
        return change(username, "enabled", form, admin::setEnabled,
                u -> "“" + u.username + "” " + (u.enabled ? "can log in again." : "is disabled and can no longer log in."));
    }

    @POST
    @Path(USERNAME + "/password")
    public Response resetPassword(@RestPath String username, @BeanParam UserInput form) {
        return change(username, "password", form, admin::resetPassword,
                u -> "Set a new password for “" + u.username + "”: tell them, and they can log in with it.");
    }

    /** Lifts the pause of a user's logins after too many failures: they may log in again at once. */
    @POST
    @Path(USERNAME + "/pause")
    public Response liftPause(@RestPath String username) {
        WitnessUser user = admin.liftPause(username);
        return Html.seeOther("/users#user-" + user.username,
                "“" + user.username + "” may log in again: the pause is lifted.");
    }

    private Response change(String username, String what, UserInput form,
            BiFunction<String, UserInput, WitnessUser> change, Function<WitnessUser, String> notice) {
        UserAdmin.find(username);
        return Html.written(() -> {
            WitnessUser user = change.apply(username, form);
            return new Html.Done("/users#user-" + user.username, notice.apply(user));
        }, errors -> page(Forms.refused(formId(username, what), form.withoutPassword(), errors),
                new Form("new-user", Map.of(), Map.of(), NEW_FIELDS), null));
    }

    private TemplateInstance page(Forms forms, Form newUser, String notice) {
        String me = WitnessUser.usernameOf(identity);
        Map<String, Instant> paused = LoginThrottle.pausedUsers(Instant.now());
        boolean oneProducer = WitnessUser.enabledProducers() == 1;
        List<Row> rows = WitnessUser.byUsernameOrder().stream().map(u -> new Row(u, u.username.equals(me),
                forms.form(formId(u.username, "role"), Map.of("role", u.role.code(), "version", u.version),
                        List.of("role")),
                forms.form(formId(u.username, "enabled"), Map.of("version", u.version), List.of("enabled")),
                forms.form(formId(u.username, "password"), Map.of("version", u.version),
                        List.of("password")),
                paused.containsKey(u.username) ? PAUSE_END.format(paused.get(u.username)) : null,
                oneProducer && u.enabled && u.role == Role.PRODUCER)).toList();
        return Templates.users(rows, newUser, List.of(Role.values()), UserAdmin.MIN_PASSWORD, notice);
    }

    private static String formId(String username, String what) {
        return "user-" + username + "-" + what;
    }
}
