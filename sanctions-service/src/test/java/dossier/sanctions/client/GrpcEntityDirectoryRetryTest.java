package dossier.sanctions.client;

import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.MatchEntitiesResponse;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A read whose connection was torn down under it is sent once more; any other failure is not. */
class GrpcEntityDirectoryRetryTest {

    private Server server;
    private ManagedChannel channel;
    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Fails the first call with {@code first}, answers the later ones. */
    private GrpcEntityDirectory directoryFailingOnceWith(Status first) throws Exception {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(new EntityServiceGrpc.EntityServiceImplBase() {
            @Override
            public void matchEntities(MatchEntitiesRequest request, StreamObserver<MatchEntitiesResponse> reply) {
                if (calls.incrementAndGet() == 1) {
                    reply.onError(first.asRuntimeException());
                    return;
                }
                reply.onNext(MatchEntitiesResponse.getDefaultInstance());
                reply.onCompleted();
            }
        }).build().start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
        GrpcEntityDirectory directory = new GrpcEntityDirectory();
        directory.stub = EntityServiceGrpc.newBlockingStub(channel);
        directory.deadlineSeconds = 5;
        return directory;
    }

    @Test
    void aMatchLostWithItsConnectionIsSentOnceMore() throws Exception {
        GrpcEntityDirectory directory = directoryFailingOnceWith(Status.INTERNAL.withDescription(
                "Connection closed after GOAWAY. HTTP/2 error code: PROTOCOL_ERROR"));
        assertThat(directory.match(MatchEntitiesRequest.getDefaultInstance())).isNotNull();
        assertThat(calls).hasValue(2);
    }

    @Test
    void anyOtherFailureIsTheAnswer() throws Exception {
        GrpcEntityDirectory directory = directoryFailingOnceWith(Status.INTERNAL.withDescription("unexpected failure"));
        assertThatThrownBy(() -> directory.match(MatchEntitiesRequest.getDefaultInstance()))
                .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("matching names failed (INTERNAL)");
        assertThat(calls).hasValue(1);
    }
}
