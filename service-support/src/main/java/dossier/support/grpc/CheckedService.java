package dossier.support.grpc;

import com.google.protobuf.Message;
import io.grpc.Attributes;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.SecurityLevel;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A service whose requests arrive as bytes and are read here, inside the call, instead of by the
 * gRPC server before any interceptor runs. With Quarkus's Vert.x gRPC server a request that
 * protobuf cannot parse (a string that is not UTF-8) was dropped and the call ended INTERNAL "Half-closed
 * without a request"; here it ends INVALID_ARGUMENT naming the field ({@link MalformedFields}),
 * and the connection serves the next call. A parsed request is then held to the service's checks
 * (its {@link RequestLimits}) before the handler sees it.
 *
 * <p>The call also gets the gRPC {@link Context} grpc-java's own server gives it and the Vert.x
 * bridge does not: the caller's deadline (the {@code grpc-timeout} header) and cancellation, so
 * handlers can honour them ({@link CallBudget}) and calls they make to other services carry the
 * rest of the deadline on.
 */
public final class CheckedService {

    /** What a parsed request is held to: a refusal, or null when it may go on. */
    @FunctionalInterface
    public interface Check {
        Status refusal(Message request);
    }

    private static final Metadata.Key<String> TIMEOUT = Metadata.Key.of("grpc-timeout", Metadata.ASCII_STRING_MARSHALLER);

    // cancels the contexts of calls whose deadline passes; one daemon thread for all services
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "grpc-call-deadlines");
        t.setDaemon(true);
        return t;
    });

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private CheckedService() {
    }

    /** Requests or answers as they travel, unparsed (also how tests send bytes protobuf would refuse). */
    public static MethodDescriptor.Marshaller<byte[]> bytes() {
        return BYTES;
    }

    /** The same service, each method with protobuf requests taking bytes and reading them as above. */
    public static ServerServiceDefinition wrap(ServerServiceDefinition service, Check check) {
        ServiceDescriptor original = service.getServiceDescriptor();
        List<ServerMethodDefinition<?, ?>> methods = new ArrayList<>();
        for (ServerMethodDefinition<?, ?> m : service.getMethods()) {
            methods.add(wrap(m, check));
        }
        ServiceDescriptor.Builder descriptor = ServiceDescriptor.newBuilder(original.getName())
                .setSchemaDescriptor(original.getSchemaDescriptor()); // server reflection reads the contract from it
        methods.forEach(m -> descriptor.addMethod(m.getMethodDescriptor()));
        ServerServiceDefinition.Builder out = ServerServiceDefinition.builder(descriptor.build());
        methods.forEach(out::addMethod);
        return out.build();
    }

    private static <Q, R> ServerMethodDefinition<?, R> wrap(ServerMethodDefinition<Q, R> method, Check check) {
        MethodDescriptor<Q, R> original = method.getMethodDescriptor();
        if (!(original.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<Q> proto)
                || !(proto.getMessagePrototype() instanceof Message prototype)) {
            return method;
        }
        MethodDescriptor<byte[], R> raw = original.toBuilder(BYTES, original.getResponseMarshaller()).build();
        ServerCallHandler<byte[], R> handler = (call, headers) -> start(call, headers, method, prototype, check);
        return ServerMethodDefinition.create(raw, handler);
    }

    private static <Q, R> ServerCall.Listener<byte[]> start(ServerCall<byte[], R> call, Metadata headers,
                                                             ServerMethodDefinition<Q, R> method, Message prototype, Check check) {
        Context.CancellableContext context = callContext(headers);
        ServerCall<Q, R> typed = new TypedCall<>(call, method.getMethodDescriptor());
        ServerCall.Listener<Q> next;
        try {
            next = context.call(() -> method.getServerCallHandler().startCall(typed, headers));
        } catch (Exception e) {
            context.cancel(null);
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        return new ServerCall.Listener<>() {
            /** Why the request was refused; answered when the client has sent it whole (see onHalfClose). */
            private Status refused;

            @Override
            public void onMessage(byte[] bytes) {
                if (refused != null) {
                    return;
                }
                Q request;
                try {
                    request = method.getMethodDescriptor().parseRequest(new ByteArrayInputStream(bytes));
                } catch (RuntimeException unreadable) {
                    refuse(Status.INVALID_ARGUMENT.withDescription(MalformedFields.describe(prototype.getDescriptorForType(), bytes)));
                    return;
                }
                Status refusal = check.refusal((Message) request);
                if (refusal != null) {
                    refuse(refusal);
                    return;
                }
                context.run(() -> next.onMessage(request));
            }

            private void refuse(Status status) {
                refused = status;
            }

            @Override
            public void onHalfClose() {
                if (refused != null) {
                    // closed only now: closing while the HTTP/2 request was still being read raced
                    // with its end in Vert.x ("Request has already been read") and answered INTERNAL
                    call.close(refused, new Metadata());
                } else {
                    context.run(next::onHalfClose);
                }
            }

            @Override
            public void onCancel() {
                try {
                    context.run(next::onCancel);
                } finally {
                    context.cancel(null);
                }
            }

            @Override
            public void onComplete() {
                try {
                    context.run(next::onComplete);
                } finally {
                    context.cancel(null);
                }
            }

            @Override
            public void onReady() {
                context.run(next::onReady);
            }
        };
    }

    /** A context that ends at the caller's deadline, if it sent one, and when the call ends. */
    static Context.CancellableContext callContext(Metadata headers) {
        Long nanos = timeoutNanos(headers.get(TIMEOUT));
        Context base = Context.current();
        return nanos == null ? base.withCancellation()
                : base.withDeadline(Deadline.after(nanos, TimeUnit.NANOSECONDS), DEADLINES);
    }

    /** The {@code grpc-timeout} header's value in nanoseconds (1 to 8 digits and a unit), null when absent or malformed. */
    static Long timeoutNanos(String header) {
        if (header == null || header.length() < 2 || header.length() > 9) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(header.substring(0, header.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (value < 0) {
            return null;
        }
        Function<Long, Long> unit = switch (header.charAt(header.length() - 1)) {
            case 'n' -> v -> v;
            case 'u' -> TimeUnit.MICROSECONDS::toNanos;
            case 'm' -> TimeUnit.MILLISECONDS::toNanos;
            case 'S' -> TimeUnit.SECONDS::toNanos;
            case 'M' -> TimeUnit.MINUTES::toNanos;
            case 'H' -> TimeUnit.HOURS::toNanos;
            default -> null;
        };
        return unit == null ? null : unit.apply(value);
    }

    /** The handler's view of the call: typed messages, the method it was written for. */
    private static final class TypedCall<Q, R> extends ServerCall<Q, R> {
        private final ServerCall<byte[], R> call;
        private final MethodDescriptor<Q, R> method;

        TypedCall(ServerCall<byte[], R> call, MethodDescriptor<Q, R> method) {
            this.call = call;
            this.method = method;
        }

        @Override
        public void request(int numMessages) {
            call.request(numMessages);
        }

        @Override
        public void sendHeaders(Metadata headers) {
            call.sendHeaders(headers);
        }

        @Override
        public void sendMessage(R message) {
            call.sendMessage(message);
        }

        @Override
        public void close(Status status, Metadata trailers) {
            call.close(status, trailers);
        }

        @Override
        public boolean isCancelled() {
            return call.isCancelled();
        }

        @Override
        public boolean isReady() {
            return call.isReady();
        }

        @Override
        public void setMessageCompression(boolean enabled) {
            call.setMessageCompression(enabled);
        }

        @Override
        public void setCompression(String compressor) {
            call.setCompression(compressor);
        }

        @Override
        public SecurityLevel getSecurityLevel() {
            return call.getSecurityLevel();
        }

        @Override
        public Attributes getAttributes() {
            return call.getAttributes();
        }

        @Override
        public String getAuthority() {
            return call.getAuthority();
        }

        @Override
        public MethodDescriptor<Q, R> getMethodDescriptor() {
            return method;
        }
    }
}
