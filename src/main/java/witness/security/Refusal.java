package witness.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Why someone logged in was refused a request: the rule that decided it and who they are. The
 * message names the role needed, so that people know whom to ask.
 */
public record Refusal(AccessRules.Rule rule, String username, String roles, boolean read) {

    Refusal(AccessRules.Rule rule, SecurityIdentity identity, String method) {
        this(rule, WitnessUser.usernameOf(identity), Arrays.stream(Role.values()).filter(r -> identity.hasRole(r.code()))
                .map(Role::code).collect(Collectors.joining(", ")), AccessRules.isRead(method));
    }

    /** "Only a producer or a director may change the shot list. You are logged in as “vera” (viewer)." */
    public String message() {
        return "Only " + rule.who() + " may " + (read ? "see " : "change ") + rule.area() + ". You are logged in as “"
                + username + "”" + (roles.isEmpty() ? "" : " (" + roles + ")") + ".";
    }
}
