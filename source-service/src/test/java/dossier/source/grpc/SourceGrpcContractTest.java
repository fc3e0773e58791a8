package dossier.source.grpc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.protobuf.ByteString;

import dossier.source.repository.SourceRepository;
import dossier.source.support.FakeCaseDirectory;
import dossier.source.support.FakeEntityResolver;
import dossier.source.support.Fixtures;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimType;
import dossier.source.v1.GetSourceRequest;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.IngestSourceResponse;
import dossier.source.v1.ListClaimsRequest;
import dossier.source.v1.ListConflictsRequest;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.ListSourcesRequest;
import dossier.source.v1.SearchSourcesRequest;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;

/** The SourceService contract over real gRPC, with entity-service and sanctions-service faked. */
@QuarkusTest
class SourceGrpcContractTest {

    @GrpcClient("source")
    SourceServiceGrpc.SourceServiceBlockingStub source;

    @Inject
    FakeCaseDirectory cases;

    @Inject
    FakeEntityResolver entities;

    @Inject
    SourceRepository repository;

    @BeforeEach
    void reset() {
        cases.setDown(false);
        entities.setDown(false);
    }

    private IngestSourceResponse ingest(String caseId, String resource, String outlet) {
        return source.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId).setText(Fixtures.read(resource))
                .setOutlet(outlet).setPublishedDate("2024-02-20").setUrl("https://example.org/" + outlet.replace(' ', '-')).build());
    }

    private String newCase(String name) {
        String id = name + "-" + System.nanoTime();
        cases.add(id);
        return id;
    }

    @Test
    void threeSeedsGiveTypedClaimsWithExactSpansAndConflicts() {
        String caseId = newCase("aurus");
        List<IngestSourceResponse> responses = List.of(ingest(caseId, Fixtures.SEEDS.get(0), "Outlet A"),
                ingest(caseId, Fixtures.SEEDS.get(1), "Outlet B"), ingest(caseId, Fixtures.SEEDS.get(2), "Outlet C"));
        for (IngestSourceResponse r : responses) {
            assertThat(r.getDuplicate()).isFalse();
            String text = r.getSource().getText();
            for (Claim c : r.getClaimsList()) {
                assertThat(text.substring(c.getSpan().getStart(), c.getSpan().getEnd())).isEqualTo(c.getSpan().getText());
                assertThat(c.getAttribution(0).getName()).isEqualTo(r.getSource().getOutlet());
            }
            r.getSource().getMentionsList().forEach(m ->
                    assertThat(text.substring(m.getSpan().getStart(), m.getSpan().getEnd())).isEqualTo(m.getSpan().getText()));
            assertThat(r.getSource().getClaimCount()).isEqualTo(r.getClaimsCount());
        }
        assertThat(responses.get(0).getSource().getDateline()).startsWith("Durban");
        assertThat(responses.get(0).getSource().getWarningsList()).anyMatch(w -> w.contains("Durban"));
        assertThat(responses.get(1).getSource().getByline()).isEqualTo("Faruk Imamovic");
        assertThat(responses.get(2).getSource().getCreditsList()).anyMatch(c -> c.startsWith("Photo:"));
        assertThat(responses.get(2).getSource().getBody()).doesNotContain("Image for article titled");

        List<Claim> claims = source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId).build()).getClaimsList();
        Set<ClaimType> types = claims.stream().map(Claim::getType).collect(Collectors.toSet());
        assertThat(types).containsAll(EnumSet.range(ClaimType.TRANSFER, ClaimType.CHARACTERIZATION));
        List<Claim> quotes = source.listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId).setType(ClaimType.QUOTE).build())
                .getClaimsList();
        assertThat(quotes).isNotEmpty().allMatch(c -> c.getType() == ClaimType.QUOTE);

        ListConflictsResponse conflicts = source.listConflicts(ListConflictsRequest.newBuilder().setCaseId(caseId).build());
        assertThat(conflicts.getConflictsCount()).isGreaterThanOrEqualTo(1);
        assertThat(conflicts.getConflictsList()).anyMatch(c -> c.getSlot().startsWith("characterization")
                && c.getValuesList().stream().map(v -> v.getValue()).toList().containsAll(List.of("inadvertent", "flagrant")));
        assertThat(conflicts.getConflictsList()).allMatch(c -> !c.getDescription().isBlank() && c.getCaseId().equals(caseId));
        assertThat(conflicts.getCorroborationsList()).isNotEmpty();

        var listed = source.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).build()).getSourcesList();
        assertThat(listed).extracting(s -> s.getOutlet()).containsExactly("Outlet A", "Outlet B", "Outlet C");
        assertThat(listed).allMatch(s -> s.getText().isEmpty());
        var one = source.getSource(GetSourceRequest.newBuilder().setId(listed.get(1).getId()).build());
        assertThat(one.getText()).isEqualTo(Fixtures.read(Fixtures.SEEDS.get(1)));

        var hits = source.searchSources(SearchSourcesRequest.newBuilder().setQuery("limousine").setCaseId(caseId).build()).getHitsList();
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).getSource().getOutlet()).isEqualTo("Outlet C");
        assertThat(hits.get(0).getSnippet().toLowerCase()).contains("limousine");
        assertThat(source.searchSources(SearchSourcesRequest.newBuilder().setQuery("gifts limousine").setCaseId(caseId).build())
                .getHitsList()).extracting(h -> h.getSource().getOutlet()).containsExactly("Outlet C");
    }

    @Test
    void sameTextTwiceIsADuplicate() {
        String caseId = newCase("dup");
        IngestSourceResponse first = ingest(caseId, "articles/tanker-1.txt", "Harbour Times");
        long before = repository.count(null);
        IngestSourceResponse again = source.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId)
                .setText(Fixtures.read("articles/tanker-1.txt").replace("\n", "\r\n") + "\n\n").build());
        assertThat(again.getDuplicate()).isTrue();
        assertThat(again.getSource().getId()).isEqualTo(first.getSource().getId());
        assertThat(repository.count(null)).isEqualTo(before);

        IngestSourceResponse copy = source.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId)
                .setText(Fixtures.read("articles/tanker-1.txt").replace("on Monday", "on Tuesday")).setOutlet("Copycat").build());
        assertThat(copy.getDuplicate()).isFalse();
        assertThat(copy.getSource().getNearCopyOf()).isEqualTo(first.getSource().getId());
        assertThat(copy.getSource().getWarningsList()).anyMatch(w -> w.contains("nearly copies"));
    }

    private void assertRejected(IngestSourceRequest req, Status.Code code, String messagePart) {
        long before = repository.count(null);
        assertThatThrownBy(() -> source.ingestSource(req)).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(code);
            assertThat(e.getStatus().getDescription()).contains(messagePart).doesNotContain("Exception").doesNotContain("\tat ");
        });
        assertThat(repository.count(null)).isEqualTo(before);
    }

    @Test
    void badInputIsRejectedAndNothingIsStored() {
        String caseId = newCase("bad");
        assertRejected(IngestSourceRequest.newBuilder().setCaseId(caseId).setText("   ").build(),
                Status.Code.INVALID_ARGUMENT, "empty");
        // refused by the request limits before the handler: the field and its bound are named (a text
        // one character over its bound, so the whole request stays under the 6 MiB message limit)
        assertRejected(IngestSourceRequest.newBuilder().setCaseId(caseId).setText("a".repeat(5242881)).build(),
                Status.Code.INVALID_ARGUMENT, "IngestSourceRequest.text is 5242881 characters long; at most 5242880");
        assertRejected(IngestSourceRequest.newBuilder().setCaseId(caseId)
                .setRaw(ByteString.copyFrom(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'})).build(),
                Status.Code.INVALID_ARGUMENT, "UTF-8");
        assertRejected(IngestSourceRequest.newBuilder().setCaseId("no-such-case").setText("Some text.").build(),
                Status.Code.NOT_FOUND, "case no-such-case does not exist");
        assertRejected(IngestSourceRequest.newBuilder().setCaseId(caseId).setText("Some text.").setPublishedDate("20/02/2024").build(),
                Status.Code.INVALID_ARGUMENT, "published_date");
        assertRejected(IngestSourceRequest.newBuilder().setCaseId(caseId).setText("Some text.").setUrl("not a url").build(),
                Status.Code.INVALID_ARGUMENT, "url");
        assertRejected(IngestSourceRequest.newBuilder().setText("Some text.").build(), Status.Code.INVALID_ARGUMENT, "case_id");
    }

    @Test
    void binaryFilesAreRejectedAndNothingIsStored() {
        String caseId = newCase("binary");
        byte[] pdfLike = "%PDF-1.7\n\u0000\u0001\u0002stream\u0000".getBytes(StandardCharsets.UTF_8);
        assertRejected(IngestSourceRequest.newBuilder().setCaseId(caseId).setRaw(ByteString.copyFrom(pdfLike)).build(),
                Status.Code.INVALID_ARGUMENT, "binary");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertRejected(IngestSourceRequest.newBuilder().setCaseId(caseId).setRaw(ByteString.copyFrom(png)).build(),
                Status.Code.INVALID_ARGUMENT, "UTF-8");
        assertThat(source.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).build()).getSourcesList()).isEmpty();
    }

    @Test
    void anArticleInAnotherLanguageIsStoredWithAWarningAndNoClaims() {
        String caseId = newCase("lang");
        var de = source.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId)
                .setText("Limousine für Pjöngjang\n\nDer russische Präsident hat dem nordkoreanischen Machthaber eine Luxuslimousine "
                        + "geschenkt. Die Vereinten Nationen verbieten die Lieferung von Luxusgütern nach Nordkorea, sagte ein Sprecher.")
                .build());
        assertThat(de.getSource().getLanguage()).isEqualTo("de");
        assertThat(de.getSource().getWarningsList()).anyMatch(w -> w.contains("'de'") && w.contains("English only"));
        assertThat(de.getClaimsList()).isEmpty();
        var en = ingest(caseId, "articles/tanker-1.txt", "Harbour Wire");
        assertThat(en.getSource().getLanguage()).isEqualTo("en");
        assertThat(en.getClaimsList()).isNotEmpty();
    }

    @Test
    void anEnormousSingleLineIsStoredWithoutCrashing() {
        String caseId = newCase("line");
        String line = ("The tanker Sea Lark transferred diesel to the Chon Ma San on Tuesday, officials said, " + "and ").repeat(4000);
        var r = source.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId).setText("Headline\n\n" + line + "end.").build());
        assertThat(r.getSource().getId()).isNotBlank();
        assertThat(source.getSource(GetSourceRequest.newBuilder().setId(r.getSource().getId()).build()).getText()).hasSize(line.length() + 14);
    }

    @Test
    void validUtf8RawBytesAreAccepted() {
        String caseId = newCase("raw");
        byte[] raw = Fixtures.read("articles/tanker-2.txt").getBytes(StandardCharsets.UTF_8);
        var r = source.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId).setRaw(ByteString.copyFrom(raw)).build());
        assertThat(r.getSource().getTitle()).startsWith("Diesel Shipment");
        assertThat(r.getClaimsCount()).isPositive();
    }

    @Test
    void htmlIsStrippedAndScriptsDropped() {
        String caseId = newCase("html");
        String html = "<html><head><title>Tanker seen</title><script>var secret='x';</script></head><body>"
                + "<h1>Tanker seen near port</h1><p>The tanker Sea Lark transferred 300 tonnes of diesel to the vessel "
                + "Chon Ma San, officials said.</p><script>alert('x')</script></body></html>";
        var r = source.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId).setText(html).setContentType("text/html").build());
        assertThat(r.getSource().getText()).doesNotContain("<").doesNotContain("secret").doesNotContain("alert");
        assertThat(r.getSource().getTitle()).isEqualTo("Tanker seen near port");
        assertThat(r.getClaimsList()).anyMatch(c -> c.getType() == ClaimType.TRANSFER);
    }

    @Test
    void unreachableDependencyIsUnavailableAndNothingIsStored() {
        String caseId = newCase("down");
        IngestSourceRequest req = IngestSourceRequest.newBuilder().setCaseId(caseId).setText(Fixtures.read("articles/tanker-2.txt")).build();
        entities.setDown(true);
        assertRejected(req, Status.Code.UNAVAILABLE, "entity-service");
        entities.setDown(false);
        cases.setDown(true);
        assertRejected(req, Status.Code.UNAVAILABLE, "sanctions-service");
    }

    @Test
    void unknownSourceAndMissingArgumentsHaveClearStatus() {
        assertThatThrownBy(() -> source.getSource(GetSourceRequest.newBuilder().setId("nope").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> source.listSources(ListSourcesRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        assertThatThrownBy(() -> source.searchSources(SearchSourcesRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        assertThat(source.listConflicts(ListConflictsRequest.newBuilder().setCaseId("empty-case").build()).getConflictsCount()).isZero();
    }

    @Test
    void readinessPingsMongo() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
