package dossier.web.client;

import dossier.audit.v1.GetAuditLogResponse;
import dossier.audit.v1.VerifyAuditLogResponse;
import java.util.List;

/** The audit log of each service (AuditService, served by entity-, source- and sanctions-service). */
public interface AuditClient {

    /** The services that keep an audit chain, in the order the view lists them. */
    List<String> services();

    /** One page of a service's entries, newest first; an empty token asks for the newest. */
    GetAuditLogResponse page(String service, String pageToken, int pageSize);

    VerifyAuditLogResponse verify(String service);
}
