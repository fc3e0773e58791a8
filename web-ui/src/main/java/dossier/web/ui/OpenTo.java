package dossier.web.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may open a screen ({@link RouteAccess} checks it on every navigation). Not
 * {@code @RolesAllowed}: on a Quarkus bean that also guards every method call, which screens make
 * from background threads (uploads, waiting for an evaluation) where no request is active.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OpenTo {
    String[] value();
}
