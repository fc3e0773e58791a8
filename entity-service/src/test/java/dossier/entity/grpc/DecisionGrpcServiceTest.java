package dossier.entity.grpc;

import dossier.entity.v1.Decision;
import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import dossier.entity.v1.Judgement;
import dossier.entity.v1.ListDecisionsRequest;
import dossier.entity.v1.Match;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.MentionSpan;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.RecordDecisionRequest;
import dossier.entity.v1.ResolveMentionsRequest;
import dossier.entity.v1.ResolvedMention;
import dossier.entity.v1.Schema;
import dossier.entity.v1.UpsertEntitiesRequest;
import dossier.support.testing.TestCaller;
import dossier.support.testing.TestTokens;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RecordDecision / ListDecisions and their effect on GetEntity, MatchEntities and ResolveMentions, over real gRPC. */
@QuarkusTest
class DecisionGrpcServiceTest {

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub entities;

    private static final Random RANDOM = new Random();

    /** A made-up name no other test uses. */
    private static String inventedName() {
        String c = "bdfgklmnprstvz", v = "aeiou";
        StringBuilder sb = new StringBuilder();
        for (int part = 0; part < 2; part++) {
            if (part > 0) sb.append(' ');
            for (int i = 0; i < 4; i++) {
                char ch = (i % 2 == 0 ? c : v).charAt(RANDOM.nextInt(i % 2 == 0 ? c.length() : v.length()));
                sb.append(i == 0 ? Character.toUpperCase(ch) : ch);
            }
            sb.append("ov");
        }
        return sb.toString();
    }

    /** Two stored people under one name (as two lists may carry one person): their ids. */
    private List<String> twoEntitiesNamed(String name) {
        List<Entity> es = List.of("a", "b").stream().map(k -> Entity.newBuilder().setKey("decision-test:" + UUID.randomUUID())
                .setSchema(Schema.PERSON).addNames(Name.newBuilder().setValue(name).setKind(NameKind.PRIMARY))
                .addDatasets("decision-test").setVerified(true).build()).toList();
        return entities.upsertEntities(UpsertEntitiesRequest.newBuilder().addAllEntities(es).build())
                .getResultsList().stream().map(r -> r.getId()).toList();
    }

    /** A judgement by reviewer "analyst-1": the token names who judges. */
    private Decision judge(String left, String right, Judgement j) {
        return entities.withInterceptors(TestCaller.signedInAs("analyst-1", Set.of("reviewer"))).recordDecision(RecordDecisionRequest.newBuilder().setLeftEntityId(left).setRightEntityId(right)
                .setJudgement(j).setAnalyst("analyst-1").setNote("checked the birth dates").build());
    }

    /** The passing matches: another test's invented name may share a sound-alike part and come back below the threshold. */
    private List<Match> matches(String name) {
        return entities.matchEntities(MatchEntitiesRequest.newBuilder().setName(name).addDatasets("decision-test").build())
                .getMatchesList().stream().filter(Match::getPassesThreshold).toList();
    }

    @Test
    void everyDecisionIsKeptAndTheNewestOnThePairIsCurrent() {
        List<String> ids = twoEntitiesNamed(inventedName());
        Decision same = judge(ids.get(0), ids.get(1), Judgement.SAME);
        assertThat(same.getCurrent()).isTrue();
        assertThat(same.getAnalyst()).isEqualTo("analyst-1");
        assertThat(same.getDecidedAt()).isNotBlank();
        judge(ids.get(1), ids.get(0), Judgement.NOT_SAME); // the same pair, in the other order

        List<Decision> listed = entities.listDecisions(ListDecisionsRequest.newBuilder().setEntityId(ids.get(0)).build())
                .getDecisionsList();
        assertThat(listed).extracting(Decision::getJudgement).containsExactly(Judgement.NOT_SAME, Judgement.SAME);
        assertThat(listed).extracting(Decision::getCurrent).containsExactly(true, false);
        assertThat(entities.listDecisions(ListDecisionsRequest.newBuilder().setEntityId(ids.get(0)).setLimit(1).build())
                .getDecisionsList()).hasSize(1);
        assertThat(entities.listDecisions(ListDecisionsRequest.getDefaultInstance()).getDecisionsList())
                .extracting(Decision::getId).contains(same.getId());
    }

    @Test
    void sameMergesMatchesAndSameAsAndNotSameSplitsThemAgain() {
        String name = inventedName();
        List<String> ids = twoEntitiesNamed(name);
        assertThat(matches(name)).hasSize(2);

        judge(ids.get(0), ids.get(1), Judgement.SAME);
        List<Match> merged = matches(name);
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).getReasonsList()).anySatisfy(r -> {
            assertThat(r.getFeature()).isEqualTo("analyst_decision");
            assertThat(r.getDetail()).contains(ids.get(0).equals(merged.get(0).getEntity().getId()) ? ids.get(1) : ids.get(0));
        });
        assertThat(entities.getEntity(GetEntityRequest.newBuilder().setId(ids.get(0)).build()).getSameAsList())
                .containsExactly(ids.get(1));
        assertThat(entities.getEntity(GetEntityRequest.newBuilder().setId(ids.get(1)).build()).getSameAsList())
                .containsExactly(ids.get(0));

        judge(ids.get(0), ids.get(1), Judgement.NOT_SAME);
        assertThat(matches(name)).hasSize(2);
        assertThat(entities.getEntity(GetEntityRequest.newBuilder().setId(ids.get(0)).build()).getSameAsList()).isEmpty();
    }

    @Test
    void unsureChangesNothingInMatching() {
        String name = inventedName();
        List<String> ids = twoEntitiesNamed(name);
        judge(ids.get(0), ids.get(1), Judgement.UNSURE);
        assertThat(matches(name)).hasSize(2);
    }

    @Test
    void mentionsOfEntitiesJudgedTheSameResolveToOneOfThem() {
        String name = inventedName();
        List<String> ids = twoEntitiesNamed(name);
        judge(ids.get(0), ids.get(1), Judgement.SAME);
        String text = "Yesterday " + name + " met the press.";
        ResolvedMention m = entities.resolveMentions(ResolveMentionsRequest.newBuilder().setDocumentId("d1").setText(text)
                .addCandidates(MentionSpan.newBuilder().setStart(10).setEnd(10 + name.length()).setText(name)).build())
                .getMentions(0);
        // the two equal names no longer compete: the mention resolves, to the group's representative
        assertThat(m.getEntityId()).isEqualTo(ids.stream().sorted().findFirst().orElseThrow());
    }

    @Test
    void badJudgementsAreRefusedAndLeaveNothing() {
        List<String> ids = twoEntitiesNamed(inventedName());
        String a = ids.get(0), b = ids.get(1);
        assertCode(() -> judge(a, a, Judgement.SAME), Status.Code.INVALID_ARGUMENT);
        assertCode(() -> judge(a, b, Judgement.JUDGEMENT_UNSPECIFIED), Status.Code.INVALID_ARGUMENT);
        assertCode(() -> judge(a, "", Judgement.SAME), Status.Code.INVALID_ARGUMENT);
        assertCode(() -> judge(a, UUID.randomUUID().toString(), Judgement.SAME), Status.Code.NOT_FOUND);
        assertCode(() -> entities.recordDecision(RecordDecisionRequest.newBuilder().setLeftEntityId(a).setRightEntityId(b)
                .setJudgement(Judgement.SAME).setAnalyst("x".repeat(201)).build()), Status.Code.INVALID_ARGUMENT);
        assertCode(() -> entities.recordDecision(RecordDecisionRequest.newBuilder().setLeftEntityId(a).setRightEntityId(b)
                .setJudgement(Judgement.SAME).setAnalyst("analyst-1").setNote("n".repeat(2001)).build()),
                Status.Code.INVALID_ARGUMENT);
        assertCode(() -> entities.listDecisions(ListDecisionsRequest.newBuilder().setLimit(-1).build()),
                Status.Code.INVALID_ARGUMENT);
        assertThat(entities.listDecisions(ListDecisionsRequest.newBuilder().setEntityId(a).build()).getDecisionsList()).isEmpty();
        // the analyst field is not trusted: blank is no refusal, the token's user is recorded
        assertThat(entities.recordDecision(RecordDecisionRequest.newBuilder().setLeftEntityId(a).setRightEntityId(b)
                .setJudgement(Judgement.UNSURE).setAnalyst("  ").build()).getAnalyst()).isEqualTo(TestTokens.DEFAULT_USER);
    }

    private static void assertCode(Runnable call, Status.Code code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(code));
    }
}
