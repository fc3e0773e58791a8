package dossier.support.grpc;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The time a call may still take: its caller's deadline and cancellation (the gRPC {@link Context}
 * of the call, set up by {@link CheckedService}), and for long work such as parsing a text, at
 * most a configured maximum. A handler checks it before each write and between the steps of a long
 * loop, so that a call whose caller has given up stops and writes nothing.
 *
 * <p>Outside a gRPC call (a background job, a unit test) there is no deadline and nothing is cancelled.
 */
public final class CallBudget {

    private final Context call;
    private final Deadline end;

    private CallBudget(Context call, Deadline end) {
        this.call = call;
        this.end = end;
    }

    /** The current call's budget: its deadline, if its caller set one. */
    public static CallBudget ofCall() {
        Context c = Context.current();
        return new CallBudget(c, c.getDeadline());
    }

    /** The current call's budget, cut to {@code max} from now (a long parse ends then even if its caller waits longer). */
    public static CallBudget ofCall(Duration max) {
        Context c = Context.current();
        Deadline own = Deadline.after(max.toNanos(), TimeUnit.NANOSECONDS);
        Deadline callers = c.getDeadline();
        return new CallBudget(c, callers == null ? own : callers.minimum(own));
    }

    /** Throws DEADLINE_EXCEEDED or CANCELLED when the current call may not go on to {@code next} (e.g. "storing the source"). */
    public static void checkBefore(String next) {
        ofCall().check(next);
    }

    /** Throws when the budget is spent or the call was cancelled; {@code next} says what was not done. */
    public void check(String next) {
        StatusRuntimeException stop = stop(next);
        if (stop != null) {
            throw stop;
        }
    }

    /** Whether the work may go on. */
    public boolean ok() {
        return stop("") == null;
    }

    /** The time left, or null when there is no end. */
    public Duration remaining() {
        return end == null ? null : Duration.ofNanos(Math.max(0, end.timeRemaining(TimeUnit.NANOSECONDS)));
    }

    private StatusRuntimeException stop(String next) {
        String what = next.isEmpty() ? "" : " before " + next;
        if (end != null && end.isExpired()) {
            return Status.DEADLINE_EXCEEDED.withDescription("the time for this call ran out" + what + "; nothing was stored")
                    .asRuntimeException();
        }
        if (call.isCancelled()) {
            Throwable cause = call.cancellationCause();
            Status s = cause instanceof java.util.concurrent.TimeoutException || call.getDeadline() != null && call.getDeadline().isExpired()
                    ? Status.DEADLINE_EXCEEDED : Status.CANCELLED;
            return s.withDescription("the call was " + (s == Status.CANCELLED ? "cancelled by its caller" : "past its deadline")
                    + what + "; nothing was stored").asRuntimeException();
        }
        return null;
    }
}
