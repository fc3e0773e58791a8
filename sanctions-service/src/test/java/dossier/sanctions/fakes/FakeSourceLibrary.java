package dossier.sanctions.fakes;

import dossier.sanctions.client.DependencyUnavailableException;
import dossier.sanctions.client.SourceLibrary;
import dossier.source.v1.Claim;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.Source;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** source-service stand-in: claims and sources per case, set by the test. Singleton (no client proxy) so tests can set its public fields. */
@Alternative
@Priority(1)
@Singleton
public class FakeSourceLibrary implements SourceLibrary {
    public final Map<String, List<Claim>> claims = new ConcurrentHashMap<>();
    public final Map<String, List<Source>> sources = new ConcurrentHashMap<>();
    public volatile boolean down;
    /** Calls made to source-service (each RPC counts one). */
    public final AtomicInteger calls = new AtomicInteger();
    /** How long reading the claims takes, to make concurrent evaluations overlap. */
    public volatile long delayMillis;
    /** Run while the claims are being read (what else may happen meanwhile). */
    public volatile Runnable whileReadingClaims = () -> { };

    @Override
    public List<Claim> claims(String caseId) {
        check();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        whileReadingClaims.run();
        return claims.getOrDefault(caseId, List.of());
    }

    @Override
    public List<Source> sources(String caseId) {
        check();
        return sources.getOrDefault(caseId, List.of());
    }

    @Override
    public ListConflictsResponse conflicts(String caseId) {
        check();
        return ListConflictsResponse.getDefaultInstance();
    }

    private void check() {
        calls.incrementAndGet();
        if (down) {
            throw new DependencyUnavailableException("source-service", "connection refused (test)", null);
        }
    }
}
