package dossier.deploy.cli;

import dossier.audit.v1.AuditServiceGrpc;
import dossier.audit.v1.VerifyAuditLogRequest;
import dossier.audit.v1.VerifyAuditLogResponse;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code dossier audit-verify}: VerifyAuditLog on each service, one line per service. */
final class AuditCheck {

    private AuditCheck() {
    }

    /** 0 when every chain is intact, 1 when one is broken or a service cannot be asked. */
    static int run(Endpoints endpoints, PrintStream out) {
        Map<String, ManagedChannel> services = new LinkedHashMap<>();
        services.put("entity-service", endpoints.entity);
        services.put("source-service", endpoints.source);
        services.put("sanctions-service", endpoints.sanctions);
        int status = 0;
        for (Map.Entry<String, ManagedChannel> s : services.entrySet()) {
            try {
                VerifyAuditLogResponse r = AuditServiceGrpc.newBlockingStub(s.getValue()).withDeadlineAfter(300, TimeUnit.SECONDS)
                        .verifyAuditLog(VerifyAuditLogRequest.getDefaultInstance());
                out.println(line(s.getKey(), r));
                status = r.getOk() ? status : 1;
            } catch (StatusRuntimeException e) {
                out.printf("%-18s not checked: %s %s%n", s.getKey(), e.getStatus().getCode(), e.getStatus().getDescription());
                status = 1;
            }
        }
        return status;
    }

    static String line(String service, VerifyAuditLogResponse r) {
        return r.getOk()
                ? String.format("%-18s ok (%d entries)", service, r.getEntries())
                : String.format("%-18s broken at sequence %d: %s", service, r.getBrokenSequence(), r.getProblem());
    }
}
