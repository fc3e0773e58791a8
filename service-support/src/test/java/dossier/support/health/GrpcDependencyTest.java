package dossier.support.health;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class GrpcDependencyTest {

    private Server server;
    private ManagedChannel channel;

    @AfterEach
    void close() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private int serve(int port, ServingStatus status) throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port)).addService(new HealthGrpc.HealthImplBase() {
            @Override
            public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> reply) {
                reply.onNext(HealthCheckResponse.newBuilder().setStatus(status).build());
                reply.onCompleted();
            }
        }).build().start();
        return server.getPort();
    }

    private GrpcDependency dependencyOn(int port, Duration timeout) {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        return GrpcDependency.serving("entity-service", channel, timeout);
    }

    /** A port nothing listens on (taken from a server started and stopped). */
    private int freePort() throws Exception {
        int port = serve(0, ServingStatus.SERVING);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server = null;
        return port;
    }

    @Test
    void aDependencyThatAnswersServingIsUp() throws Exception {
        GrpcDependency.State state = dependencyOn(serve(0, ServingStatus.SERVING), Duration.ofSeconds(5)).check();
        assertThat(state.up()).isTrue();
        assertThat(state.name()).isEqualTo("entity-service");
    }

    @Test
    void aDependencyThatSaysNotServingIsDown() throws Exception {
        GrpcDependency.State state = dependencyOn(serve(0, ServingStatus.NOT_SERVING), Duration.ofSeconds(5)).check();
        assertThat(state.up()).isFalse();
        assertThat(state.detail()).isEqualTo("answers NOT_SERVING");
    }

    @Test
    void aDependencyThatNeedOnlyAnswerIsUpWhenItSaysNotServing() throws Exception {
        int port = serve(0, ServingStatus.NOT_SERVING);
        channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        GrpcDependency.State state = GrpcDependency.answering("sanctions-service", channel, Duration.ofSeconds(5)).check();
        assertThat(state.up()).isTrue();
        assertThat(state.detail()).isEqualTo("answers NOT_SERVING");
    }

    @Test
    void aDependencyThatNeedOnlyAnswerIsDownWhenUnreachable() throws Exception {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", freePort()).usePlaintext().build();
        assertThat(GrpcDependency.answering("sanctions-service", channel, Duration.ofMillis(500)).check().up()).isFalse();
    }

    @Test
    void aDependencyNobodyListensForIsDownAndSaysWhy() throws Exception {
        GrpcDependency.State state = dependencyOn(freePort(), Duration.ofMillis(500)).check();
        assertThat(state.up()).isFalse();
        assertThat(state.detail()).startsWith("unreachable: ");
        assertThat(state.detail()).doesNotContain("\n").hasSizeLessThan(120);
    }

    @Test
    void theReasonIsTheCodeAndTheFirstClauseOfItsDescription() {
        Status status = Status.DEADLINE_EXCEEDED.withDescription("CallOptions deadline exceeded after 0.99s. Name resolution delay 0 seconds."
                + " [Last Pick Failure=Status{code=UNAVAILABLE, cause=ConnectException\n\tat java.base/sun.nio.ch.Net.pollConnect]");
        assertThat(GrpcDependency.summary(status)).isEqualTo("DEADLINE_EXCEEDED CallOptions deadline exceeded after 0.99s");
        assertThat(GrpcDependency.summary(Status.UNAVAILABLE)).isEqualTo("UNAVAILABLE");
    }

    /**
     * After a long outage gRPC waits seconds between connection attempts (1 s, 1.6 s, 2.6 s, 4.1 s, 6.6 s …):
     * without the reset a check soon after the dependency is back would still find it unreachable.
     */
    @Test
    void aDependencyBackAfterALongOutageIsUpAtTheNextCheck() throws Exception {
        int port = freePort();
        GrpcDependency dependency = dependencyOn(port, Duration.ofMillis(500));
        long outageEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
        while (System.nanoTime() < outageEnds) {
            assertThat(dependency.check().up()).isFalse();
        }
        serve(port, ServingStatus.SERVING);
        GrpcDependency.State back = GrpcDependency.serving("entity-service", channel, Duration.ofSeconds(2)).check();
        assertThat(back.up()).as(back.detail()).isTrue();
    }
}
