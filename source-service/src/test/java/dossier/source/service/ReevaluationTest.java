package dossier.source.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dossier.source.support.FakeCaseDirectory;

class ReevaluationTest {

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
        new Reevaluation(cases, true, executor, Duration.ZERO, 0).sourceAdded("case-1", "Tanker seen off Zhoushan");
        drain(executor);
        assertThat(cases.evaluations()).containsExactly("case-1: source 'Tanker seen off Zhoushan' added");
    }

    @Test
    void aFailingSanctionsServiceIsLoggedNotThrown() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        cases.setDown(true);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        assertThatCode(() -> new Reevaluation(cases, true, executor, Duration.ZERO, 0).sourceAdded("case-1", "T")).doesNotThrowAnyException();
        drain(executor);
        assertThat(cases.evaluations()).isEmpty();
    }

    @Test
    void theSwitchTurnsItOff() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        new Reevaluation(cases, false, executor, Duration.ZERO, 0).sourceAdded("case-1", "T");
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
        Reevaluation reevaluation = new Reevaluation(slow, true, executor, Duration.ZERO, 0);
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
        Reevaluation reevaluation = new Reevaluation(recording, true, executor, Duration.ofMillis(400), 0);
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
        Reevaluation reevaluation = new Reevaluation(slow, true, executor, Duration.ofMillis(100), 4);
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
