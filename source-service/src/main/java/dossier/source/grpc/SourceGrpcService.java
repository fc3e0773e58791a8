package dossier.source.grpc;

import jakarta.annotation.security.RolesAllowed;
import static dossier.support.security.Roles.ANALYST;
import static dossier.support.security.Roles.INTEGRATOR;
import static dossier.support.security.Roles.REVIEWER;

import java.util.function.Supplier;

import jakarta.inject.Inject;

import dossier.source.mapping.EvaluationMapper;
import dossier.source.mapping.IngestReceipts;
import dossier.source.mapping.ProtoMapper;
import dossier.source.service.EvaluationOutbox;
import dossier.source.service.IngestCommand;
import dossier.source.service.IngestResult;
import dossier.source.service.IngestService;
import dossier.source.service.SourceQueries;
import dossier.source.v1.GetSourceRequest;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.IngestSourceResponse;
import dossier.source.v1.ListClaimsRequest;
import dossier.source.v1.ListClaimsResponse;
import dossier.source.v1.ListConflictsRequest;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.ListSourcesRequest;
import dossier.source.v1.ListSourcesResponse;
import dossier.source.v1.SearchHit;
import dossier.source.v1.SearchSourcesRequest;
import dossier.source.v1.SearchSourcesResponse;
import dossier.source.v1.Source;
import dossier.source.v1.SourceServiceGrpc;
import dossier.support.idempotency.Idempotency;
import io.grpc.stub.StreamObserver;
import dossier.support.grpc.CheckedRequests;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;

/** dossier.source.v1.SourceService: thin; the work is in the service package. */
@GrpcService
@CheckedRequests
@Blocking
public class SourceGrpcService extends SourceServiceGrpc.SourceServiceImplBase {

    @Inject
    GrpcExceptionHandlerProvider errors;

    @Inject
    EvaluationOutbox outbox;

    @Inject
    IngestService ingest;

    @Inject
    SourceQueries queries;

    @Inject
    Idempotency idempotency;

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void ingestSource(IngestSourceRequest req, StreamObserver<IngestSourceResponse> out) {
        // once per client_request_id (README, Retries): a retry gets the first answer, nothing is stored again
        respond(out, () -> idempotency.run(req, new IngestReceipts(queries::get), () -> {
            IngestResult r = ingest.ingest(new IngestCommand(req.getCaseId(), req.getTitle(), req.getText(),
                    req.getRaw().toByteArray(), req.getOutlet(), req.getUrl(), req.getPublishedDate(), req.getContentType()));
            return IngestReceipts.answer(r.stored(), r.duplicate());
        }));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void getSource(GetSourceRequest req, StreamObserver<Source> out) {
        respond(out, () -> ProtoMapper.source(queries.get(req.getId()), true));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void listSources(ListSourcesRequest req, StreamObserver<ListSourcesResponse> out) {
        respond(out, () -> {
            var page = queries.list(req.getCaseId(), req.getPageSize(), req.getPageToken());
            var b = ListSourcesResponse.newBuilder().setNextPageToken(page.nextPageToken());
            page.items().forEach(s -> b.addSources(ProtoMapper.source(s, req.getIncludeText())));
            outbox.of(req.getCaseId()).ifPresent(p -> b.setEvaluation(EvaluationMapper.owed(p)));
            return b.build();
        });
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void listClaims(ListClaimsRequest req, StreamObserver<ListClaimsResponse> out) {
        respond(out, () -> {
            var page = queries.claims(req.getCaseId(), req.getSourceId(), ProtoMapper.type(req.getType()),
                    req.getPageSize(), req.getPageToken());
            var b = ListClaimsResponse.newBuilder().setNextPageToken(page.nextPageToken());
            page.items().forEach(c -> b.addClaims(ProtoMapper.claim(c)));
            return b.build();
        });
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void listConflicts(ListConflictsRequest req, StreamObserver<ListConflictsResponse> out) {
        respond(out, () -> ProtoMapper.comparison(queries.compare(req.getCaseId()), req.getCaseId().strip()));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void searchSources(SearchSourcesRequest req, StreamObserver<SearchSourcesResponse> out) {
        respond(out, () -> {
            var b = SearchSourcesResponse.newBuilder();
            queries.search(req.getQuery(), req.getCaseId(), req.getLimit()).forEach(h -> b.addHits(SearchHit.newBuilder()
                    .setSource(ProtoMapper.source(h.source(), false)).setScore(h.score()).setSnippet(h.snippet())));
            return b.build();
        });
    }

    private <T> void respond(StreamObserver<T> out, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (Throwable t) {
            out.onError(errors.toStatus(t).asRuntimeException());
            return;
        }
        out.onNext(result);
        out.onCompleted();
    }
}
