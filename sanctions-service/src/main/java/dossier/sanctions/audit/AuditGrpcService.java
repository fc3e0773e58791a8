package dossier.sanctions.audit;

import dossier.audit.v1.AuditServiceGrpc;
import dossier.audit.v1.GetAuditLogRequest;
import dossier.audit.v1.GetAuditLogResponse;
import dossier.audit.v1.VerifyAuditLogRequest;
import dossier.audit.v1.VerifyAuditLogResponse;
import dossier.support.audit.AuditEntry;
import dossier.support.audit.AuditQuery;
import dossier.support.audit.AuditStore;
import dossier.support.audit.AuditVerification;
import dossier.support.security.Roles;
import io.grpc.stub.StreamObserver;
import dossier.support.grpc.CheckedRequests;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;

/** dossier.audit.v1.AuditService over this service's chain, for auditors only (generated contract types are per service, so each has this edge). */
@GrpcService
@CheckedRequests
@Blocking
public class AuditGrpcService extends AuditServiceGrpc.AuditServiceImplBase {
    static final String SERVICE = "sanctions-service";

    @Inject
    AuditStore store;

    @Override
    @RolesAllowed(Roles.AUDITOR)
    public void getAuditLog(GetAuditLogRequest req, StreamObserver<GetAuditLogResponse> out) {
        AuditQuery q = AuditQuery.of(req.getPageSize(), req.getPageToken(), req.getTarget(), req.getSince(), req.getUntil());
        List<AuditEntry> page = store.page(q);
        out.onNext(GetAuditLogResponse.newBuilder()
                .addAllEntries(page.stream().map(AuditGrpcService::toProto).toList())
                .setNextPageToken(q.nextToken(page))
                .build());
        out.onCompleted();
    }

    @Override
    @RolesAllowed(Roles.AUDITOR)
    public void verifyAuditLog(VerifyAuditLogRequest req, StreamObserver<VerifyAuditLogResponse> out) {
        AuditVerification v = store.verify();
        out.onNext(VerifyAuditLogResponse.newBuilder().setOk(v.ok()).setEntries(v.entries())
                .setBrokenSequence(v.brokenSequence()).setProblem(v.problem()).setService(SERVICE).build());
        out.onCompleted();
    }

    private static dossier.audit.v1.AuditEntry toProto(AuditEntry e) {
        return dossier.audit.v1.AuditEntry.newBuilder().setSequence(e.sequence()).setAt(e.at().toString())
                .setActor(e.actor()).setAction(e.action()).setTarget(e.target()).setBefore(e.before()).setAfter(e.after())
                .setReason(e.reason()).setPreviousHash(e.previousHash()).setHash(e.hash()).setService(SERVICE).build();
    }
}
