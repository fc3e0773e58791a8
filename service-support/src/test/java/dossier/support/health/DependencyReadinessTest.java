package dossier.support.health;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyReadinessTest {

    private final List<ManagedChannel> channels = new ArrayList<>();
    private Server server;

    @AfterEach
    void close() throws InterruptedException {
        for (ManagedChannel c : channels) {
            c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private ManagedChannel channel(int port) {
        ManagedChannel c = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        channels.add(c);
        return c;
    }

    @Test
    void readyOnlyWhenEveryDependencyIsUpAndEachOneIsNamed() throws Exception {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(new HealthGrpc.HealthImplBase() {
            @Override
            public void check(HealthCheckRequest request, StreamObserver<grpc.health.v1.HealthOuterClass.HealthCheckResponse> reply) {
                reply.onNext(grpc.health.v1.HealthOuterClass.HealthCheckResponse.newBuilder().setStatus(ServingStatus.SERVING).build());
                reply.onCompleted();
            }
        }).build().start();
        Server stopped = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).build().start();
        int gone = stopped.getPort();
        stopped.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        GrpcDependency entity = GrpcDependency.serving("entity-service", channel(server.getPort()), Duration.ofSeconds(5));
        GrpcDependency source = GrpcDependency.serving("source-service", channel(gone), Duration.ofMillis(500));

        HealthCheckResponse up = readiness(List.of(entity)).call();
        assertThat(up.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(up.getData().orElseThrow()).containsEntry("entity-service", "serving");

        HealthCheckResponse down = readiness(List.of(entity, source)).call();
        assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(down.getData().orElseThrow()).containsEntry("entity-service", "serving");
        assertThat((String) down.getData().orElseThrow().get("source-service")).startsWith("unreachable: ");
    }

    @Test
    void asksEveryDependencyAtOnce() throws Exception {
        // The server answers only once both checks have arrived: asked one after the other, the
        // first would run out of its deadline waiting for the second, and readiness would be DOWN.
        CountDownLatch bothAsked = new CountDownLatch(2);
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(new HealthGrpc.HealthImplBase() {
            @Override
            public void check(HealthCheckRequest request, StreamObserver<grpc.health.v1.HealthOuterClass.HealthCheckResponse> reply) {
                bothAsked.countDown();
                try {
                    bothAsked.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                reply.onNext(grpc.health.v1.HealthOuterClass.HealthCheckResponse.newBuilder().setStatus(ServingStatus.SERVING).build());
                reply.onCompleted();
            }
        }).executor(Executors.newFixedThreadPool(2)).build().start();
        GrpcDependency entity = GrpcDependency.serving("entity-service", channel(server.getPort()), Duration.ofSeconds(3));
        GrpcDependency source = GrpcDependency.serving("source-service", channel(server.getPort()), Duration.ofSeconds(3));

        assertThat(readiness(List.of(entity, source)).call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    /** As CDI would make it: declared once its timeout is set. */
    private static DependencyReadiness readiness(List<GrpcDependency> dependencies) {
        DependencyReadiness readiness = new DependencyReadiness() {
            @Override
            protected List<GrpcDependency> dependencies(Duration timeout) {
                return dependencies;
            }
        };
        readiness.declare();
        return readiness;
    }
}
