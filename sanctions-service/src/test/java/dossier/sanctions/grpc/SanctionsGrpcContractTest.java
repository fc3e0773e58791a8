package dossier.sanctions.grpc;

import com.google.protobuf.ByteString;
import dossier.entity.v1.Entity;
import dossier.entity.v1.Schema;
import dossier.sanctions.fakes.FakeEntityDirectory;
import dossier.sanctions.fakes.FakeSourceLibrary;
import dossier.sanctions.repository.DesignationRecord;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.GetCaseRequest;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ImportListResponse;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ListCasesResponse;
import dossier.sanctions.v1.ListFile;
import dossier.sanctions.v1.ListFormat;
import dossier.sanctions.v1.ListMeasuresRequest;
import dossier.sanctions.v1.MeasureServiceGrpc;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.sanctions.v1.UpdateCaseRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class SanctionsGrpcContractTest {
    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;
    @GrpcClient("sanctions")
    ScreeningServiceGrpc.ScreeningServiceBlockingStub screening;
    @GrpcClient("sanctions")
    MeasureServiceGrpc.MeasureServiceBlockingStub measures;
    @Inject
    FakeEntityDirectory entities;
    @Inject
    FakeSourceLibrary sources;

    @AfterEach
    void up() {
        entities.down = false;
        sources.down = false;
    }

    static Status.Code code(Runnable r) {
        try {
            r.run();
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getDescription()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            return e.getStatus().getCode();
        }
        throw new AssertionError("expected a gRPC error");
    }

    @Test
    void createGetListAndUpdateCases() {
        Case a = cases.createCase(CreateCaseRequest.newBuilder().setTitle("First matter").setAssignedAnalyst("ana").build());
        Case b = cases.createCase(CreateCaseRequest.newBuilder().setTitle("Second matter").build());
        assertThat(a.getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(cases.getCase(GetCaseRequest.newBuilder().setId(a.getId()).build()).getTitle()).isEqualTo("First matter");
        ListCasesResponse list = cases.listCases(ListCasesRequest.newBuilder().setLimit(100).build());
        List<String> ids = list.getCasesList().stream().map(Case::getId).toList();
        assertThat(ids.indexOf(b.getId())).isLessThan(ids.indexOf(a.getId()));
        assertThat(list.getTotal()).isGreaterThanOrEqualTo(2);
        assertThat(cases.listCases(ListCasesRequest.newBuilder().setLimit(1).build()).getCasesCount()).isEqualTo(1);
        Case updated = cases.updateCase(UpdateCaseRequest.newBuilder().setId(a.getId()).setStatus(CaseStatus.IN_REVIEW)
                .setAssignedAnalyst("bob").build());
        assertThat(updated.getStatus()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(updated.getAssignedAnalyst()).isEqualTo("bob");
    }

    @Test
    void badInputAndUnknownIdsAreReportedAsSuch() {
        assertThat(code(() -> cases.createCase(CreateCaseRequest.newBuilder().setTitle("   ").build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> cases.createCase(CreateCaseRequest.newBuilder().setTitle("x".repeat(201)).build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> cases.getCase(GetCaseRequest.newBuilder().setId("no-such-case").build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(code(() -> cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId("no-such-case").build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(code(() -> cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId("no-such-case").build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(code(() -> screening.screen(ScreenRequest.newBuilder().setName(" ").build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> cases.listCases(ListCasesRequest.newBuilder().setOffset(-1).build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    static final String SMALL_UN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2026-01-01">
             <INDIVIDUALS>
              <INDIVIDUAL><FIRST_NAME>TESTA</FIRST_NAME><SECOND_NAME>PERSONA</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
               <REFERENCE_NUMBER>KPi.901</REFERENCE_NUMBER><LISTED_ON>2016-03-02</LISTED_ON>
               <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>
               <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>T. Persona</ALIAS_NAME></INDIVIDUAL_ALIAS></INDIVIDUAL>
             </INDIVIDUALS>
             <ENTITIES>
              <ENTITY><FIRST_NAME>EXAMPLE TRADING CORPORATION</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
               <REFERENCE_NUMBER>KPe.901</REFERENCE_NUMBER><LISTED_ON>2017-08-05</LISTED_ON></ENTITY>
             </ENTITIES>
            </CONSOLIDATED_LIST>
            """;

    static ImportListRequest un(String xml) {
        return ImportListRequest.newBuilder().setFormat(ListFormat.UN_CONSOLIDATED_XML)
                .addFiles(ListFile.newBuilder().setRole("consolidated").setContent(ByteString.copyFrom(xml, StandardCharsets.UTF_8)))
                .build();
    }

    /** A test list shrinks by more than an unforced import may delist. */
    static ImportListRequest forced(ImportListRequest r) {
        return r.toBuilder().setForce(true).setReason("test: a designation leaves the list").build();
    }

    @Test
    void importIsIdempotentReportsRemovalsAndRejectsHostileXml() {
        ImportListResponse first = screening.importList(un(SMALL_UN));
        assertThat(first.getTotal()).isEqualTo(2);
        ImportListResponse again = screening.importList(un(SMALL_UN));
        assertThat(again.getUnchanged()).isEqualTo(2);
        assertThat(again.getAdded() + again.getChanged() + again.getRemoved()).isZero();

        String oneLess = SMALL_UN.replaceAll("(?s)<ENTITIES>.*</ENTITIES>", "");
        // one of two designations is more than the 5 % an import may delist unforced
        assertThat(code(() -> screening.importList(un(oneLess)))).isEqualTo(Status.Code.FAILED_PRECONDITION);
        ImportListResponse shrunk = screening.importList(forced(un(oneLess)));
        assertThat(shrunk.getRemoved()).isEqualTo(1);
        assertThat(shrunk.getUnchanged()).isEqualTo(1);
        long delisted = QuarkusTransaction.requiringNew().call(() -> DesignationRecord.count("reference = ?1 and delisted = true", "KPe.901"));
        assertThat(delisted).isEqualTo(1);
        ImportListResponse back = screening.importList(un(SMALL_UN));
        assertThat(back.getChanged()).isEqualTo(1);

        long before = QuarkusTransaction.requiringNew().call(() -> DesignationRecord.count());
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&b;</FIRST_NAME>"
                + "<REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
        assertThat(code(() -> screening.importList(un(bomb)))).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> screening.importList(ImportListRequest.newBuilder().setFormat(ListFormat.OFAC_SDN_CSV)
                .addFiles(ListFile.newBuilder().setRole("sdn").setContent(ByteString.copyFromUtf8("x,y\n"))).build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(QuarkusTransaction.requiringNew().call(() -> DesignationRecord.count())).isEqualTo(before);
    }

    @Test
    void screeningTurnsMatchesOfListedEntitiesIntoHits() {
        screening.importList(un(SMALL_UN));
        entities.put(Entity.newBuilder().setId("unlisted").setCaption("Testa Persona").setSchema(Schema.PERSON)
                .addNames(dossier.entity.v1.Name.newBuilder().setValue("Testa Persona")).addDatasets("un-sc").build());
        ScreenResponse r = screening.screen(ScreenRequest.newBuilder().setName("Persona Testa").build());
        assertThat(r.getHitsList()).singleElement().satisfies(h -> {
            assertThat(h.getList()).isEqualTo("UN Security Council Consolidated List");
            assertThat(h.getProgram()).isEqualTo("DPRK");
            assertThat(h.getReference()).isEqualTo("KPi.901");
            assertThat(h.getListedOn()).isEqualTo("2016-03-02");
            assertThat(h.getJurisdictionNote()).contains("all UN Member States");
            assertThat(h.getReasonsList()).isNotEmpty();
        });
        entities.down = true;
        assertThat(code(() -> screening.screen(ScreenRequest.newBuilder().setName("Persona Testa").build())))
                .isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void screeningFollowsADelistingAtOnceHereAndWithinTheCheckIntervalFromAnotherReplica() {
        screening.importList(un(SMALL_UN));
        ScreenRequest persona = ScreenRequest.newBuilder().setName("Persona Testa").build();
        assertThat(screening.screen(persona).getHitsList()).extracting(h -> h.getReference()).containsExactly("KPi.901");

        screening.importList(forced(un(SMALL_UN.replaceAll("(?s)<INDIVIDUALS>.*</INDIVIDUALS>", ""))));
        assertThat(screening.screen(persona).getHitsList()).isEmpty();
        screening.importList(un(SMALL_UN));
        assertThat(screening.screen(persona).getHitsList()).hasSize(1);

        // another replica's import is only visible through the database
        QuarkusTransaction.requiringNew().run(() -> DesignationRecord.update(
                "delisted = true, updatedAt = ?1 where reference = ?2", java.time.Instant.now(), "KPi.901"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!screening.screen(persona).getHitsList().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(screening.screen(persona).getHitsList()).isEmpty();
        screening.importList(un(SMALL_UN));
        assertThat(screening.screen(persona).getHitsList()).hasSize(1);
    }

    @Test
    void measuresAreListedWithCitations() {
        var all = measures.listMeasures(ListMeasuresRequest.getDefaultInstance()).getMeasuresList();
        assertThat(all).anySatisfy(m -> {
            assertThat(m.getId()).isEqualTo("UN-DPRK-VEH");
            assertThat(m.getCitationsList()).anySatisfy(c -> assertThat(c.getProvision()).isEqualTo("para 7"));
            assertThat(m.getHsHeadingsList()).contains("86-89");
        });
        assertThat(measures.listMeasures(ListMeasuresRequest.newBuilder().setRegime("UN-DPRK").build()).getMeasuresList())
                .allSatisfy(m -> assertThat(m.getRegime()).isEqualTo("UN-DPRK"));
    }

    @Test
    void evaluationStoresVerdictsHistoryAndAnswersTheCaseFileEvenWithDependenciesDown() {
        screening.importList(un(SMALL_UN));
        String recipient = GiftCase.RECIPIENT;
        Case c = cases.createCase(CreateCaseRequest.newBuilder().setTitle("Gift case").build());
        GiftCase gift = new GiftCase(c.getId(), entities, sources).reported();

        EvaluateCaseResponse first = cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(c.getId()).build());
        assertThat(first.getCase().getEvaluatedAt()).isNotEmpty();
        assertThat(first.getIncidentsList()).singleElement().satisfies(i -> assertThat(i.getKind()).isEqualTo("transfer"));
        assertThat(first.getVerdictsList()).filteredOn(v -> v.getMeasureId().equals("UN-DPRK-LUX"))
                .singleElement().satisfies(v -> assertThat(v.getOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION));

        // A second source with an official confirmation upgrades the verdict; the history says why.
        gift.confirmed();
        EvaluateCaseResponse second = cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(c.getId()).build());
        assertThat(second.getVerdictsList()).filteredOn(v -> v.getMeasureId().equals("UN-DPRK-LUX"))
                .singleElement().satisfies(v -> assertThat(v.getOutcome()).isEqualTo(Outcome.VIOLATION));

        CaseFile file = cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(c.getId()).build());
        assertThat(file.getWarningsList()).isEmpty();
        assertThat(file.getVerdictsCount()).isEqualTo(second.getVerdictsCount());
        assertThat(file.getSourcesList()).hasSize(2);
        assertThat(file.getClaimsList()).hasSize(2);
        assertThat(file.getPartiesList()).anySatisfy(p -> {
            assertThat(p.getEntityId()).isEqualTo(recipient);
            assertThat(p.getRolesList()).contains("recipient");
            assertThat(p.getHitsList()).anySatisfy(h -> assertThat(h.getReference()).isEqualTo("KPi.901"));
        });
        assertThat(file.getPartiesList()).anySatisfy(p -> assertThat(p.getRolesList()).contains("confirmed"));
        assertThat(file.getHistoryList()).anySatisfy(h -> {
            assertThat(h.getMeasureId()).isEqualTo("UN-DPRK-LUX");
            assertThat(h.getOldOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
            assertThat(h.getNewOutcome()).isEqualTo(Outcome.VIOLATION);
            assertThat(h.getReason()).contains("Spokesman confirms").contains("added");
        });

        // Exports: JSON that reads back into the same case file, and a report that cites and quotes.
        var json = cases.exportCaseFile(dossier.sanctions.v1.ExportCaseFileRequest.newBuilder().setCaseId(c.getId())
                .setFormat(dossier.sanctions.v1.ExportFormat.JSON).build());
        assertThat(json.getContentType()).isEqualTo("application/json");
        CaseFile.Builder parsed = CaseFile.newBuilder();
        try {
            com.google.protobuf.util.JsonFormat.parser().merge(json.getContent().toStringUtf8(), parsed);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
        assertThat(parsed.getVerdictsList()).isEqualTo(file.getVerdictsList());
        String report = cases.exportCaseFile(dossier.sanctions.v1.ExportCaseFileRequest.newBuilder().setCaseId(c.getId())
                .setFormat(dossier.sanctions.v1.ExportFormat.MARKDOWN).build()).getContent().toStringUtf8();
        assertThat(report).startsWith("# Gift case").contains("S/RES/2094").contains("**VIOLATION**")
                .contains("[S1] \"Ivan Example gave Testa Persona a limousine\"").contains("1. Leader gives car");
        assertThat(code(() -> cases.exportCaseFile(dossier.sanctions.v1.ExportCaseFileRequest.newBuilder()
                .setCaseId(c.getId()).build()))).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(code(() -> cases.exportCaseFile(dossier.sanctions.v1.ExportCaseFileRequest.newBuilder()
                .setCaseId("no-such-case").setFormat(dossier.sanctions.v1.ExportFormat.JSON).build())))
                .isEqualTo(Status.Code.NOT_FOUND);

        // The hits stored by the evaluation are current while the lists are unchanged: no entity-service call.
        sources.down = true;
        entities.down = true;
        // the file kept since the last change is served as it was; one assembled now says what is missing
        assertThat(cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(c.getId()).build())).isEqualTo(file);
        cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setNotes("read while the others are down").build());
        CaseFile degraded = cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(c.getId()).build());
        assertThat(degraded.getVerdictsCount()).isEqualTo(second.getVerdictsCount());
        assertThat(degraded.getPartiesList()).isEqualTo(file.getPartiesList());
        assertThat(degraded.getWarningsList()).singleElement().satisfies(w -> assertThat(w).contains("source-service"));
        // After a list import the parties are screened again, and without entity-service the last hits are shown.
        entities.down = false;
        screening.importList(forced(un(SMALL_UN.replaceAll("(?s)<ENTITIES>.*</ENTITIES>", ""))));
        entities.down = true;
        CaseFile stale = cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(c.getId()).build());
        assertThat(stale.getPartiesList()).isEqualTo(file.getPartiesList());
        assertThat(stale.getWarningsList()).anySatisfy(w -> assertThat(w).contains("entity-service"));
        entities.down = false;
        screening.importList(un(SMALL_UN));
        entities.down = true;
        assertThat(code(() -> cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(c.getId()).build())))
                .isEqualTo(Status.Code.UNAVAILABLE);
        // The failed evaluation left the stored verdicts as they were.
        sources.down = false;
        entities.down = false;
        assertThat(cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(c.getId()).build()).getVerdictsList())
                .isEqualTo(file.getVerdictsList());
    }
}
