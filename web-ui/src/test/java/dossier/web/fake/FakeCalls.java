package dossier.web.fake;

import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;

/** One answer of a fake service: computed under the service's lock, or the status it failed with. */
final class FakeCalls {

    private FakeCalls() {
    }

    static <T> void answer(Object lock, StreamObserver<T> out, Supplier<T> call) {
        T value;
        try {
            synchronized (lock) {
                value = call.get();
            }
        } catch (StatusRuntimeException e) {
            out.onError(e);
            return;
        }
        out.onNext(value);
        out.onCompleted();
    }
}
