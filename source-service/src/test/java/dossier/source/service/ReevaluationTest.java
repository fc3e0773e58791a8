package dossier.source.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dossier.source.support.FakeCaseDirectory;

class ReevaluationTest {

    private static void drain(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void asksForAnEvaluationWithTheSourceTitleAsReason() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        new Reevaluation(cases, true, executor).sourceAdded("case-1", "Tanker seen off Zhoushan");
        drain(executor);
        assertThat(cases.evaluations()).containsExactly("case-1: source 'Tanker seen off Zhoushan' added");
    }

    @Test
    void aFailingSanctionsServiceIsLoggedNotThrown() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        cases.setDown(true);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        assertThatCode(() -> new Reevaluation(cases, true, executor).sourceAdded("case-1", "T")).doesNotThrowAnyException();
        drain(executor);
        assertThat(cases.evaluations()).isEmpty();
    }

    @Test
    void theSwitchTurnsItOff() throws InterruptedException {
        FakeCaseDirectory cases = new FakeCaseDirectory();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        new Reevaluation(cases, false, executor).sourceAdded("case-1", "T");
        drain(executor);
        assertThat(cases.evaluations()).isEmpty();
    }
}
