package dossier.source.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dossier.source.repository.DurableWrites;
import dossier.source.repository.MongoEvaluationOutbox;

import dossier.source.support.FakeCaseDirectory;

class ReevaluationTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final MongoClient CLIENT;

    static {
        MONGO.bind("127.0.0.1", 0);
        CLIENT = MongoClients.create(MONGO.getConnectionString());
    }

    @AfterAll
    static void stopMongo() {
        CLIENT.close();
        MONGO.shutdown();
    }

    /** The real outbox, on a database of its own per test. */
    private final EvaluationOutbox outbox = MongoEvaluationOutbox.on(CLIENT.getDatabase("outbox-" + UUID.randomUUID()), DurableWrites.ALREADY);

    private Reevaluation reevaluation(dossier.source.client.CaseDirectory cases, boolean enabled, ExecutorService executor,
                                      Duration minInterval, double factor) {
        return new Reevaluation(cases, outbox, enabled, executor, minInterval, factor, Duration.ZERO, Duration.ofMinutes(5));
    }

    /** A case directory where every case exists and an evaluation does {@code evaluate}. */
    private static dossier.source.client.CaseDirectory evaluating(java.util.function.BiConsumer<String, String> evaluate) {
        return new dossier.source.client.CaseDirectory() {
            @Override
            public boolean exists(String caseId) {
                return true;
            }

            @Override
            public void evaluate(String caseId, String reason) {
                evaluate.accept(caseId, reason);
            }
        };
    }

    /** Waits (10 s at most) until the first evaluation has started. */
    private static void awaitFirst(java.util.List<Long> starts) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (starts.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static void drain(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void asksForAnEvaluationWithTheSourceTitleAsReason() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        reevaluation(cases, true, executor, Duration.ZERO, 0).sourceAdded("case-1", "Tanker seen off Zhoushan");
        drain(executor);
        assertThat(cases.evaluations()).containsExactly("case-1: source 'Tanker seen off Zhoushan' added");
    }

    @Test
    void aFailingSanctionsServiceIsLoggedNotThrown() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        cases.setDown(true);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        assertThatCode(() -> reevaluation(cases, true, executor, Duration.ZERO, 0).sourceAdded("case-1", "T")).doesNotThrowAnyException();
        drain(executor);
        assertThat(cases.evaluations()).isEmpty();
    }

    @Test
    void aFailedEvaluationStaysOwedWithItsErrorAndIsDoneByTheNextStartsSweep() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        cases.setDown(true);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        Instant before = Instant.now();
        Reevaluation first = new Reevaluation(cases, outbox, true, executor, Duration.ZERO, 0, Duration.ofSeconds(30), Duration.ofMinutes(5));
        first.sourceAdded("case-1", "Excavators shipped to Nampo");
        drain(executor);
        EvaluationOutbox.Pending owed = outbox.of("case-1").orElseThrow();
        assertThat(owed.titles()).containsExactly("Excavators shipped to Nampo");
        assertThat(owed.attempts()).isEqualTo(1);
        assertThat(owed.lastError()).contains("sanctions-service");
        // backed off: not due before the first retry interval
        assertThat(owed.nextAttempt()).isAfterOrEqualTo(before.plusSeconds(30));
        assertThat(outbox.due(Instant.now())).isEmpty();

        // sanctions-service is back, this service restarted: the sweep at start takes up what is due
        cases.setDown(false);
        ExecutorService afterRestart = Executors.newSingleThreadExecutor();
        Reevaluation second = reevaluation(cases, true, afterRestart, Duration.ZERO, 0);
        second.retryDue(owed.nextAttempt());
        drain(afterRestart);
        assertThat(cases.evaluations()).containsExactly("case-1: source 'Excavators shipped to Nampo' added");
        assertThat(outbox.of("case-1")).isEmpty();
    }

    @Test
    void backOffDoublesFromTheMinimumUpToTheMaximum() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        cases.setDown(true);
        Instant due = Instant.now();
        for (int attempt = 1; attempt <= 4; attempt++) {
            ExecutorService executor = Executors.newSingleThreadExecutor();
            Reevaluation r = new Reevaluation(cases, outbox, true, executor, Duration.ZERO, 0, Duration.ofSeconds(10), Duration.ofSeconds(35));
            Instant before = Instant.now();
            if (attempt == 1) {
                r.sourceAdded("case-1", "T");
            } else {
                r.retryDue(due);
            }
            drain(executor);
            EvaluationOutbox.Pending owed = outbox.of("case-1").orElseThrow();
            assertThat(owed.attempts()).isEqualTo(attempt);
            // 10, 20, then 35 (the maximum) seconds
            long expected = Math.min(35, 10L << (attempt - 1));
            assertThat(Duration.between(before, owed.nextAttempt()).getSeconds()).isBetween(expected - 1, expected);
            due = owed.nextAttempt();
        }
        assertThat(cases.evaluations()).isEmpty();
    }

    @Test
    void theSwitchTurnsItOff() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        reevaluation(cases, false, executor, Duration.ZERO, 0).sourceAdded("case-1", "T");
        drain(executor);
        assertThat(cases.evaluations()).isEmpty();
    }

    @Test
    void sourcesAddedDuringAnEvaluationAreTakenByOneMoreEvaluation() throws InterruptedException {
        java.util.concurrent.CountDownLatch firstStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.List<String> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        dossier.source.client.CaseDirectory slow = evaluating((caseId, reason) -> {
            calls.add(caseId + ": " + reason);
            firstStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ExecutorService executor = Executors.newFixedThreadPool(4);
        Reevaluation reevaluation = reevaluation(slow, true, executor, Duration.ZERO, 0);
        reevaluation.sourceAdded("case-1", "A");
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        reevaluation.sourceAdded("case-1", "B");
        reevaluation.sourceAdded("case-1", "C");
        reevaluation.sourceAdded("case-2", "D");
        release.countDown();
        drain(executor);
        assertThat(calls).containsExactlyInAnyOrder("case-1: source 'A' added", "case-1: sources 'B', 'C' added",
                "case-2: source 'D' added");
    }

    @Test
    void aBurstIsEvaluatedNoMoreOftenThanTheMinimumInterval() throws InterruptedException {
        java.util.List<Long> starts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.List<String> reasons = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        dossier.source.client.CaseDirectory recording = evaluating((caseId, reason) -> {
            starts.add(System.nanoTime());
            reasons.add(reason);
        });
        ExecutorService executor = Executors.newFixedThreadPool(2);
        Reevaluation reevaluation = reevaluation(recording, true, executor, Duration.ofMillis(400), 0);
        reevaluation.sourceAdded("case-1", "A");
        awaitFirst(starts);
        // the first evaluation is done at once; these three arrive while the next one must wait
        reevaluation.sourceAdded("case-1", "B");
        reevaluation.sourceAdded("case-1", "C");
        reevaluation.sourceAdded("case-1", "D");
        Thread.sleep(1_000);
        drain(executor);
        assertThat(reasons).containsExactly("source 'A' added", "sources 'B', 'C', 'D' added");
        assertThat(starts.get(1) - starts.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(400));
    }

    @Test
    void aCaseWhoseEvaluationTakesLongIsEvaluatedLessOften() throws InterruptedException {
        java.util.List<Long> starts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        dossier.source.client.CaseDirectory slow = evaluating((caseId, reason) -> {
            starts.add(System.nanoTime());
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ExecutorService executor = Executors.newFixedThreadPool(2);
        // the minimum interval alone would allow the next evaluation 100 ms after the first started
        Reevaluation reevaluation = reevaluation(slow, true, executor, Duration.ofMillis(100), 4);
        reevaluation.sourceAdded("case-1", "A");
        awaitFirst(starts);
        reevaluation.sourceAdded("case-1", "B");
        drain(executor);
        assertThat(starts).hasSize(2);
        assertThat(starts.get(1) - starts.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(4 * 300));
    }

    @Test
    void theReasonOfALargeBurstNamesTheFirstSourcesAndCountsTheOthers() {
        java.util.List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            titles.add("Customs records show another shipment of luxury vehicles, report number " + i);
        }
        titles.set(0, "x".repeat(5_000));
        String reason = Reevaluation.reason(titles);
        assertThat(reason).hasSizeLessThanOrEqualTo(Reevaluation.MAX_REASON)
                .startsWith("sources '" + "x".repeat(Reevaluation.MAX_REASON / 10)).contains("…', 'Customs records show")
                .matches(".* and \\d+ more added");
        int named = reason.split("', '").length;
        assertThat(reason).endsWith(" and " + (300 - named) + " more added");
        assertThat(Reevaluation.reason(java.util.List.of("A", "B"))).isEqualTo("sources 'A', 'B' added");
    }
}
