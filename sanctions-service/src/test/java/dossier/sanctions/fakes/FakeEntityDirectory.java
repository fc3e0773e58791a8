package dossier.sanctions.fakes;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Match;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.MatchEntitiesResponse;
import dossier.entity.v1.MatchReason;
import dossier.entity.v1.Name;
import dossier.entity.v1.UpsertResult;
import dossier.sanctions.client.DependencyUnavailableException;
import dossier.sanctions.client.EntityDirectory;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** entity-service stand-in: keeps entities in memory, matches names by their word sets. Singleton (no client proxy) so tests can set its public fields. */
@Alternative
@Priority(1)
@Singleton
public class FakeEntityDirectory implements EntityDirectory {
    public final Map<String, Entity> byId = new ConcurrentHashMap<>();
    public volatile boolean down;
    public volatile int upsertCalls;
    /** Calls made to entity-service (each RPC counts one). */
    public final AtomicInteger calls = new AtomicInteger();

    public void put(Entity e) {
        byId.put(e.getId(), e);
    }

    @Override
    public List<UpsertResult> upsert(List<Entity> entities) {
        check();
        upsertCalls++;
        List<UpsertResult> out = new ArrayList<>();
        for (Entity e : entities) {
            String id = "ent-" + e.getKey();
            Entity old = byId.put(id, e.toBuilder().setId(id).build());
            out.add(UpsertResult.newBuilder().setKey(e.getKey()).setId(id)
                    .setStatus(old == null ? "added" : old.equals(e.toBuilder().setId(id).build()) ? "unchanged" : "changed").build());
        }
        return out;
    }

    @Override
    public MatchEntitiesResponse match(MatchEntitiesRequest request) {
        check();
        Set<String> query = words(request.getName());
        MatchEntitiesResponse.Builder r = MatchEntitiesResponse.newBuilder().setThreshold(request.getThreshold());
        for (Entity e : byId.values()) {
            if (!request.getDatasetsList().isEmpty() && e.getDatasetsList().stream().noneMatch(request.getDatasetsList()::contains)) {
                continue;
            }
            for (Name n : e.getNamesList()) {
                if (words(n.getValue()).equals(query)) {
                    r.addMatches(Match.newBuilder().setEntity(e).setScore(0.95).setPassesThreshold(true)
                            .setMatchedName(n.getValue())
                            .addReasons(MatchReason.newBuilder().setFeature("name_tokens").setScore(1.0).setDetail("same words")));
                    break;
                }
            }
        }
        return r.build();
    }

    @Override
    public Optional<Entity> get(String id) {
        check();
        return Optional.ofNullable(byId.get(id));
    }

    private void check() {
        calls.incrementAndGet();
        if (down) {
            throw new DependencyUnavailableException("entity-service", "connection refused (test)", null);
        }
    }

    private static Set<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
