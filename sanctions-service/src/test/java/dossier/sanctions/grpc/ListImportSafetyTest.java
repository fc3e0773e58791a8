package dossier.sanctions.grpc;

import com.google.protobuf.ByteString;
import dossier.entity.v1.Entity;
import dossier.entity.v1.Name;
import dossier.sanctions.fakes.FakeEntityDirectory;
import dossier.sanctions.lists.ListRecord;
import dossier.sanctions.lists.UnConsolidatedListParser;
import dossier.sanctions.repository.DesignationRecord;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ImportListResponse;
import dossier.sanctions.v1.ListFile;
import dossier.sanctions.v1.ListFormat;
import dossier.sanctions.v1.ListImportRecord;
import dossier.sanctions.v1.ListImportsRequest;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.support.security.Roles;
import dossier.support.testing.TestCaller;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * List imports cannot silently empty screening (issue 17): on the real shipped UN list (1,009
 * designations) a one-record file is refused, a dry run shows the diff and writes nothing, a forced
 * import is recorded, and a re-import repairs a list entity altered in entity-service. Own database,
 * so the other tests' small lists do not mix with the real one.
 */
@QuarkusTest
@TestProfile(ListImportSafetyTest.OwnStore.class)
class ListImportSafetyTest {
    public static class OwnStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return FreshStore.config("list-imports", Map.of());
        }
    }

    /** Published checksum of the shipped UN list (shared/data/README.md). */
    static final String SHIPPED_UN_SHA256 = "1f1b3bfe29a53e7ac7c42ee4e58d6a7d1ebdf7c5e91fd990d3e63aefe0313dea";

    @GrpcClient("sanctions")
    ScreeningServiceGrpc.ScreeningServiceBlockingStub screening;
    @Inject
    FakeEntityDirectory entities;

    static byte[] shippedUn() {
        try (InputStream in = ListImportSafetyTest.class.getClassLoader().getResourceAsStream("lists/un_consolidated.xml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<ListRecord> records(byte[] xml) {
        return new UnConsolidatedListParser().parse(new ByteArrayInputStream(xml)).records();
    }

    /** The first individual of the real list, alone in a list file of the same form. */
    static byte[] oneRecordFile() {
        String xml = new String(shippedUn(), StandardCharsets.UTF_8);
        Matcher first = Pattern.compile("(?s)<INDIVIDUAL>.*?</INDIVIDUAL>").matcher(xml);
        assertThat(first.find()).isTrue();
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS>" + first.group()
                + "</INDIVIDUALS></CONSOLIDATED_LIST>\n").getBytes(StandardCharsets.UTF_8);
    }

    static ImportListRequest.Builder un(byte[] xml) {
        return ImportListRequest.newBuilder().setFormat(ListFormat.UN_CONSOLIDATED_XML)
                .addFiles(ListFile.newBuilder().setRole("consolidated").setContent(ByteString.copyFrom(xml)));
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static StatusRuntimeException refusal(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getDescription()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            return e;
        }
        throw new AssertionError("expected the call to be refused");
    }

    List<ListImportRecord> history() {
        return screening.listImports(ListImportsRequest.newBuilder().setDataset("un-sc").setLimit(100).build()).getImportsList();
    }

    long delistedCount() {
        return QuarkusTransaction.requiringNew().call(() -> DesignationRecord.count("dataset = ?1 and delisted = true", "un-sc"));
    }

    /** The references of the records that screening for their listed name does not find. */
    List<String> notFoundByScreening(List<ListRecord> records) {
        List<String> missing = new ArrayList<>();
        for (ListRecord r : records) {
            List<ScreeningHit> hits = screening.screen(ScreenRequest.newBuilder().setName(r.entity().getCaption())
                    .setLimit(100).build()).getHitsList();
            if (hits.stream().noneMatch(h -> h.getReference().equals(r.designation().reference()))) {
                missing.add(r.designation().reference());
            }
        }
        return missing;
    }

    @BeforeEach
    void wholeListImported() {
        // the shipped copy, restoring whatever an earlier test removed
        ImportListResponse r = screening.importList(ImportListRequest.newBuilder().setFormat(ListFormat.UN_CONSOLIDATED_XML).build());
        assertThat(r.getTotal()).isEqualTo(737 + 272);
        assertThat(r.getRemoved()).isZero();
        assertThat(r.getRecord().getFilesList()).singleElement().satisfies(f -> {
            assertThat(f.getSha256()).isEqualTo(SHIPPED_UN_SHA256);
            assertThat(f.getShipped()).isTrue();
        });
    }

    @Test
    void aOneRecordImportIsRefusedWithoutForceRecordedWithItAndScreeningKeepsWhatWasNotRemoved() throws Exception {
        List<ListRecord> whole = records(shippedUn());
        byte[] one = oneRecordFile();
        ListRecord kept = records(one).getFirst();
        int importsBefore = history().size();

        StatusRuntimeException refused = refusal(() -> screening.importList(un(one).build()));
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(refused.getStatus().getDescription())
                .contains("delist 1008 of the 1009 current designations").contains("(99.9 %)").contains("5 %");
        // nothing was written or recorded, and screening still finds every entry of the list
        assertThat(delistedCount()).isZero();
        assertThat(history()).hasSize(importsBefore);
        assertThat(notFoundByScreening(whole)).isEmpty();

        ImportListResponse forced = screening.withInterceptors(TestCaller.signedInAs("lena", Set.of(Roles.LIST_ADMIN)))
                .importList(un(one).setForce(true).setReason("test: the list was cut down to one designation").build());
        assertThat(forced.getRemoved()).isEqualTo(1008);
        assertThat(forced.getUnchanged()).isEqualTo(1);
        assertThat(forced.getDelistedShare()).isCloseTo(1008.0 / 1009, org.assertj.core.data.Offset.offset(1e-9));
        ListImportRecord rec = forced.getRecord();
        assertThat(rec.getForced()).isTrue();
        assertThat(rec.getReason()).isEqualTo("test: the list was cut down to one designation");
        assertThat(rec.getActor()).isEqualTo("lena");
        assertThat(rec.getDelisted()).isEqualTo(1008);
        assertThat(rec.getFilesList()).singleElement().satisfies(f -> {
            assertThat(f.getRole()).isEqualTo("consolidated");
            assertThat(f.getSha256()).isEqualTo(sha256(one));
            assertThat(f.getSize()).isEqualTo(one.length);
            assertThat(f.getShipped()).isFalse();
        });
        // the record is stored: the newest of the list's imports
        assertThat(history()).hasSize(importsBefore + 1).first().isEqualTo(rec);

        // the one entry not removed is still found; a removed one is not
        assertThat(notFoundByScreening(List.of(kept))).isEmpty();
        ListRecord removed = whole.stream().filter(r -> !r.designation().reference().equals(kept.designation().reference()))
                .findFirst().orElseThrow();
        assertThat(notFoundByScreening(List.of(removed))).containsExactly(removed.designation().reference());
    }

    @Test
    void aDryRunAnswersTheDiffAndWritesNothing() {
        int importsBefore = history().size();
        ImportListResponse dry = screening.importList(un(oneRecordFile()).setDryRun(true).build());
        assertThat(dry.getDryRun()).isTrue();
        assertThat(dry.getRemoved()).isEqualTo(1008);
        assertThat(dry.getSample().getDelistedCount()).isEqualTo(20);
        assertThat(dry.getSample().getUnchangedList()).containsExactly(records(oneRecordFile()).getFirst().designation().reference());
        assertThat(dry.getRefusal()).contains("(99.9 %)");
        assertThat(dry.hasRecord()).isFalse();
        assertThat(delistedCount()).isZero();
        assertThat(history()).hasSize(importsBefore);

        // a real import of the same file answers the same diff a dry run does
        ImportListResponse sameDry = screening.importList(un(shippedUn()).setDryRun(true).build());
        ImportListResponse same = screening.importList(un(shippedUn()).build());
        assertThat(same.getSample()).isEqualTo(sameDry.getSample());
        assertThat(same.getUnchanged()).isEqualTo(sameDry.getUnchanged()).isEqualTo(1009);
        assertThat(same.getRecord().getForced()).isFalse();
        assertThat(history()).hasSize(importsBefore + 1);
    }

    @Test
    void twoFilesOfOneRoleForceWithoutAReasonAndAnOverlongReasonAreRefused() {
        byte[] sdnHead = "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                .getBytes(StandardCharsets.US_ASCII);
        ImportListRequest twoSdn = ImportListRequest.newBuilder().setFormat(ListFormat.OFAC_SDN_CSV)
                .addFiles(ListFile.newBuilder().setRole("sdn").setContent(ByteString.copyFrom(sdnHead)))
                .addFiles(ListFile.newBuilder().setRole("sdn").setContent(ByteString.copyFrom(sdnHead)))
                .build();
        StatusRuntimeException two = refusal(() -> screening.importList(twoSdn));
        assertThat(two.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(two.getStatus().getDescription()).contains("two files of role 'sdn'");
        assertThat(QuarkusTransaction.requiringNew().call(() -> DesignationRecord.count("dataset", "ofac-sdn"))).isZero();

        StatusRuntimeException noReason = refusal(() -> screening.importList(un(oneRecordFile()).setForce(true).setReason(" ").build()));
        assertThat(noReason.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(noReason.getStatus().getDescription()).contains("force needs a reason");
        StatusRuntimeException longReason = refusal(() -> screening.importList(un(oneRecordFile()).setForce(true)
                .setReason("x".repeat(1001)).build()));
        assertThat(longReason.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(longReason.getStatus().getDescription()).contains("reason");
        assertThat(delistedCount()).isZero();
    }

    @Test
    void reImportingTheSameFileRepairsAListEntityRenamedInEntityService() {
        ListRecord listed = records(shippedUn()).stream().filter(r -> r.entity().getCaption().equals("CHANG CHANG HA"))
                .findFirst().orElseThrow();
        String reference = listed.designation().reference();
        ScreenRequest byListedName = ScreenRequest.newBuilder().setName("CHANG CHANG HA").build();
        assertThat(screening.screen(byListedName).getHitsList()).anySatisfy(h -> assertThat(h.getReference()).isEqualTo(reference));

        // someone upserts an entity with the list entity's key and another name (UpsertEntities)
        Entity tampered = listed.entity().toBuilder().setCaption("Harmless Trader").clearNames()
                .addNames(Name.newBuilder().setValue("Harmless Trader")).build();
        String id = entities.upsert(List.of(tampered)).getFirst().getId();
        assertThat(entities.byId.get(id).getCaption()).isEqualTo("Harmless Trader");
        assertThat(screening.screen(byListedName).getHitsList()).noneSatisfy(h -> assertThat(h.getReference()).isEqualTo(reference));

        ImportListResponse again = screening.importList(un(shippedUn()).build());
        assertThat(again.getUnchanged()).isEqualTo(1009);
        assertThat(entities.byId.get(id).getCaption()).isEqualTo("CHANG CHANG HA");
        assertThat(entities.byId.get(id)).isEqualTo(listed.entity().toBuilder().setId(id).build());
        assertThat(screening.screen(byListedName).getHitsList()).anySatisfy(h -> assertThat(h.getReference()).isEqualTo(reference));
    }

    @Test
    void importsAreListedNewestFirstAndPaged() {
        List<ListImportRecord> all = history();
        assertThat(all).isNotEmpty();
        assertThat(all).isSortedAccordingTo((a, b) -> java.time.Instant.parse(b.getImportedAt()).compareTo(java.time.Instant.parse(a.getImportedAt())));
        assertThat(all.getFirst().getActor()).isNotBlank();
        var page = screening.listImports(ListImportsRequest.newBuilder().setDataset("un-sc").setLimit(1).setOffset(0).build());
        assertThat(page.getImportsList()).containsExactly(all.getFirst());
        assertThat(page.getTotal()).isEqualTo(all.size());
        assertThat(screening.listImports(ListImportsRequest.newBuilder().setDataset("ofac-sdn").build()).getImportsList())
                .allSatisfy(r -> assertThat(r.getDataset()).isEqualTo("ofac-sdn"));
        assertThat(refusal(() -> screening.listImports(ListImportsRequest.newBuilder().setLimit(5000).build()))
                .getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        // the records are for list admins and auditors
        assertThat(screening.withInterceptors(TestCaller.signedInAs("audrey", Set.of(Roles.AUDITOR)))
                .listImports(ListImportsRequest.getDefaultInstance()).getTotal()).isEqualTo(page.getTotal());
        assertThat(refusal(() -> screening.withInterceptors(TestCaller.signedInAs("ana", Set.of(Roles.ANALYST)))
                .listImports(ListImportsRequest.getDefaultInstance())).getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }
}
