package dossier.support.grpc;

import jakarta.inject.Qualifier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a gRPC service of this project, beside {@code @GrpcService}: its requests are read and
 * checked by {@link RequestValidation}, and its calls get their caller's deadline. A qualifier and
 * not every {@code BindableService}, because Quarkus's own services (gRPC health) declare
 * {@code bindService} final and cannot be decorated.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface CheckedRequests {
}
