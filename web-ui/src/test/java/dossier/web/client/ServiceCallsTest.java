package dossier.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServiceCallsTest {

    private static ServiceException failWith(Status status) {
        try {
            ServiceCalls.call("sanctions-service", "cases cannot be listed right now",
                    () -> { throw status.asRuntimeException(); });
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }

    @Test
    void outageNamesTheServiceAndWhatCannotBeDone() {
        ServiceException e = failWith(Status.UNAVAILABLE.withDescription("io exception"));
        assertThat(e.kind()).isEqualTo(ServiceException.Kind.UNAVAILABLE);
        assertThat(e.getMessage()).isEqualTo("sanctions-service is unavailable — cases cannot be listed right now");
        assertThat(failWith(Status.DEADLINE_EXCEEDED).kind()).isEqualTo(ServiceException.Kind.UNAVAILABLE);
    }

    @Test
    void inputErrorsCarryTheServicesOwnMessage() {
        ServiceException e = failWith(Status.INVALID_ARGUMENT.withDescription("title must not be blank"));
        assertThat(e.kind()).isEqualTo(ServiceException.Kind.INVALID_INPUT);
        assertThat(e.getMessage()).isEqualTo("title must not be blank");
        assertThat(failWith(Status.NOT_FOUND.withDescription("no case 42")).getMessage()).isEqualTo("no case 42");
    }

    @Test
    void internalErrorsSayWhatFailedWithoutInternals() {
        ServiceException e = failWith(Status.INTERNAL);
        assertThat(e.kind()).isEqualTo(ServiceException.Kind.FAILED);
        assertThat(e.getMessage()).startsWith("sanctions-service failed").doesNotContain("Exception");
    }

    @Test
    void successPassesTheResultThrough() {
        assertThat(ServiceCalls.call("x", "y", () -> 7)).isEqualTo(7);
    }

    @Test
    void otherRuntimeFailuresCountAsOutage() {
        assertThatThrownBy(() -> ServiceCalls.call("entity-service", "entities cannot be shown",
                () -> { throw new IllegalStateException("channel shut down"); }))
                .isInstanceOf(ServiceException.class)
                .hasMessage("entity-service is unavailable — entities cannot be shown");
    }

    private static final Status TORN_DOWN = Status.INTERNAL.withDescription(
            "Connection closed after GOAWAY. HTTP/2 error code: PROTOCOL_ERROR");

    @Test
    void aReadIsSentOnceMoreWhenItsConnectionWasTornDown() {
        AtomicInteger attempts = new AtomicInteger();
        String result = ServiceCalls.read("sanctions-service", "cases cannot be listed right now", () -> {
            if (attempts.incrementAndGet() == 1) throw TORN_DOWN.asRuntimeException();
            return "cases";
        });
        assertThat(result).isEqualTo("cases");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aWriteIsNotSentAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ServiceCalls.call("sanctions-service", "the case cannot be created right now", () -> {
            attempts.incrementAndGet();
            throw TORN_DOWN.asRuntimeException();
        })).isInstanceOf(ServiceException.class);
        assertThat(attempts).hasValue(1);
    }
}
