package dossier.support.grpc;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionLossTest {

    @Test
    void aConnectionClosedByGoawayIsALossAndAnAnswerOfTheServiceIsNot() {
        assertThat(ConnectionLoss.is(Status.INTERNAL.withDescription("Connection closed after GOAWAY. HTTP/2 error code: "
                + "PROTOCOL_ERROR, debug data: Request stream 4383 is not correct for server connection").asRuntimeException())).isTrue();
        assertThat(ConnectionLoss.is(Status.UNAVAILABLE.withDescription("Connection closed after GOAWAY").asRuntimeException())).isTrue();
        assertThat(ConnectionLoss.is(Status.INTERNAL.withDescription("unexpected failure").asRuntimeException())).isFalse();
        assertThat(ConnectionLoss.is(Status.INVALID_ARGUMENT.withDescription("GOAWAY is no name").asRuntimeException())).isFalse();
        assertThat(ConnectionLoss.is(new IllegalStateException("GOAWAY"))).isFalse();
    }
}
