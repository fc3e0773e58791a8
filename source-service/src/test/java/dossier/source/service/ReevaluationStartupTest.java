package dossier.source.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReevaluationStartupTest {

    /**
     * A service that restarts after a crash and then gets no ingest must still sweep the outbox: the
     * sweep starts with the bean, so the bean must exist before anything calls it (the fault suite
     * found evaluations owed for minutes after a restart when it was created at the first ingest).
     */
    @Test
    void theSweepOfWhatACrashLeftOwedStartsWithTheServiceNotWithItsFirstIngest() {
        var bean = Arc.container().instance(Reevaluation.class).getBean();
        assertThat(Arc.container().getActiveContext(ApplicationScoped.class).get(bean)).isNotNull();
    }
}
