package dossier.support.testing;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The caller of a test's gRPC calls: by default a user holding every role, so tests that are not
 * about authorisation run signed in; {@link #as} and {@link #anonymous} change it for the calls a
 * block makes on its thread. Runs after the services' own token propagation, and only adds a token
 * where none is set.
 */
@ApplicationScoped
@GlobalInterceptor
public class TestCaller implements ClientInterceptor {

    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final String DEFAULT = TestTokens.token(TestTokens.DEFAULT_USER, TestTokens.ALL_ROLES);
    /** Empty optional: anonymous; null: the default caller. */
    private static final ThreadLocal<Optional<String>> CURRENT = new ThreadLocal<>();

    /** An interceptor that signs a stub's calls in as {@code user} holding {@code roles} ({@code stub.withInterceptors(...)}). */
    public static ClientInterceptor signedInAs(String user, Set<String> roles) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + TestTokens.token(user, roles));
        return io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(headers);
    }

    /** Runs {@code calls} with the given token on this thread's calls. */
    public static <T> T as(String token, Supplier<T> calls) {
        return with(Optional.of(token), calls);
    }

    /** Runs {@code calls} with no token at all. */
    public static <T> T anonymous(Supplier<T> calls) {
        return with(Optional.empty(), calls);
    }

    private static <T> T with(Optional<String> token, Supplier<T> calls) {
        Optional<String> before = CURRENT.get();
        CURRENT.set(token);
        try {
            return calls.get();
        } finally {
            CURRENT.set(before);
        }
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        Optional<String> chosen = CURRENT.get();
        Optional<String> token = chosen == null ? Optional.of(DEFAULT) : chosen;
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                if (chosen != null) {
                    headers.discardAll(AUTHORIZATION);
                }
                if (token.isPresent() && !headers.containsKey(AUTHORIZATION)) {
                    headers.put(AUTHORIZATION, "Bearer " + token.get());
                }
                super.start(listener, headers);
            }
        };
    }
}
