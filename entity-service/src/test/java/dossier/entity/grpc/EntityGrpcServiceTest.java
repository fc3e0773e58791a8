package dossier.entity.grpc;

import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import dossier.entity.v1.Match;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.MatchEntitiesResponse;
import dossier.entity.v1.MentionSpan;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.ResolveMentionsRequest;
import dossier.entity.v1.ResolveMentionsResponse;
import dossier.entity.v1.ResolvedMention;
import dossier.entity.v1.Schema;
import dossier.entity.v1.SearchEntitiesRequest;
import dossier.entity.v1.SearchEntitiesResponse;
import dossier.entity.v1.UpsertEntitiesRequest;
import dossier.entity.v1.UpsertEntitiesResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;

/** Contract test of dossier.entity.v1.EntityService over real gRPC. */
@QuarkusTest
class EntityGrpcServiceTest {

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub entities;

    private static Entity person(String key, String name, String dob, String country) {
        return Entity.newBuilder().setKey(key).setSchema(Schema.PERSON)
                .addNames(Name.newBuilder().setValue(name).setKind(NameKind.PRIMARY).setScript("Latn").setProvenance("ofac-sdn"))
                .addBirthDates(dob).addCountries(country).addDatasets("ofac-sdn").setVerified(true).build();
    }

    private UpsertEntitiesResponse upsert(Entity... es) {
        return entities.upsertEntities(UpsertEntitiesRequest.newBuilder().addAllEntities(List.of(es)).build());
    }

    @Test
    void upsertIsIdempotentAndReportsChanges() {
        String key = "test-sdn:" + UUID.randomUUID();
        Entity e = person(key, "PESKOV, Dmitriy Sergeevich", "1967-10-17", "ru");
        UpsertEntitiesResponse first = upsert(e);
        assertThat(first.getAdded()).isEqualTo(1);
        String id = first.getResults(0).getId();

        UpsertEntitiesResponse again = upsert(e);
        assertThat(again.getUnchanged()).isEqualTo(1);
        assertThat(again.getResults(0).getStatus()).isEqualTo("unchanged");
        assertThat(again.getResults(0).getId()).isEqualTo(id);

        UpsertEntitiesResponse changed = upsert(e.toBuilder().addPositions("Press Secretary").build());
        assertThat(changed.getChanged()).isEqualTo(1);
        assertThat(changed.getResults(0).getId()).isEqualTo(id);

        Entity stored = entities.getEntity(GetEntityRequest.newBuilder().setId(id).build());
        assertThat(stored.getKey()).isEqualTo(key);
        assertThat(stored.getCaption()).isEqualTo("PESKOV, Dmitriy Sergeevich");
        assertThat(stored.getPositionsList()).containsExactly("Press Secretary");
        assertThat(stored.getCountriesList()).containsExactly("ru");
    }

    @Test
    void aLargeBatchIsStoredQuicklyAndMatchedAtOnce() {
        List<Entity> batch = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3000; i++) {
            batch.add(person("bulk-" + run + ":" + i, "Testperson" + i + " Bulkname" + run, "1970", "de"));
        }
        long t0 = System.nanoTime();
        UpsertEntitiesResponse r = entities.upsertEntities(UpsertEntitiesRequest.newBuilder().addAllEntities(batch).build());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.getAdded()).isEqualTo(3000);
        assertThat(ms).isLessThan(60_000); // generous: the build machine is shared; the service logs the real figures
        MatchEntitiesResponse m = entities.matchEntities(MatchEntitiesRequest.newBuilder()
                .setName("Testperson17 Bulkname" + run).build());
        assertThat(m.getMatches(0).getEntity().getKey()).isEqualTo("bulk-" + run + ":17");
    }

    @Test
    void matchRanksTheListedPersonFirstWithReasons() {
        upsert(person("test-sdn:putin", "PUTIN, Vladimir Vladimirovich", "1952-10-07", "ru"),
                person("test-sdn:other", "PUTILIN, Vladislav Nikolayevich", "1947", "ru"));
        MatchEntitiesResponse r = entities.matchEntities(MatchEntitiesRequest.newBuilder()
                .setName("Vladimir Putin").setSchema(Schema.PERSON).setCountry("Russia").setBirthDate("1952").build());
        assertThat(r.getThreshold()).isEqualTo(0.70);
        assertThat(r.getMatches(0).getEntity().getKey()).isEqualTo("test-sdn:putin");
        assertThat(r.getMatches(0).getPassesThreshold()).isTrue();
        assertThat(r.getMatches(0).getReasonsList()).extracting(x -> x.getFeature())
                .contains("name_tokens", "birth_date", "country");
        assertThat(r.getMatchesList()).allSatisfy(m -> assertThat(m.getScore()).isBetween(0.0, 1.0));
    }

    @Test
    void aBriefMatchCarriesTheIndexedFieldsOnlyWithTheSameScores() {
        upsert(person("test-sdn:brief", "ABRAMOVA, Yelena Petrovna", "1971", "by"));
        MatchEntitiesRequest full = MatchEntitiesRequest.newBuilder().setName("Yelena Abramova").setLimit(3).build();
        Match fullHit = entities.matchEntities(full).getMatches(0);
        Match briefHit = entities.matchEntities(full.toBuilder().setBrief(true).build()).getMatches(0);
        assertThat(briefHit.getEntity().getId()).isEqualTo(fullHit.getEntity().getId());
        assertThat(briefHit.getEntity().getCaption()).isEqualTo(fullHit.getEntity().getCaption());
        assertThat(briefHit.getEntity().getCountriesList()).containsExactly("by");
        assertThat(briefHit.getEntity().getNamesList()).isEmpty();
        assertThat(fullHit.getEntity().getNamesList()).isNotEmpty();
        assertThat(briefHit.getScore()).isEqualTo(fullHit.getScore());
        assertThat(briefHit.getReasonsList()).isEqualTo(fullHit.getReasonsList());
    }

    @Test
    void aBlankNameIsInvalidArgument() {
        assertThatThrownBy(() -> entities.matchEntities(MatchEntitiesRequest.newBuilder().setName("  ").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).contains("name");
                });
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> entities.getEntity(GetEntityRequest.newBuilder().setId("no-such-id").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void aBadBatchIsRejectedWhole() {
        String key = "test-sdn:" + UUID.randomUUID();
        assertThatThrownBy(() -> upsert(person(key, "Somebody Valid", "1980", "fr"), Entity.newBuilder().setKey("").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        SearchEntitiesResponse s = entities.searchEntities(SearchEntitiesRequest.newBuilder().setQuery("Somebody Valid").build());
        assertThat(s.getEntitiesList()).noneMatch(e -> e.getKey().equals(key));
    }

    @Test
    void searchIsAccentAndCaseInsensitiveAndPaged() {
        upsert(person("test-sdn:jose", "José Núñez Gómez", "1960", "ve"));
        SearchEntitiesResponse s = entities.searchEntities(SearchEntitiesRequest.newBuilder()
                .setQuery("NUNEZ").setSchema(Schema.PERSON).setLimit(5).build());
        assertThat(s.getEntitiesList()).extracting(Entity::getKey).contains("test-sdn:jose");
        SearchEntitiesResponse countries = entities.searchEntities(SearchEntitiesRequest.newBuilder()
                .setSchema(Schema.COUNTRY).setLimit(10).setOffset(10).build());
        assertThat(countries.getTotal()).isGreaterThan(200);
        assertThat(countries.getEntitiesCount()).isEqualTo(10);
    }

    @Test
    void resolvesMentionsOfADocument() {
        upsert(person("test-sdn:kim", "KIM, Jong Un", "1984-01-08", "kp"));
        String text = "North Korean leader Kim Jong Un received the car in Pyongyang. Mr. Kim thanked the Kremlin.";
        ResolveMentionsResponse r = entities.resolveMentions(ResolveMentionsRequest.newBuilder()
                .setDocumentId("doc-1").setText(text)
                .addCandidates(span(text, "North Korean leader", "DESCRIPTOR"))
                .addCandidates(span(text, "Kim Jong Un", "PERSON"))
                .addCandidates(span(text, "Pyongyang", "PLACE"))
                .addCandidates(span(text, "Mr. Kim", "PERSON"))
                .addCandidates(span(text, "Kremlin", "PLACE"))
                .setCreateUnknown(false).build());
        List<ResolvedMention> m = r.getMentionsList();
        assertThat(m).hasSize(5);
        String kimId = m.get(1).getEntityId();
        assertThat(m.get(1).getCaption()).isEqualTo("KIM, Jong Un");
        assertThat(m.get(0).getEntityId()).isEqualTo(kimId);
        assertThat(m.get(0).getMethod()).isEqualTo("descriptor");
        assertThat(m.get(2).getSchema()).isEqualTo(Schema.COUNTRY);
        assertThat(m.get(2).getMethod()).isEqualTo("metonymy");
        assertThat(m.get(2).getCountriesList()).containsExactly("kp");
        assertThat(m.get(3).getEntityId()).isEqualTo(kimId);
        assertThat(m.get(3).getMethod()).isEqualTo("coreference");
        assertThat(m.get(4).getCountriesList()).containsExactly("ru");
    }

    @Test
    void unknownNamesBecomeUnverifiedEntities() {
        String text = "Zorblax Quentinov arrived.";
        ResolveMentionsRequest req = ResolveMentionsRequest.newBuilder().setDocumentId("doc-2").setText(text)
                .addCandidates(span(text, "Zorblax Quentinov", "PERSON")).setCreateUnknown(true).build();
        ResolvedMention first = entities.resolveMentions(req).getMentions(0);
        ResolvedMention second = entities.resolveMentions(req).getMentions(0);
        assertThat(first.getMethod()).isEqualTo("new");
        assertThat(second.getEntityId()).isEqualTo(first.getEntityId());
        Entity created = entities.getEntity(GetEntityRequest.newBuilder().setId(first.getEntityId()).build());
        assertThat(created.getVerified()).isFalse();
        assertThat(created.getKey()).isEqualTo("mention:zorblax quentinov");
    }

    @Test
    void healthAndMetricsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/metrics").then().statusCode(200);
    }

    private static MentionSpan span(String text, String part, String hint) {
        int start = text.indexOf(part);
        return MentionSpan.newBuilder().setStart(start).setEnd(start + part.length()).setText(part).setHint(hint).build();
    }
}
