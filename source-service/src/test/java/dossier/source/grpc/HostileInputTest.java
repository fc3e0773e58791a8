package dossier.source.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dossier.source.support.FakeCaseDirectory;
import dossier.source.support.Fixtures;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.ListSourcesRequest;
import dossier.source.v1.SourceServiceGrpc;
import dossier.support.testing.RawCalls;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Requests no stub would send and callers that give up: a string that is not UTF-8 is refused
 * naming the field, within a second, and the connection serves the next call; a call whose
 * deadline passes while its article is analysed stores nothing.
 */
@QuarkusTest
class HostileInputTest {

    @GrpcClient("source")
    SourceServiceGrpc.SourceServiceBlockingStub source;

    @Inject
    FakeCaseDirectory cases;

    private String newCase() {
        String id = "hostile-" + System.nanoTime();
        cases.add(id);
        return id;
    }

    private int sources(String caseId) {
        return source.withDeadlineAfter(5, TimeUnit.SECONDS)
                .listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).build()).getSourcesCount();
    }

    private static Status refusal(Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("the call is refused").isNotNull();
        return e.getStatus();
    }

    @Test
    void aTitleThatIsNotUtf8IsRefusedByNameAndTheConnectionServesOn() {
        String caseId = newCase();
        byte[] bad = RawCalls.invalidUtf8(IngestSourceRequest.newBuilder().setCaseId(caseId).setTitle(RawCalls.MARK)
                .setText("Pyongyang, 20 Feb. A limousine was given.").build());
        long start = System.nanoTime();
        Status s = refusal(() -> RawCalls.call(source.getChannel(), SourceServiceGrpc.getIngestSourceMethod(), bad, 1, TimeUnit.SECONDS));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).isEqualTo("IngestSourceRequest.title is not valid UTF-8");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
        // the same channel serves the next call, and nothing was stored
        assertThat(sources(caseId)).isZero();
    }

    @Test
    void anIngestWhoseDeadlinePassesDuringAnalysisStoresNothing() throws InterruptedException {
        String caseId = newCase();
        String text = String.join("\n\n", Fixtures.read(Fixtures.SEEDS.get(0)), Fixtures.read(Fixtures.SEEDS.get(1)),
                Fixtures.read(Fixtures.SEEDS.get(2)));
        Status s = refusal(() -> source.withDeadlineAfter(300, TimeUnit.MILLISECONDS).ingestSource(IngestSourceRequest.newBuilder()
                .setCaseId(caseId).setText(text).setPublishedDate("2024-02-20").build()));
        assertThat(s.getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        // the service stops at its next check instead of storing what its caller gave up on
        Thread.sleep(8000);
        assertThat(sources(caseId)).isZero();
    }

    @Test
    void bracketsAroundWordsAreAnalysedWithinTheDeadlineOrStoreNothing() throws InterruptedException {
        String caseId = newCase();
        long start = System.nanoTime();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> source.withDeadlineAfter(2, TimeUnit.SECONDS)
                .ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId).setText("[a ".repeat(100_000))
                        .setContentType("text/markdown").build()));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("100,000 '[a ' as Markdown within 2 s: %s after %d ms%n", e == null ? "OK" : e.getStatus().getCode(), millis);
        assertThat(millis).isLessThan(3000);
        if (e != null) {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
            Thread.sleep(3000);
            assertThat(sources(caseId)).as("given up on: nothing stored").isZero();
        }
    }

    @Test
    void aHundredThousandBracketsOfMarkdownEndWithinTheDeadlineAndStoreNothing() throws InterruptedException {
        String caseId = newCase();
        long start = System.nanoTime();
        Status s = refusal(() -> source.withDeadlineAfter(5, TimeUnit.SECONDS).ingestSource(IngestSourceRequest.newBuilder()
                .setCaseId(caseId).setText("[".repeat(100_000)).setContentType("text/markdown").build()));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("100,000 '[' as Markdown: %s after %d ms%n", s.getCode(), millis);
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).contains("no words");
        assertThat(millis).isLessThan(5000);
        Thread.sleep(3000);
        assertThat(sources(caseId)).isZero();
    }
}
