package dossier.deploy.cli;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** gRPC channels to the three services, addressed as the launcher addresses them: TLS trusting a CA file, or plaintext. */
public final class Endpoints implements AutoCloseable {

    public final ManagedChannel entity;
    public final ManagedChannel source;
    public final ManagedChannel sanctions;

    /** Plaintext channels (tests of services started with the plaintext profile). */
    public Endpoints(String entityTarget, String sourceTarget, String sanctionsTarget) {
        this(entityTarget, sourceTarget, sanctionsTarget, InsecureChannelCredentials.create());
    }

    public Endpoints(String entityTarget, String sourceTarget, String sanctionsTarget, ChannelCredentials credentials) {
        entity = channel(entityTarget, credentials);
        source = channel(sourceTarget, credentials);
        sanctions = channel(sanctionsTarget, credentials);
    }

    /**
     * From DOSSIER_{ENTITY,SOURCE,SANCTIONS}_{HOST,PORT}, defaulting to the local ports; TLS trusting
     * the CA in DOSSIER_TLS_CA (the launcher's local CA) when it is set, plaintext otherwise.
     */
    public static Endpoints fromEnvironment(Map<String, String> env) {
        String ca = env.getOrDefault("DOSSIER_TLS_CA", "");
        return new Endpoints(target(env, "ENTITY", 8101), target(env, "SOURCE", 8102), target(env, "SANCTIONS", 8103),
                ca.isBlank() ? InsecureChannelCredentials.create() : trusting(new File(ca)));
    }

    static ChannelCredentials trusting(File caFile) {
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

    private static ManagedChannel channel(String target, ChannelCredentials credentials) {
        return Grpc.newChannelBuilder(target, credentials).maxInboundMessageSize(64 * 1024 * 1024).build();
    }

    @Override
    public void close() throws InterruptedException {
        for (ManagedChannel c : new ManagedChannel[] {entity, source, sanctions}) {
            c.shutdown();
            c.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
