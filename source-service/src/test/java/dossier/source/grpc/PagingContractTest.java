package dossier.source.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dossier.source.support.FakeCaseDirectory;
import dossier.source.support.Fixtures;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimType;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.ListClaimsRequest;
import dossier.source.v1.ListClaimsResponse;
import dossier.source.v1.ListSourcesRequest;
import dossier.source.v1.ListSourcesResponse;
import dossier.source.v1.Source;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;

/** ListSources and ListClaims paged over real gRPC: stable order, nothing lost or repeated, bad tokens refused. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingContractTest {

    @GrpcClient("source")
    SourceServiceGrpc.SourceServiceBlockingStub source;

    @Inject
    FakeCaseDirectory cases;

    private String caseId;
    private String otherCase;

    @BeforeAll
    void threeSources() {
        caseId = "paging-" + System.nanoTime();
        otherCase = caseId + "-other";
        cases.add(caseId);
        cases.add(otherCase);
        for (String seed : Fixtures.SEEDS.subList(0, 3)) {
            ingest(caseId, seed);
        }
        ingest(otherCase, Fixtures.SEEDS.get(0));
    }

    private void ingest(String c, String resource) {
        source.ingestSource(IngestSourceRequest.newBuilder().setCaseId(c).setText(Fixtures.read(resource)).build());
    }

    @Test
    void sourcesPageByPageAreTheWholeListInOrder() {
        ListSourcesResponse whole = source.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).build());
        assertThat(whole.getSourcesCount()).isEqualTo(3);
        assertThat(whole.getNextPageToken()).isEmpty(); // an old client gets everything when it fits the default page
        List<String> paged = pages(t -> {
            ListSourcesResponse r = source.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId)
                    .setPageSize(1).setPageToken(t).build());
            assertThat(r.getSourcesCount()).isEqualTo(1);
            return new Page(r.getSourcesList().stream().map(Source::getId).toList(), r.getNextPageToken());
        });
        assertThat(paged).containsExactlyElementsOf(whole.getSourcesList().stream().map(Source::getId).toList());
    }

    @Test
    void aSourceAddedBetweenPagesComesLastAndNothingRepeats() {
        String c = "paging-growing-" + System.nanoTime();
        cases.add(c);
        ingest(c, Fixtures.SEEDS.get(0));
        ingest(c, Fixtures.SEEDS.get(1));
        ListSourcesResponse first = source.listSources(ListSourcesRequest.newBuilder().setCaseId(c).setPageSize(1).build());
        ingest(c, Fixtures.SEEDS.get(2));
        List<String> rest = pages(t -> {
            ListSourcesResponse r = source.listSources(ListSourcesRequest.newBuilder().setCaseId(c).setPageSize(1)
                    .setPageToken(t.isEmpty() ? first.getNextPageToken() : t).build());
            return new Page(r.getSourcesList().stream().map(Source::getId).toList(), r.getNextPageToken());
        });
        List<String> all = new ArrayList<>(List.of(first.getSources(0).getId()));
        all.addAll(rest);
        assertThat(all).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void claimsPageByPageAreTheWholeListInOrder() {
        List<String> whole = source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId).setPageSize(1000).build())
                .getClaimsList().stream().map(Claim::getId).toList();
        assertThat(whole).hasSizeGreaterThan(5).doesNotHaveDuplicates();
        for (int size : List.of(1, 2, 5)) {
            List<String> paged = pages(t -> {
                ListClaimsResponse r = source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId)
                        .setPageSize(size).setPageToken(t).build());
                assertThat(r.getClaimsCount()).isBetween(1, size);
                return new Page(r.getClaimsList().stream().map(Claim::getId).toList(), r.getNextPageToken());
            });
            assertThat(paged).as("page size " + size).containsExactlyElementsOf(whole);
        }
    }

    @Test
    void filteredClaimsPageWithTheirFilter() {
        List<String> quotes = source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId).setType(ClaimType.QUOTE).build())
                .getClaimsList().stream().map(Claim::getId).toList();
        assertThat(quotes).isNotEmpty();
        List<String> paged = pages(t -> {
            ListClaimsResponse r = source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId).setType(ClaimType.QUOTE)
                    .setPageSize(1).setPageToken(t).build());
            return new Page(r.getClaimsList().stream().map(Claim::getId).toList(), r.getNextPageToken());
        });
        assertThat(paged).containsExactlyElementsOf(quotes);
        String token = source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId).setPageSize(1).build()).getNextPageToken();
        assertThat(token).isNotEmpty();
        // the same token with another filter is another request
        assertInvalid(() -> source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId).setType(ClaimType.QUOTE)
                .setPageToken(token).build()));
    }

    @Test
    void badTokensAndSizesAreInvalidArgument() {
        assertInvalid(() -> source.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).setPageToken("garbage!").build()));
        assertInvalid(() -> source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId).setPageToken("cDE").build()));
        String token = source.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).setPageSize(1).build()).getNextPageToken();
        assertInvalid(() -> source.listSources(ListSourcesRequest.newBuilder().setCaseId(otherCase).setPageToken(token).build()));
        assertInvalid(() -> source.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).setPageSize(1001).build()));
        assertInvalid(() -> source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId).setPageSize(-1).build()));
    }

    private static void assertInvalid(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(e.getStatus().getDescription()).contains("page_");
        });
    }

    private record Page(List<String> ids, String next) {
    }

    /** Every page from the first (token "") until a page without next token. */
    private static List<String> pages(Function<String, Page> read) {
        List<String> out = new ArrayList<>();
        String token = "";
        int guard = 0;
        do {
            Page p = read.apply(token);
            out.addAll(p.ids());
            token = p.next();
            assertThat(++guard).isLessThan(1000);
        } while (!token.isEmpty());
        return out;
    }
}
