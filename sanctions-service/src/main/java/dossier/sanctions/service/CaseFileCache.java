package dossier.sanctions.service;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dossier.sanctions.mapping.EvidenceByReference;
import dossier.sanctions.v1.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Assembled case files, kept until the case changes: under the case's file version (bumped by every
 * write that changes what the file shows, {@code CaseRecord.changed}) and the lists' version (an
 * import changes the screening hits), so a change on any replica is seen by the next read on every
 * replica. A file assembled while a dependency was down (it carries a warning instead of sources or
 * hits) is not kept. Readers of one key wait for the one assembling it rather than assembling it
 * again each. Bounded by the files' serialized size ({@code dossier.case-file-cache.max-bytes}) and
 * by age ({@code dossier.case-file-cache.max-age}): what sanctions-service is not told of (a source
 * whose re-evaluation has not been stored yet, a source added with re-evaluation switched off) shows
 * at the latest after that age: the first reader after it assembles the file again while the
 * others are served the older one meanwhile (they would all wait for it otherwise, several times a
 * minute under load); a file nobody renewed is dropped at twice the age. Each file is kept in both
 * of its forms, the evidence in place and by reference ({@link EvidenceByReference}). The cache
 * holds data only: who may read is checked on every call.
 */
@ApplicationScoped
public class CaseFileCache {

    /** What a kept file is valid for. */
    public record Key(String caseId, long fileVersion, String listsVersion) {
    }

    /** A file in its two forms, when it was assembled, and whether a reader is assembling it anew. */
    public record Kept(CaseFile file, CaseFile byReference, long assembledAt, AtomicBoolean renewing) {
        static Kept of(CaseFile file, long assembledAt) {
            return new Kept(file, EvidenceByReference.of(file), assembledAt, new AtomicBoolean());
        }

        int weight() {
            return file.getSerializedSize() + byReference.getSerializedSize();
        }
    }

    private final AsyncCache<Key, Kept> files;
    private final Ticker ticker;
    private final long maxAgeNanos;

    @Inject
    public CaseFileCache(@ConfigProperty(name = "dossier.case-file-cache.max-bytes", defaultValue = "33554432") long maxBytes,
                         @ConfigProperty(name = "dossier.case-file-cache.max-age", defaultValue = "PT10S") Duration maxAge) {
        this(maxBytes, maxAge, Ticker.systemTicker());
    }

    CaseFileCache(long maxBytes, Duration maxAge, Ticker ticker) {
        this.ticker = ticker;
        this.maxAgeNanos = maxAge.toNanos();
        this.files = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumWeight(maxBytes)
                .weigher((Key k, Kept f) -> f.weight())
                .expireAfterWrite(maxAge.multipliedBy(2))
                // eviction on the calling thread: no pool thread for bookkeeping this small
                .executor(Runnable::run)
                .buildAsync();
    }

    /** A file as assembled, and whether it is whole (no dependency was missing): only a whole one is kept. */
    public record Assembled(CaseFile file, boolean whole) {
    }

    /** The file (the evidence in place) kept under {@code key}, or assembled now: see {@link #kept}. */
    public CaseFile get(Key key, Supplier<Assembled> assemble) {
        return kept(key, assemble).file();
    }

    /**
     * The file kept under {@code key}, or the one {@code assemble} makes on the calling thread (the
     * caller's token and deadline go with its remote calls). Readers of a key being assembled wait
     * for it; when that one fails or is not whole, each assembles its own. A file older than the
     * maximum age is assembled again by the first reader to see it, the others take it meanwhile.
     */
    public Kept kept(Key key, Supplier<Assembled> assemble) {
        CompletableFuture<Kept> mine = new CompletableFuture<>();
        CompletableFuture<Kept> other = files.asMap().putIfAbsent(key, mine);
        if (other == null) {
            return assembleInto(mine, assemble);
        }
        Kept kept = await(other);
        if (kept == null) {
            return Kept.of(assemble.get().file(), ticker.read());
        }
        if (ticker.read() - kept.assembledAt() < maxAgeNanos || !kept.renewing().compareAndSet(false, true)) {
            return kept;
        }
        try {
            Assembled a = assemble.get();
            Kept renewed = Kept.of(a.file(), ticker.read());
            if (a.whole()) {
                files.put(key, CompletableFuture.completedFuture(renewed));
            }
            return renewed;
        } finally {
            kept.renewing().set(false);
        }
    }

    private Kept assembleInto(CompletableFuture<Kept> mine, Supplier<Assembled> assemble) {
        try {
            Assembled a = assemble.get();
            Kept kept = Kept.of(a.file(), ticker.read());
            // null: not kept (Caffeine drops an entry whose future ends in null or an exception)
            mine.complete(a.whole() ? kept : null);
            return kept;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Kept await(CompletableFuture<Kept> other) {
        try {
            return other.join();
        } catch (CompletionException | CancellationException e) {
            return null;
        }
    }

    /** How many files are kept (approximately: expired ones may still count until the next write). */
    public long size() {
        files.synchronous().cleanUp();
        return files.synchronous().estimatedSize();
    }

    /** The kept files' serialized bytes in all. */
    public long weight() {
        files.synchronous().cleanUp();
        return files.synchronous().policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** Forgets every kept file (tests). */
    public void clear() {
        files.synchronous().invalidateAll();
    }
}
