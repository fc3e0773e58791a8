package dossier.sanctions.grpc;

import dossier.sanctions.repository.CaseRecord;
import dossier.sanctions.repository.HitDismissalRecord;
import dossier.sanctions.repository.ImportRecord;
import dossier.sanctions.repository.VerdictChangeRecord;
import dossier.sanctions.repository.VerdictOverrideRecord;
import dossier.support.audit.jpa.AuditRecord;
import dossier.support.idempotency.jpa.ClientRequestRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The rows of what the writing RPCs store, to show that a retry stores nothing new. */
record StoreCounts(long cases, long verdictChanges, long overrides, long dismissals, long imports, long audit, long clientRequests) {

    static StoreCounts now() {
        return QuarkusTransaction.requiringNew().call(() -> new StoreCounts(CaseRecord.count(), VerdictChangeRecord.count(),
                VerdictOverrideRecord.count(), HitDismissalRecord.count(), ImportRecord.count(), AuditRecord.count(),
                ClientRequestRecord.count()));
    }
}
