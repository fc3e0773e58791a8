package dossier.entity.grpc;

import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.RecordDecisionRequest;
import dossier.entity.v1.Schema;
import dossier.entity.v1.SearchEntitiesRequest;
import dossier.entity.v1.UpsertEntitiesRequest;
import dossier.support.testing.RawCalls;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fields too long, with control characters or not finite are refused before any handler runs
 * (request-limits.yaml), within a second, naming the field, and nothing is stored; the service
 * answers normally afterwards on the same connection.
 */
@QuarkusTest
class HostileInputTest {

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub entities;

    private EntityServiceGrpc.EntityServiceBlockingStub withinASecond() {
        return entities.withDeadlineAfter(1, TimeUnit.SECONDS);
    }

    private static Status refusal(Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("the call is refused").isNotNull();
        return e.getStatus();
    }

    @Test
    void aNestedNameThatIsNotUtf8IsRefusedByPathAndTheConnectionServesOn() {
        String key = "utf8-test:" + UUID.randomUUID();
        byte[] bad = RawCalls.invalidUtf8(UpsertEntitiesRequest.newBuilder().addEntities(Entity.newBuilder().setKey(key)
                .setSchema(Schema.PERSON).addNames(Name.newBuilder().setValue("Kim").setKind(NameKind.PRIMARY))
                .addNames(Name.newBuilder().setValue(RawCalls.MARK).setKind(NameKind.ALIAS))).build());
        long start = System.nanoTime();
        Status s = refusal(() -> RawCalls.call(entities.getChannel(), EntityServiceGrpc.getUpsertEntitiesMethod(), bad, 1, TimeUnit.SECONDS));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).isEqualTo("UpsertEntitiesRequest.entities[0].names[1].value is not valid UTF-8");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
        // nothing stored, and the same channel answers the next call
        assertThat(withinASecond().searchEntities(SearchEntitiesRequest.newBuilder().setQuery(key).build()).getEntitiesList())
                .noneMatch(e -> e.getKey().equals(key));
    }

    @Test
    void aHugeIdIsRefusedQuicklyWithoutEchoingIt() {
        String id = "x".repeat(90_000);
        Status s = refusal(() -> withinASecond().getEntity(GetEntityRequest.newBuilder().setId(id).build()));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).contains("GetEntityRequest.id").contains("at most 128").doesNotContain("xxxxxxxx");
        // the connection still serves
        assertThat(withinASecond().searchEntities(SearchEntitiesRequest.newBuilder().setQuery("Kim").build())).isNotNull();
    }

    @Test
    void aRequestOverFourMebibytesIsRefusedExceptAListsEntities() {
        // 5 MiB of entities, each field within its bound: too large for a match, fine for an upsert
        UpsertEntitiesRequest.Builder list = UpsertEntitiesRequest.newBuilder();
        long listBytes = 0;
        for (int i = 0; listBytes < 5 * 1024 * 1024; i++) {
            // four long names each keep the count well under the per-call entity limit
            Entity.Builder entity = Entity.newBuilder().setKey("size-test:" + i).setSchema(Schema.PERSON)
                    .addNames(Name.newBuilder().setValue("Name " + "x".repeat(900) + i).setKind(NameKind.PRIMARY));
            for (int alias = 0; alias < 3; alias++) {
                entity.addNames(Name.newBuilder().setValue("Alias " + alias + "y".repeat(900) + i).setKind(NameKind.ALIAS));
            }
            Entity built = entity.build();
            listBytes += built.getSerializedSize();
            list.addEntities(built);
        }
        MatchEntitiesRequest.Builder match = MatchEntitiesRequest.newBuilder().setName("Kim");
        // sized in chunks: building the request after every entry would be quadratic
        while (match.build().getSerializedSize() < 5 * 1024 * 1024) {
            for (int n = 0; n < 10_000; n++) {
                match.addDatasets("dataset-" + match.getDatasetsCount() % 1000);
            }
        }
        // refused within seconds: before Vert.x gRPC 4.5.30 reassembling 5 MiB took 12 s on the event loop
        Status s = refusal(() -> entities.withDeadlineAfter(3, TimeUnit.SECONDS).matchEntities(match.build()));
        assertThat(s.getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(s.getDescription()).startsWith("MatchEntitiesRequest is ").endsWith("at most 4194304 are accepted");
        assertThat(entities.withDeadlineAfter(120, TimeUnit.SECONDS).upsertEntities(list.build()).getResultsCount())
                .isEqualTo(list.getEntitiesCount());
    }

    @Test
    void aHugeAliasIsNotStored() {
        String key = "hostile-" + UUID.randomUUID();
        Entity huge = Entity.newBuilder().setKey(key).setSchema(Schema.PERSON)
                .addNames(Name.newBuilder().setValue("Some Body").setKind(NameKind.PRIMARY))
                .addNames(Name.newBuilder().setValue("a".repeat(1001)).setKind(NameKind.ALIAS)).build();
        Status s = refusal(() -> withinASecond().upsertEntities(UpsertEntitiesRequest.newBuilder().addEntities(huge).build()));
        assertThat(s.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(s.getDescription()).contains("names.value").contains("1001 characters");
        assertThat(entities.searchEntities(SearchEntitiesRequest.newBuilder().setQuery("Some Body").build()).getEntitiesList())
                .noneMatch(e -> e.getKey().equals(key));
    }

    @Test
    void controlCharactersAndNaNAreRefused() {
        assertThat(refusal(() -> withinASecond().matchEntities(MatchEntitiesRequest.newBuilder().setName("Kim\u0000Jong Un").build()))
                .getDescription()).contains("control character");
        assertThat(refusal(() -> withinASecond().matchEntities(MatchEntitiesRequest.newBuilder().setName("Kim Jong Un")
                .setThreshold(Double.NaN).build())).getDescription()).contains("threshold must be a finite number");
        assertThat(refusal(() -> withinASecond().recordDecision(RecordDecisionRequest.newBuilder()
                .setLeftEntityId("a").setRightEntityId("b").setAnalyst("x".repeat(201)).build())).getCode())
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void lineBreaksAreAcceptedOnlyWhereTextMayHaveLines() {
        assertThat(refusal(() -> withinASecond().recordDecision(RecordDecisionRequest.newBuilder()
                .setLeftEntityId("a").setRightEntityId("b").setAnalyst("j.\ndoe").build())).getDescription())
                .contains("RecordDecisionRequest.analyst").contains("single line");
        // a note may hold line breaks: the answer (unknown entities) is not about them
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> withinASecond().recordDecision(
                RecordDecisionRequest.newBuilder().setLeftEntityId("no-such-left").setRightEntityId("no-such-right")
                        .setAnalyst("j.doe").setNote("line 1\nline 2").build()));
        if (e != null) {
            assertThat(e.getStatus().getDescription()).doesNotContain("control character");
        }
    }
}
