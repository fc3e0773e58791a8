package dossier.support.health;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.Channel;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A service this one calls, as its readiness sees it: asked with the standard gRPC health check
 * over the very channel this service's own calls use. An answer SERVING means the dependency is up
 * (entity-service opens its port once its matcher index is loaded; sanctions-service says
 * NOT_SERVING during its first list import) and that channel is connected — so the first call
 * after "ready" does not fail on a connection still backing off after the dependency was down
 * (gRPC waits seconds between attempts then; a failed check resets that wait, so the next check
 * tries again at once). A dependency this service only needs to reach (not to be fully serving:
 * sanctions-service answers case look-ups during its first list import) is {@link #answering}.
 */
public final class GrpcDependency {

    /** What the check found: {@code detail} says why a dependency is not ready. */
    public record State(String name, boolean up, String detail) {
    }

    private final String name;
    private final Channel channel;
    private final Duration timeout;
    private final boolean servingRequired;

    private GrpcDependency(String name, Channel channel, Duration timeout, boolean servingRequired) {
        this.name = name;
        this.channel = channel;
        this.timeout = timeout;
        this.servingRequired = servingRequired;
    }

    /** Up when it answers SERVING. {@code name}: as the readiness data shows it, e.g. "entity-service". */
    public static GrpcDependency serving(String name, Channel channel, Duration timeout) {
        return new GrpcDependency(name, channel, timeout, true);
    }

    /** Up when it answers at all (SERVING or NOT_SERVING). */
    public static GrpcDependency answering(String name, Channel channel, Duration timeout) {
        return new GrpcDependency(name, channel, timeout, false);
    }

    public String name() {
        return name;
    }

    public State check() {
        return checkAsync().join();
    }

    /**
     * The check, answered within the timeout: a readiness probe asks every dependency at once, so
     * it answers within one timeout however many there are (the manifests' probes wait 3 s, check-image's 2 s).
     */
    public CompletableFuture<State> checkAsync() {
        CompletableFuture<State> state = new CompletableFuture<>();
        HealthGrpc.newStub(channel).withWaitForReady().withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .check(HealthCheckRequest.getDefaultInstance(), new StreamObserver<>() {
                    @Override
                    public void onNext(grpc.health.v1.HealthOuterClass.HealthCheckResponse reply) {
                        ServingStatus status = reply.getStatus();
                        state.complete(new State(name, status == ServingStatus.SERVING || !servingRequired,
                                status == ServingStatus.SERVING ? "serving" : "answers " + status));
                    }

                    @Override
                    public void onError(Throwable failure) {
                        retryConnectionNow();
                        state.complete(new State(name, false, "unreachable: " + summary(Status.fromThrowable(failure))));
                    }

                    @Override
                    public void onCompleted() {
                        state.complete(new State(name, false, "unreachable: no answer"));
                    }
                });
        return state;
    }

    /** The status code and the first clause of its description: gRPC's descriptions carry whole stack traces. */
    static String summary(Status status) {
        String description = status.getDescription() == null ? "" : status.getDescription().lines().findFirst().orElse("");
        int clause = description.indexOf(". ");
        if (clause > 0) {
            description = description.substring(0, clause);
        }
        description = description.length() > 80 ? description.substring(0, 80) + "…" : description;
        return description.isBlank() ? status.getCode().toString() : status.getCode() + " " + description;
    }

    private void retryConnectionNow() {
        if (channel instanceof ManagedChannel managed && managed.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            managed.resetConnectBackoff();
        }
    }
}
