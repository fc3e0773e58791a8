package dossier.deploy.cli;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ChannelCredentials;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.TlsChannelCredentials;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * gRPC channels to the three services, addressed as the launcher addresses them: TLS trusting a CA
 * file, or plaintext; signed in with a bearer token.
 */
public final class Endpoints implements AutoCloseable {

    public final ManagedChannel entity;
    public final ManagedChannel source;
    public final ManagedChannel sanctions;
    private final String sanctionsTarget;
    private final ChannelCredentials credentials;
    private final Optional<Supplier<String>> token;

    /** Plaintext channels without a token (tests of services started with the plaintext profile). */
    public Endpoints(String entityTarget, String sourceTarget, String sanctionsTarget) {
        this(entityTarget, sourceTarget, sanctionsTarget, InsecureChannelCredentials.create(), Optional.empty());
    }

    /** Channels whose every call carries the token {@code token} gives at that moment (tokens expire; it may renew them). */
    public Endpoints(String entityTarget, String sourceTarget, String sanctionsTarget, ChannelCredentials credentials,
                     Optional<Supplier<String>> token) {
        entity = channel(entityTarget, credentials, token);
        source = channel(sourceTarget, credentials, token);
        sanctions = channel(sanctionsTarget, credentials, token);
        this.sanctionsTarget = sanctionsTarget;
        this.credentials = credentials;
        this.token = token;
    }

    /** Another channel (a connection of its own) to sanctions-service, signed in the same way; the caller closes it. */
    public ManagedChannel newSanctionsChannel() {
        return channel(sanctionsTarget, credentials, token);
    }

    /**
     * From DOSSIER_{ENTITY,SOURCE,SANCTIONS}_{HOST,PORT}, defaulting to the local ports; TLS trusting
     * the CA in DOSSIER_TLS_CA (the launcher's local CA) when it is set, plaintext otherwise; signed
     * in with the access token in DOSSIER_TOKEN (the launcher fetches one: dossier token ROLE).
     */
    public static Endpoints fromEnvironment(Map<String, String> env) {
        return new Endpoints(target(env, "ENTITY", 8101), target(env, "SOURCE", 8102), target(env, "SANCTIONS", 8103),
                credentials(env), Optional.ofNullable(env.get("DOSSIER_TOKEN")).filter(t -> !t.isBlank()).map(t -> () -> t));
    }

    /**
     * As {@link #fromEnvironment(Map)}, signed in as the local user of {@code role} with tokens that
     * the command in DOSSIER_TOKEN_COMMAND ({@code dossier token}) fetches and renews every 5 minutes,
     * for runs that outlast a token (the soak).
     */
    public static Endpoints renewing(Map<String, String> env, String role) {
        String command = env.getOrDefault("DOSSIER_TOKEN_COMMAND", "");
        if (command.isBlank()) {
            throw new IllegalArgumentException("DOSSIER_TOKEN_COMMAND is not set (the launcher sets it: dossier soak)");
        }
        return new Endpoints(target(env, "ENTITY", 8101), target(env, "SOURCE", 8102), target(env, "SANCTIONS", 8103),
                credentials(env), Optional.of(new RenewingToken(command, role, java.time.Duration.ofMinutes(5))));
    }

    private static ChannelCredentials credentials(Map<String, String> env) {
        String ca = env.getOrDefault("DOSSIER_TLS_CA", "");
        return ca.isBlank() ? InsecureChannelCredentials.create() : trusting(new File(ca));
    }

    public static ChannelCredentials trusting(File caFile) {
        try {
            return TlsChannelCredentials.newBuilder().trustManager(caFile).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CA certificate " + caFile, e);
        }
    }

    private static String target(Map<String, String> env, String service, int port) {
        return env.getOrDefault("DOSSIER_" + service + "_HOST", "localhost") + ":"
                + env.getOrDefault("DOSSIER_" + service + "_PORT", String.valueOf(port));
    }

    private static ManagedChannel channel(String target, ChannelCredentials credentials, Optional<Supplier<String>> token) {
        ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(target, credentials).maxInboundMessageSize(64 * 1024 * 1024);
        token.ifPresent(t -> builder.intercept(new BearerToken(t)));
        return builder.build();
    }

    /** Puts "authorization: Bearer <token>" on each call. */
    private record BearerToken(Supplier<String> token) implements ClientInterceptor {
        private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            String value = "Bearer " + token.get();
            return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    headers.put(AUTHORIZATION, value);
                    super.start(listener, headers);
                }
            };
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (ManagedChannel c : new ManagedChannel[] {entity, source, sanctions}) {
            c.shutdown();
            c.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
