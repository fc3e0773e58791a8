package dossier.support.grpc;

import com.google.protobuf.Api;
import io.grpc.Context;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The wrapped service driven as the gRPC server drives it: bytes in, a typed handler, a status out. */
class CheckedServiceTest {

    private static final MethodDescriptor<Api, Api> ECHO = MethodDescriptor.<Api, Api>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName("test.Echo/Echo")
            .setRequestMarshaller(ProtoUtils.marshaller(Api.getDefaultInstance()))
            .setResponseMarshaller(ProtoUtils.marshaller(Api.getDefaultInstance())).build();

    /** What the handler saw: the request and its call's deadline (null when none). */
    private final List<Object> seen = new ArrayList<>();

    private final ServerServiceDefinition echo = ServerServiceDefinition.builder(
                    ServiceDescriptor.newBuilder("test.Echo").addMethod(ECHO).build())
            .addMethod(ECHO, ServerCalls.asyncUnaryCall((Api request, io.grpc.stub.StreamObserver<Api> out) -> {
                seen.add(request);
                seen.add(Context.current().getDeadline());
                out.onNext(request);
                out.onCompleted();
            })).build();

    /** A call that keeps what the server would send. */
    private static final class Recorded extends ServerCall<byte[], Api> {
        Status status;
        Api reply;
        final MethodDescriptor<byte[], Api> method;

        Recorded(MethodDescriptor<byte[], Api> method) {
            this.method = method;
        }

        @Override
        public void request(int numMessages) {
        }

        @Override
        public void sendHeaders(Metadata headers) {
        }

        @Override
        public void sendMessage(Api message) {
            reply = message;
        }

        @Override
        public void close(Status status, Metadata trailers) {
            this.status = status;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public MethodDescriptor<byte[], Api> getMethodDescriptor() {
            return method;
        }
    }

    @SuppressWarnings("unchecked")
    private Recorded call(ServerServiceDefinition wrapped, byte[] request, Metadata headers) {
        ServerMethodDefinition<byte[], Api> m = (ServerMethodDefinition<byte[], Api>) wrapped.getMethod("test.Echo/Echo");
        Recorded call = new Recorded(m.getMethodDescriptor());
        ServerCallHandler<byte[], Api> handler = m.getServerCallHandler();
        ServerCall.Listener<byte[]> listener = handler.startCall(call, headers);
        listener.onMessage(request);
        listener.onHalfClose();
        listener.onComplete();
        return call;
    }

    @Test
    void aWellFormedRequestReachesTheHandlerWithTheCallersDeadline() {
        ServerServiceDefinition wrapped = CheckedService.wrap(echo, request -> null);
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("grpc-timeout", Metadata.ASCII_STRING_MARSHALLER), "2S");
        Api api = Api.newBuilder().setName("Ким").build();
        Recorded call = call(wrapped, api.toByteArray(), headers);
        assertThat(call.status.isOk()).isTrue();
        assertThat(call.reply).isEqualTo(api);
        assertThat(seen.get(0)).isEqualTo(api);
        long left = ((io.grpc.Deadline) seen.get(1)).timeRemaining(TimeUnit.MILLISECONDS);
        assertThat(left).isBetween(1000L, 2000L);
        // the contract stays readable (server reflection) and the method keeps its name
        assertThat(wrapped.getServiceDescriptor().getName()).isEqualTo("test.Echo");
    }

    @Test
    void aStringThatIsNotUtf8IsRefusedNamingTheFieldAndTheHandlerNeverRuns() {
        byte[] wire = Api.newBuilder().setName("#bad#").build().toByteArray();
        byte[] mark = "#bad#".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + mark.length <= wire.length; i++) {
            if (Arrays.equals(wire, i, i + mark.length, mark, 0, mark.length)) {
                Arrays.fill(wire, i, i + mark.length, (byte) 0xC3);
            }
        }
        Recorded call = call(CheckedService.wrap(echo, request -> null), wire, new Metadata());
        assertThat(call.status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(call.status.getDescription()).isEqualTo("Api.name is not valid UTF-8");
        assertThat(seen).isEmpty();
    }

    @Test
    void theServicesCheckRefusesAParsedRequestBeforeTheHandler() {
        Recorded call = call(CheckedService.wrap(echo, request -> Status.INVALID_ARGUMENT.withDescription("Api.name is too long")),
                Api.newBuilder().setName("x").build().toByteArray(), new Metadata());
        assertThat(call.status.getDescription()).isEqualTo("Api.name is too long");
        assertThat(seen).isEmpty();
    }

    @Test
    void timeoutHeadersAreReadInEveryUnit() {
        assertThat(CheckedService.timeoutNanos("250m")).isEqualTo(TimeUnit.MILLISECONDS.toNanos(250));
        assertThat(CheckedService.timeoutNanos("3S")).isEqualTo(TimeUnit.SECONDS.toNanos(3));
        assertThat(CheckedService.timeoutNanos("1H")).isEqualTo(TimeUnit.HOURS.toNanos(1));
        assertThat(CheckedService.timeoutNanos("99999999u")).isEqualTo(TimeUnit.MICROSECONDS.toNanos(99_999_999));
        assertThat(CheckedService.timeoutNanos("12x")).isNull();
        assertThat(CheckedService.timeoutNanos("123456789S")).isNull();
        assertThat(CheckedService.timeoutNanos(null)).isNull();
    }
}
