package dossier.deploy.cli;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Plain-text gRPC channels to the three services, addressed as the launcher addresses them. */
public final class Endpoints implements AutoCloseable {

    public final ManagedChannel entity;
    public final ManagedChannel source;
    public final ManagedChannel sanctions;

    public Endpoints(String entityTarget, String sourceTarget, String sanctionsTarget) {
        entity = channel(entityTarget);
        source = channel(sourceTarget);
        sanctions = channel(sanctionsTarget);
    }

    /** From DOSSIER_{ENTITY,SOURCE,SANCTIONS}_{HOST,PORT}, defaulting to the local ports. */
    public static Endpoints fromEnvironment(Map<String, String> env) {
        return new Endpoints(target(env, "ENTITY", 8101), target(env, "SOURCE", 8102), target(env, "SANCTIONS", 8103));
    }

    private static String target(Map<String, String> env, String service, int port) {
        return env.getOrDefault("DOSSIER_" + service + "_HOST", "localhost") + ":"
                + env.getOrDefault("DOSSIER_" + service + "_PORT", String.valueOf(port));
    }

    private static ManagedChannel channel(String target) {
        return ManagedChannelBuilder.forTarget(target).usePlaintext().maxInboundMessageSize(64 * 1024 * 1024).build();
    }

    @Override
    public void close() throws InterruptedException {
        for (ManagedChannel c : new ManagedChannel[] {entity, source, sanctions}) {
            c.shutdown();
            c.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
