package dossier.web.ui;

import dossier.support.security.Actor;
import dossier.support.security.CallerTokens;
import dossier.support.security.CurrentActor;
import dossier.support.security.Roles;
import jakarta.enterprise.inject.spi.CDI;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The user signed in to this browser session (OpenID Connect code flow, README: Security), as the
 * screens need them: the name in the header and on every change, the roles that decide which
 * actions a screen offers, and the access token that work moved off the request thread carries.
 * The services check every call again: hiding an action is for the user, not for security.
 */
final class SignedInUser {

    private SignedInUser() {
    }

    static Actor current() {
        return CDI.current().select(CurrentActor.class).get().current();
    }

    static String name() {
        return current().name();
    }

    /** Whether the user holds any of these roles. */
    static boolean hasAny(String... roles) {
        Actor actor = current();
        for (String role : roles) {
            if (actor.has(role)) {
                return true;
            }
        }
        return false;
    }

    /** Creates cases, adds sources (analysts, reviewers, integrators). */
    static boolean mayWork() {
        return hasAny(Roles.ANALYST, Roles.REVIEWER, Roles.INTEGRATOR);
    }

    /** Evaluates cases and writes notes (analysts, reviewers). */
    static boolean mayEvaluate() {
        return hasAny(Roles.ANALYST, Roles.REVIEWER);
    }

    /** Overrides verdicts, dismisses hits, judges same-entity pairs, closes cases. */
    static boolean mayReview() {
        return hasAny(Roles.REVIEWER);
    }

    /** Runs the action with the user's name (the services take the actor from the token anyway). */
    static void act(Consumer<String> action) {
        action.accept(name());
    }

    /** The user's access token, for calls made on another thread (uploads, waiting for an evaluation). */
    static Optional<String> token() {
        return CDI.current().select(CallerTokens.class).get().callerToken();
    }

    /** {@code work} for another thread, carrying the user's token onto its calls. */
    static Runnable carryingToken(Runnable work) {
        Optional<String> token = token();
        return token.isEmpty() ? work : () -> CallerTokens.runAs(token.get(), work);
    }
}
