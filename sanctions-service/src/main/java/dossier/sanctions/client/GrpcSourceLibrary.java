package dossier.sanctions.client;

import dossier.source.v1.Claim;
import dossier.source.v1.ListClaimsRequest;
import dossier.source.v1.ListClaimsResponse;
import dossier.source.v1.ListConflictsRequest;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.ListSourcesRequest;
import dossier.source.v1.ListSourcesResponse;
import dossier.source.v1.Source;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** source-service over gRPC (client "source"). A case source-service does not know has no sources yet. */
@ApplicationScoped
public class GrpcSourceLibrary implements SourceLibrary {
    static final String SERVICE = "source-service";
    /** source-service's largest page (request-limits.yaml there). */
    static final int PAGE = 1000;

    @GrpcClient("source")
    SourceServiceGrpc.SourceServiceBlockingStub stub;

    @ConfigProperty(name = "dossier.clients.deadline-seconds", defaultValue = "20")
    long deadlineSeconds;

    @Override
    public List<Claim> claims(String caseId) {
        try {
            // every page: the case's claims are read whole (the largest page the contract allows)
            return everyPage(token -> stub().listClaims(ListClaimsRequest.newBuilder().setCaseId(caseId)
                    .setPageSize(PAGE).setPageToken(token).build()), ListClaimsResponse::getClaimsList, ListClaimsResponse::getNextPageToken);
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return List.of();
            }
            throw translate(e, "listing claims");
        }
    }

    @Override
    public List<Source> sources(String caseId) {
        try {
            return everyPage(token -> stub().listSources(ListSourcesRequest.newBuilder().setCaseId(caseId)
                    .setPageSize(PAGE).setPageToken(token).build()), ListSourcesResponse::getSourcesList, ListSourcesResponse::getNextPageToken);
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return List.of();
            }
            throw translate(e, "listing sources");
        }
    }

    @Override
    public ListConflictsResponse conflicts(String caseId) {
        try {
            return stub().listConflicts(ListConflictsRequest.newBuilder().setCaseId(caseId).build());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return ListConflictsResponse.getDefaultInstance();
            }
            throw translate(e, "listing conflicts");
        }
    }

    /** The items of every page, from the first until one without a next page token. */
    private static <R, T> List<T> everyPage(Function<String, R> read, Function<R, List<T>> items, Function<R, String> next) {
        List<T> all = new ArrayList<>();
        String token = "";
        do {
            R page = read.apply(token);
            all.addAll(items.apply(page));
            token = next.apply(page);
        } while (!token.isEmpty());
        return all;
    }

    private SourceServiceGrpc.SourceServiceBlockingStub stub() {
        return stub.withDeadlineAfter(deadlineSeconds, TimeUnit.SECONDS);
    }

    private static RuntimeException translate(StatusRuntimeException e, String what) {
        return DependencyUnavailableException.of(SERVICE, what, e);
    }
}
