package dossier.support.testing;

import dossier.support.grpc.CheckedService;

import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.stub.ClientCalls;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Calls with request bytes no generated stub would send: a string field holding bytes that are not
 * UTF-8. Build the request with {@link #MARK} in that field, then {@link #invalidUtf8} swaps the
 * mark's bytes for bytes of the same length that are not UTF-8 (so every length prefix stays right).
 */
public final class RawCalls {

    /** Put this in the string field that is to hold invalid UTF-8. */
    public static final String MARK = "#not-utf-8#";

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = CheckedService.bytes();

    private RawCalls() {
    }

    /** The request's bytes with the mark replaced by 0xFF bytes (never valid in UTF-8). */
    public static byte[] invalidUtf8(Message request) {
        byte[] wire = request.toByteArray();
        byte[] mark = MARK.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + mark.length <= wire.length; i++) {
            if (Arrays.equals(wire, i, i + mark.length, mark, 0, mark.length)) {
                Arrays.fill(wire, i, i + mark.length, (byte) 0xFF);
                return wire;
            }
        }
        throw new IllegalArgumentException("the request holds no " + MARK);
    }

    /** A unary call of {@code method} (e.g. {@code SourceServiceGrpc.getIngestSourceMethod()}) with these bytes as its request. */
    public static byte[] call(Channel channel, MethodDescriptor<?, ?> method, byte[] request, long timeout, TimeUnit unit) {
        MethodDescriptor<byte[], byte[]> raw = MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName(method.getFullMethodName())
                .setRequestMarshaller(BYTES).setResponseMarshaller(BYTES).build();
        return ClientCalls.blockingUnaryCall(channel, raw, CallOptions.DEFAULT.withDeadlineAfter(timeout, unit), request);
    }
}
