package dossier.entity.grpc;

import dossier.support.idempotency.Idempotency;
import dossier.support.idempotency.ResponseCodec;
import dossier.support.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import static dossier.support.security.Roles.ANALYST;
import static dossier.support.security.Roles.INTEGRATOR;
import static dossier.support.security.Roles.LIST_ADMIN;
import static dossier.support.security.Roles.REVIEWER;

import dossier.entity.mapping.EntityMapper;
import dossier.entity.matching.MatchQuery;
import dossier.entity.matching.MatchReason;
import dossier.entity.matching.NameMatch;
import dossier.entity.resolution.MentionCandidate;
import dossier.entity.resolution.Resolution;
import dossier.entity.service.DecisionService;
import dossier.entity.service.EntityStore;
import dossier.entity.service.MatchingService;
import dossier.entity.service.UpsertOutcome;
import dossier.entity.v1.Decision;
import dossier.entity.v1.Entity;
import dossier.entity.v1.ListDecisionsRequest;
import dossier.entity.v1.ListDecisionsResponse;
import dossier.entity.v1.RecordDecisionRequest;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import dossier.entity.v1.Match;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.MatchEntitiesResponse;
import dossier.entity.v1.MentionSpan;
import dossier.entity.v1.ResolveMentionsRequest;
import dossier.entity.v1.ResolveMentionsResponse;
import dossier.entity.v1.ResolvedMention;
import dossier.entity.v1.Schema;
import dossier.entity.v1.SearchEntitiesRequest;
import dossier.entity.v1.SearchEntitiesResponse;
import dossier.entity.v1.UpsertEntitiesRequest;
import dossier.entity.v1.UpsertEntitiesResponse;
import dossier.entity.v1.UpsertResult;
import io.grpc.stub.StreamObserver;
import dossier.support.grpc.CheckedRequests;
import io.quarkus.grpc.GrpcService;
import io.opentelemetry.context.Context;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** dossier.entity.v1.EntityService: thin; use cases live in the service package. */
@GrpcService
@CheckedRequests
public class EntityGrpcService extends EntityServiceGrpc.EntityServiceImplBase {

    @Inject
    EntityStore store;
    /** Who judges: the token's user; the request's analyst field is not trusted. */
    @Inject
    CurrentActor actors;
    @Inject
    MatchingService matching;
    @Inject
    DecisionService decisions;
    @Inject
    ScreeningThreads screeningThreads;
    @Inject
    GrpcErrors errors;
    @Inject
    Idempotency idempotency;

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR, LIST_ADMIN})
    @Override
    @Blocking
    public void getEntity(GetEntityRequest request, StreamObserver<Entity> response) {
        respond(response, () -> withSameAs(store.get(request.getId())));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR, LIST_ADMIN})
    @Override
    @Blocking
    public void searchEntities(SearchEntitiesRequest request, StreamObserver<SearchEntitiesResponse> response) {
        respond(response, () -> {
            EntityStore.Page page = store.search(request.getQuery(), request.getSchema(), request.getLimit(), request.getOffset());
            return SearchEntitiesResponse.newBuilder().addAllEntities(page.entities().stream().map(this::withSameAs).toList())
                    .setTotal(page.total()).build();
        });
    }

    /**
     * A brief match (screening) reads only the in-memory index: it runs on {@link ScreeningThreads}.
     * A full one loads entities from the store: on a worker thread.
     */
    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR, LIST_ADMIN})
    @Override
    public void matchEntities(MatchEntitiesRequest request, StreamObserver<MatchEntitiesResponse> response) {
        java.util.concurrent.Executor on = request.getBrief() ? screeningThreads.pool() : Infrastructure.getDefaultWorkerPool();
        // the trace context goes along, so that log lines of the match carry the call's trace id
        on.execute(Context.current().wrap(() -> respond(response, () -> match(request))));
    }

    private MatchEntitiesResponse match(MatchEntitiesRequest request) {
        String schema = request.getSchema() == Schema.SCHEMA_UNSPECIFIED || request.getSchema() == Schema.UNRECOGNIZED
                ? null : request.getSchema().name();
        MatchQuery q = new MatchQuery(request.getName(), schema, request.getBirthDate(), request.getCountry(),
                new HashSet<>(request.getDatasetsList()), request.getLimit() == 0 ? 10 : request.getLimit(),
                request.getThreshold());
        List<NameMatch> matches = matching.match(q);
        // brief: what the index holds is enough, and loading 30 entities with their collections
        // is most of a match's cost at screening rates
        Map<String, Entity> entities = request.getBrief()
                ? matches.stream().map(m -> EntityMapper.brief(m.subject())).collect(Collectors.toMap(Entity::getId, Function.identity(), (a, b) -> a))
                : store.getAll(matches.stream().map(m -> m.subject().id()).toList())
                .stream().collect(Collectors.toMap(Entity::getId, Function.identity()));
        MatchEntitiesResponse.Builder b = MatchEntitiesResponse.newBuilder().setThreshold(matching.thresholdFor(q));
        for (NameMatch m : matches) {
            Entity e = entities.get(m.subject().id());
            if (e == null) continue; // removed meanwhile
            Match.Builder mb = Match.newBuilder().setEntity(withSameAs(e)).setScore(m.score())
                    .setPassesThreshold(m.passesThreshold()).setMatchedName(m.matchedName());
            for (MatchReason r : m.reasons()) {
                mb.addReasons(dossier.entity.v1.MatchReason.newBuilder()
                        .setFeature(r.feature()).setScore(r.score()).setDetail(r.detail()));
            }
            b.addMatches(mb);
        }
        return b.build();
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    @Blocking
    public void resolveMentions(ResolveMentionsRequest request, StreamObserver<ResolveMentionsResponse> response) {
        respond(response, () -> {
            List<MentionCandidate> candidates = request.getCandidatesList().stream()
                    .map(s -> new MentionCandidate(s.getStart(), s.getEnd(), s.getText(), s.getHint())).toList();
            List<Resolution> resolved = matching.resolve(request.getDocumentId(), request.getText(), candidates,
                    request.getCreateUnknown());
            ResolveMentionsResponse.Builder b = ResolveMentionsResponse.newBuilder();
            for (Resolution r : resolved) {
                MentionCandidate s = r.span();
                ResolvedMention.Builder rb = ResolvedMention.newBuilder()
                        .setSpan(MentionSpan.newBuilder().setStart(s.start()).setEnd(s.end()).setText(s.text())
                                .setHint(s.hint() == null ? "" : s.hint()))
                        .setConfidence(r.confidence()).setMethod(r.method()).addAllCountries(r.countries());
                if (r.entityId() != null) {
                    rb.setEntityId(r.entityId()).setCaption(r.caption() == null ? "" : r.caption())
                            .setSchema(EntityMapper.schema(r.schema()));
                }
                b.addMentions(rb);
            }
            return b.build();
        });
    }

    @RolesAllowed({LIST_ADMIN})
    @Override
    @Blocking
    public void upsertEntities(UpsertEntitiesRequest request, StreamObserver<UpsertEntitiesResponse> response) {
        respond(response, () -> {
            UpsertOutcome outcome = matching.upsert(request.getEntitiesList());
            UpsertEntitiesResponse.Builder b = UpsertEntitiesResponse.newBuilder()
                    .setAdded((int) outcome.count("added")).setChanged((int) outcome.count("changed"))
                    .setUnchanged((int) outcome.count("unchanged"));
            for (UpsertOutcome.Item i : outcome.items()) {
                b.addResults(UpsertResult.newBuilder().setKey(i.key()).setId(i.id()).setStatus(i.status()));
            }
            return b.build();
        });
    }

    @RolesAllowed({REVIEWER})
    @Override
    @Blocking
    public void recordDecision(RecordDecisionRequest request, StreamObserver<Decision> response) {
        // once per client_request_id (README, Retries): a retry gets the first decision and records none
        respond(response, () -> idempotency.run(request, ResponseCodec.whole(Decision.parser()),
                () -> EntityMapper.toWire(matching.recordDecision(request.getLeftEntityId(),
                        request.getRightEntityId(), EntityMapper.judgement(request.getJudgement()), actors.current().name(),
                        request.getNote()))));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR, LIST_ADMIN})
    @Override
    @Blocking
    public void listDecisions(ListDecisionsRequest request, StreamObserver<ListDecisionsResponse> response) {
        respond(response, () -> ListDecisionsResponse.newBuilder().addAllDecisions(
                decisions.list(request.getEntityId(), request.getLimit()).stream().map(EntityMapper::toWire).toList()).build());
    }

    private Entity withSameAs(Entity e) {
        List<String> same = matching.sameAs(e.getId());
        return same.isEmpty() ? e : e.toBuilder().clearSameAs().addAllSameAs(same).build();
    }

    private <T> void respond(StreamObserver<T> observer, java.util.function.Supplier<T> call) {
        T result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            observer.onError(errors.toStatus(e).asRuntimeException());
            return;
        }
        observer.onNext(result);
        observer.onCompleted();
    }
}
