package dossier.source.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.entity.v1.EntityServiceGrpc;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.source.domain.DependencyUnavailableException;
import dossier.support.security.CallerTokens;
import dossier.source.domain.MentionCandidate;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

/** A service that is down becomes one clear exception naming it. */
class GrpcClientsTest {

    private ManagedChannel channel;

    @BeforeEach
    void channelToNowhere() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    @AfterEach
    void close() {
        channel.shutdownNow();
    }

    @Test
    void unreachableSanctionsServiceIsNamed() {
        var directory = new GrpcCaseDirectory(CaseServiceGrpc.newBlockingStub(channel), new CallerTokens());
        assertThatThrownBy(() -> directory.exists("c1")).isInstanceOf(DependencyUnavailableException.class)
                .hasMessageContaining("sanctions-service");
    }

    @Test
    void unreachableEntityServiceIsNamed() {
        var resolver = new GrpcEntityResolver(EntityServiceGrpc.newBlockingStub(channel));
        assertThatThrownBy(() -> resolver.resolve("d", "Some Name here", List.of(new MentionCandidate(0, 9, "Some Name", ""))))
                .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("entity-service");
    }
}
