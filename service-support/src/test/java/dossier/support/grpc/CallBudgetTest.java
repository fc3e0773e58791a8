package dossier.support.grpc;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CallBudgetTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @Test
    void outsideACallNothingEnds() {
        assertThatCode(() -> CallBudget.checkBefore("storing")).doesNotThrowAnyException();
        assertThat(CallBudget.ofCall().remaining()).isNull();
    }

    @Test
    void aPassedDeadlineStopsTheWorkWithDeadlineExceededSayingWhatWasNotDone() throws Exception {
        Context.CancellableContext call = Context.current().withDeadline(Deadline.after(20, TimeUnit.MILLISECONDS), timer);
        call.run(() -> assertThatCode(() -> CallBudget.checkBefore("storing")).doesNotThrowAnyException());
        Thread.sleep(60);
        StatusRuntimeException e = call.call(() -> catchThrowableOfType(StatusRuntimeException.class,
                () -> CallBudget.checkBefore("storing the source")));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        assertThat(e.getStatus().getDescription()).contains("before storing the source").contains("nothing was stored");
    }

    @Test
    void aCancelledCallStopsWithCancelled() throws Exception {
        Context.CancellableContext call = Context.current().withCancellation();
        call.cancel(null);
        StatusRuntimeException e = call.call(() -> catchThrowableOfType(StatusRuntimeException.class,
                () -> CallBudget.checkBefore("storing")));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.CANCELLED);
    }

    @Test
    void aLongTaskEndsAtItsOwnMaximumWhenTheCallerWaitsLonger() throws Exception {
        Context.CancellableContext call = Context.current().withDeadline(Deadline.after(10, TimeUnit.SECONDS), timer);
        CallBudget budget = call.call(() -> CallBudget.ofCall(Duration.ofMillis(20)));
        assertThat(budget.remaining()).isLessThanOrEqualTo(Duration.ofMillis(20));
        Thread.sleep(40);
        assertThat(budget.ok()).isFalse();
        assertThat(catchThrowableOfType(StatusRuntimeException.class, () -> budget.check("parsing")).getStatus().getCode())
                .isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        // and at the caller's deadline when that comes first
        Context.CancellableContext soon = Context.current().withDeadline(Deadline.after(20, TimeUnit.MILLISECONDS), timer);
        assertThat(soon.call(() -> CallBudget.ofCall(Duration.ofMinutes(2))).remaining()).isLessThanOrEqualTo(Duration.ofMillis(20));
    }
}
