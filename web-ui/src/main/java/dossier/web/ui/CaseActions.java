package dossier.web.ui;

import dossier.web.client.CaseClient;
import dossier.web.client.EntityClient;
import dossier.web.client.ServiceException;
import java.util.function.Supplier;

/**
 * What the sections of one case file may change, and how every change ends: a notice saying what
 * was done and the case file read again, or the service's message as an error notice.
 */
final class CaseActions {

    final CaseClient cases;
    final EntityClient entities;
    final String caseId;
    private final Runnable refresh;

    CaseActions(CaseClient cases, EntityClient entities, String caseId, Runnable refresh) {
        this.cases = cases;
        this.entities = entities;
        this.caseId = caseId;
        this.refresh = refresh;
    }

    /**
     * Runs a change; the supplier returns the sentence to show on success. A failure is shown and
     * rethrown so a dialog can keep its input and mark the field the service named.
     */
    void change(Supplier<String> call) {
        String done;
        try {
            done = call.get();
        } catch (ServiceException e) {
            Notices.error(e.getMessage());
            throw e;
        }
        Notices.success(done);
        refresh.run();
    }

    /** The same, for buttons without a dialog: the error notice is all there is to show. */
    void changeQuietly(Supplier<String> call) {
        try {
            change(call);
        } catch (ServiceException e) {
            // already shown as a notice
        }
    }
}
