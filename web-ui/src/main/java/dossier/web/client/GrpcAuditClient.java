package dossier.web.client;

import dossier.audit.v1.AuditServiceGrpc;
import dossier.audit.v1.GetAuditLogRequest;
import dossier.audit.v1.GetAuditLogResponse;
import dossier.audit.v1.VerifyAuditLogRequest;
import dossier.audit.v1.VerifyAuditLogResponse;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class GrpcAuditClient implements AuditClient {

    @GrpcClient("entity")
    AuditServiceGrpc.AuditServiceBlockingStub entity;
    @GrpcClient("source")
    AuditServiceGrpc.AuditServiceBlockingStub source;
    @GrpcClient("sanctions")
    AuditServiceGrpc.AuditServiceBlockingStub sanctions;

    @Inject
    CallDeadlines deadlines;

    @Override
    public List<String> services() {
        return List.of("entity-service", "source-service", "sanctions-service");
    }

    @Override
    public GetAuditLogResponse page(String service, String pageToken, int pageSize) {
        return ServiceCalls.read(service, "its audit log cannot be shown right now", () -> stub(service)
                .withDeadlineAfter(deadlines.standard().toMillis(), TimeUnit.MILLISECONDS)
                .getAuditLog(GetAuditLogRequest.newBuilder().setPageToken(pageToken).setPageSize(pageSize).build()));
    }

    @Override
    public VerifyAuditLogResponse verify(String service) {
        // a whole chain is read: more time than a standard call
        return ServiceCalls.read(service, "its audit log cannot be verified right now", () -> stub(service)
                .withDeadlineAfter(deadlines.standard().toMillis() * 6, TimeUnit.MILLISECONDS)
                .verifyAuditLog(VerifyAuditLogRequest.getDefaultInstance()));
    }

    private AuditServiceGrpc.AuditServiceBlockingStub stub(String service) {
        return switch (service) {
            case "entity-service" -> entity;
            case "source-service" -> source;
            case "sanctions-service" -> sanctions;
            default -> throw new IllegalArgumentException("no audit log for " + service);
        };
    }
}
