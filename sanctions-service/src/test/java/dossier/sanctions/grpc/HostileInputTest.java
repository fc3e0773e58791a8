package dossier.sanctions.grpc;

import com.google.protobuf.ByteString;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ListFile;
import dossier.sanctions.v1.ListFormat;
import dossier.sanctions.v1.ListImportsRequest;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.support.testing.RawCalls;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Malformed strings and numbers are refused INVALID_ARGUMENT naming the field, within a second,
 * before anything is stored, and the connection serves on: a string that is not UTF-8, NUL and
 * control characters in titles, notes, names and justifications, a threshold that is not finite,
 * a list file that is not UTF-8.
 */
@QuarkusTest
class HostileInputTest {

    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @GrpcClient("sanctions")
    ScreeningServiceGrpc.ScreeningServiceBlockingStub screening;

    private static Status refusal(Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("the call is refused").isNotNull();
        return e.getStatus();
    }

    private CaseServiceGrpc.CaseServiceBlockingStub quick() {
        return cases.withDeadlineAfter(1, TimeUnit.SECONDS);
    }

    private int caseCount() {
        return quick().listCases(ListCasesRequest.getDefaultInstance()).getTotal();
    }

    @Test
    void aTitleThatIsNotUtf8IsRefusedByNameAndTheConnectionServesOn() {
        byte[] bad = RawCalls.invalidUtf8(CreateCaseRequest.newBuilder().setTitle(RawCalls.MARK).setDescription("d").build());
        long start = System.nanoTime();
        Status s = refusal(() -> RawCalls.call(cases.getChannel(), CaseServiceGrpc.getCreateCaseMethod(), bad, 1, TimeUnit.SECONDS));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).isEqualTo("CreateCaseRequest.title is not valid UTF-8");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
        // the next call on the same channel is answered
        assertThat(quick().listCases(ListCasesRequest.getDefaultInstance())).isNotNull();
    }

    @Test
    void aNameNestedInAScreeningThatIsNotUtf8IsNamedToo() {
        byte[] bad = RawCalls.invalidUtf8(ScreenRequest.newBuilder().setName("Kim " + RawCalls.MARK).build());
        Status s = refusal(() -> RawCalls.call(screening.getChannel(), ScreeningServiceGrpc.getScreenMethod(), bad, 1, TimeUnit.SECONDS));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).isEqualTo("ScreenRequest.name is not valid UTF-8");
    }

    @Test
    void nulAndControlCharactersAreRefusedInTitlesNotesNamesAndJustifications() {
        String title = "Title\u0000" + System.nanoTime();
        int before = caseCount();
        Status s = refusal(() -> quick().createCase(CreateCaseRequest.newBuilder().setTitle(title).build()));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).startsWith("CreateCaseRequest.title holds a control character (U+0000)");
        assertThat(caseCount()).isEqualTo(before);

        s = refusal(() -> quick().updateCase(UpdateCaseRequest.newBuilder().setId("any").setNotes("line\nbell\u0007").build()));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).startsWith("UpdateCaseRequest.notes holds a control character (U+0007)");

        s = refusal(() -> screening.withDeadlineAfter(1, TimeUnit.SECONDS).screen(ScreenRequest.newBuilder().setName("Kim\u001bJong").build()));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).startsWith("ScreenRequest.name holds a control character (U+001B)");

        s = refusal(() -> quick().overrideVerdict(OverrideVerdictRequest.newBuilder().setCaseId("c").setVerdictId("v")
                .setAnalyst("a").setJustification("because\u0000").build()));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).startsWith("OverrideVerdictRequest.justification holds a control character (U+0000)");
    }

    @Test
    void aThresholdThatIsNotFiniteIsRefused() {
        for (double t : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Status s = refusal(() -> screening.withDeadlineAfter(1, TimeUnit.SECONDS)
                    .screen(ScreenRequest.newBuilder().setName("Kim").setThreshold(t).build()));
            assertThat(s.getCode()).as("threshold " + t).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(s.getDescription()).isEqualTo("ScreenRequest.threshold must be a finite number");
        }
    }

    @Test
    void anOfacFileThatIsNotUtf8ImportsNothing() {
        int before = screening.listImports(ListImportsRequest.newBuilder().setDataset("ofac-sdn").setLimit(100).build()).getTotal();
        byte[] latin1 = "36,\"M\u00dcLLER, Hans\",\"individual\",\"RUSSIA-EO14024\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Status s = refusal(() -> screening.withDeadlineAfter(5, TimeUnit.SECONDS).importList(ImportListRequest.newBuilder()
                .setFormat(ListFormat.OFAC_SDN_CSV).addFiles(ListFile.newBuilder().setRole("sdn").setContent(ByteString.copyFrom(latin1)))
                .build()));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).contains("'sdn' is not valid UTF-8").contains("nothing was imported");
        assertThat(screening.listImports(ListImportsRequest.newBuilder().setDataset("ofac-sdn").setLimit(100).build()).getTotal())
                .isEqualTo(before);
    }
}
