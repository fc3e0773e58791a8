package dossier.support.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dossier.support.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * What a service calls to record a change: the actor comes from the call's verified identity
 * ({@link CurrentActor}), or is the system actor the caller names for background work. Call it
 * inside the transaction that writes the change, as its last write (the chain's head is locked
 * from then to the commit, so it is taken after every other lock: no lock cycles).
 */
@ApplicationScoped
public class AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    @Inject
    CurrentActor actors;
    // an Instance: modules without a store (the web UI) have this bean too and never call it
    @Inject
    Instance<AuditStore> store;

    /** Records a change made by the caller of the current request. */
    public AuditEntry record(AuditAction action, String target, String before, String after, String reason) {
        return store.get().append(new AuditDraft(actors.current().name(), action.code(), target, before, after, reason));
    }

    /** Records a change made by the caller, or by {@code systemActor} ("system:re-evaluation") when no request started it. */
    public AuditEntry recordAs(String systemActor, AuditAction action, String target, String before, String after, String reason) {
        return store.get().append(new AuditDraft(actors.currentOr(systemActor).name(), action.code(), target, before, after, reason));
    }

    /** JSON text of a map of fields (keys sorted), for an entry's before and after; empty for null. */
    public static String json(Map<String, ?> fields) {
        if (fields == null) {
            return "";
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit fields cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
