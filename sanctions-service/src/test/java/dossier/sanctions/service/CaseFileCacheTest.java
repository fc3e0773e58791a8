package dossier.sanctions.service;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bounds of the kept case files and what is kept, without Quarkus. */
class CaseFileCacheTest {

    private static CaseFile file(String caseId, int notesLength) {
        return CaseFile.newBuilder().setCase(Case.newBuilder().setId(caseId).setNotes("n".repeat(notesLength))).build();
    }

    private static CaseFileCache.Key key(String caseId, long version) {
        return new CaseFileCache.Key(caseId, version, "lists-1");
    }

    @Test
    void theKeptFilesNeverWeighMoreThanTheBound() {
        CaseFileCache cache = new CaseFileCache(20_000, Duration.ofHours(1));
        for (int i = 0; i < 200; i++) {
            String id = "case-" + i;
            cache.get(key(id, 1), () -> new CaseFileCache.Assembled(file(id, 1_000), true));
        }
        assertThat(cache.weight()).isLessThanOrEqualTo(20_000).isGreaterThan(0);
        assertThat(cache.size()).isLessThan(200).isGreaterThan(0);
    }

    @Test
    void aFileIsAssembledOncePerKeyAndAgainForANewVersion() {
        CaseFileCache cache = new CaseFileCache(1_000_000, Duration.ofHours(1));
        AtomicInteger assembled = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            cache.get(key("a", 1), () -> {
                assembled.incrementAndGet();
                return new CaseFileCache.Assembled(file("a", 10), true);
            });
        }
        assertThat(assembled).hasValue(1);
        CaseFile v2 = cache.get(key("a", 2), () -> {
            assembled.incrementAndGet();
            return new CaseFileCache.Assembled(file("a", 20), true);
        });
        assertThat(assembled).hasValue(2);
        assertThat(v2.getCase().getNotes()).hasSize(20);
        // another lists version is another key too
        cache.get(new CaseFileCache.Key("a", 2, "lists-2"), () -> {
            assembled.incrementAndGet();
            return new CaseFileCache.Assembled(file("a", 20), true);
        });
        assertThat(assembled).hasValue(3);
    }

    @Test
    void aFileMissingWhatADependencyWouldHaveGivenIsNotKept() {
        CaseFileCache cache = new CaseFileCache(1_000_000, Duration.ofHours(1));
        AtomicInteger assembled = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            cache.get(key("a", 1), () -> {
                assembled.incrementAndGet();
                return new CaseFileCache.Assembled(file("a", 1), false);
            });
        }
        assertThat(assembled).hasValue(3);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFailedAssemblyIsNotKept() {
        CaseFileCache cache = new CaseFileCache(1_000_000, Duration.ofHours(1));
        assertThatThrownBy(() -> cache.get(key("a", 1), () -> {
            throw new NotFoundException("no case with id a");
        })).isInstanceOf(NotFoundException.class);
        assertThat(cache.get(key("a", 1), () -> new CaseFileCache.Assembled(file("a", 3), true)).getCase().getNotes()).hasSize(3);
    }

    @Test
    void aKeptFileIsAssembledAgainAfterTheMaximumAge() {
        AtomicLong nanos = new AtomicLong();
        CaseFileCache cache = new CaseFileCache(1_000_000, Duration.ofSeconds(10), nanos::get);
        AtomicInteger assembled = new AtomicInteger();
        Runnable read = () -> cache.get(key("a", 1), () -> {
            assembled.incrementAndGet();
            return new CaseFileCache.Assembled(file("a", 1), true);
        });
        read.run();
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(9));
        read.run();
        assertThat(assembled).hasValue(1);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
        read.run();
        assertThat(assembled).hasValue(2);
    }

    @Test
    void readersOfOneKeyWaitForTheOneAssemblingIt() throws Exception {
        CaseFileCache cache = new CaseFileCache(1_000_000, Duration.ofHours(1));
        AtomicInteger assembled = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CaseFile>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(pool.submit(() -> cache.get(key("a", 1), () -> {
                    assembled.incrementAndGet();
                    started.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new CaseFileCache.Assembled(file("a", 7), true);
                })));
            }
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200); // the other readers arrive meanwhile
            release.countDown();
            for (Future<CaseFile> f : reads) {
                assertThat(f.get(5, TimeUnit.SECONDS).getCase().getNotes()).hasSize(7);
            }
            assertThat(assembled).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whileOneReaderAssemblesAnAgedFileAgainTheOthersAreServedTheKeptOne() throws Exception {
        AtomicLong nanos = new AtomicLong();
        CaseFileCache cache = new CaseFileCache(1_000_000, Duration.ofSeconds(10), nanos::get);
        cache.get(key("a", 1), () -> new CaseFileCache.Assembled(file("a", 1), true));
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(11));
        CountDownLatch renewing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<CaseFile> renewer = pool.submit(() -> cache.get(key("a", 1), () -> {
                renewing.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new CaseFileCache.Assembled(file("a", 2), true);
            }));
            assertThat(renewing.await(5, TimeUnit.SECONDS)).isTrue();
            AtomicInteger assembledMeanwhile = new AtomicInteger();
            CaseFile meanwhile = cache.get(key("a", 1), () -> {
                assembledMeanwhile.incrementAndGet();
                return new CaseFileCache.Assembled(file("a", 3), true);
            });
            // served at once, the older file, without a second assembly
            assertThat(meanwhile.getCase().getNotes()).hasSize(1);
            assertThat(assembledMeanwhile).hasValue(0);
            release.countDown();
            assertThat(renewer.get(5, TimeUnit.SECONDS).getCase().getNotes()).hasSize(2);
            assertThat(cache.get(key("a", 1), () -> new CaseFileCache.Assembled(file("a", 4), true)).getCase().getNotes()).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAgedFileIsKeptWhenItsRenewalMissesADependencyAndDroppedAtTwiceTheAge() {
        AtomicLong nanos = new AtomicLong();
        CaseFileCache cache = new CaseFileCache(1_000_000, Duration.ofSeconds(10), nanos::get);
        cache.get(key("a", 1), () -> new CaseFileCache.Assembled(file("a", 1), true));
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(11));
        // the renewing reader gets what it assembled (with its warning); the whole file stays kept
        assertThat(cache.get(key("a", 1), () -> new CaseFileCache.Assembled(file("a", 5), false)).getCase().getNotes()).hasSize(5);
        assertThat(cache.size()).isEqualTo(1);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(10));
        assertThat(cache.size()).isZero();
    }

    @Test
    void aKeptFileIsKeptInBothFormsWeighingBoth() {
        CaseFileCache cache = new CaseFileCache(1_000_000, Duration.ofHours(1));
        CaseFileCache.Kept kept = cache.kept(key("a", 1), () -> new CaseFileCache.Assembled(file("a", 100), true));
        assertThat(kept.byReference().getCase()).isEqualTo(kept.file().getCase());
        assertThat(cache.weight()).isEqualTo(kept.file().getSerializedSize() + kept.byReference().getSerializedSize());
        assertThat(cache.kept(key("a", 1), () -> {
            throw new AssertionError("kept: not assembled again");
        })).isSameAs(kept);
    }
}
