package dossier.sanctions.service;

import com.google.protobuf.InvalidProtocolBufferException;
import dossier.sanctions.client.DependencyUnavailableException;
import dossier.sanctions.client.SourceLibrary;
import dossier.sanctions.mapping.CaseMapper;
import dossier.sanctions.repository.CaseRecord;
import dossier.sanctions.repository.VerdictRecord;
import dossier.sanctions.review.HitDismissals;
import dossier.sanctions.review.VerdictOverrides;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.HitDismissal;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictOverride;
import dossier.source.v1.Claim;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole case file in one message. What this service stores is always there; sources, claims
 * and conflicts come live from source-service, screening hits are screened again when a list was
 * imported since the evaluation, and either service being down turns into a warning instead of a failure.
 * The whole file is kept until the case changes ({@link CaseFileCache}); who may read it is checked
 * per call by the gRPC service before it gets here.
 */
@ApplicationScoped
public class CaseFileAssembler {
    private static final Logger LOG = Logger.getLogger(CaseFileAssembler.class);

    @Inject
    CaseManager cases;
    @Inject
    SourceLibrary sources;
    @Inject
    CaseEvaluator evaluator;
    @Inject
    CaseReview review;

    @Inject
    CaseFileCache kept;
    @Inject
    PartyScreening screening;

    /**
     * The case file, as kept since the case last changed ({@link CaseFileCache}) or assembled now.
     * The key is read first: a file assembled meanwhile holds what is at least that new.
     */
    public CaseFile assemble(String caseId) {
        return assemble(caseId, false);
    }

    /** As {@link #assemble(String)}; {@code byReference}: each evidence entry once ({@code EvidenceByReference}). */
    public CaseFile assemble(String caseId, boolean byReference) {
        CaseFileCache.Key key = QuarkusTransaction.requiringNew().call(() -> {
            CaseRecord r = cases.find(caseId);
            return new CaseFileCache.Key(r.id, r.fileVersion(), screening.version());
        });
        CaseFileCache.Kept file = kept.kept(key, () -> assembleNow(key.caseId(), null));
        return byReference ? file.byReference() : file.file();
    }

    /** What source-service said of a case: its sources, claims, conflicts and corroborations. */
    public record SourceParts(List<Source> sources, List<Claim> claims, ListConflictsResponse conflicts) {
    }

    /**
     * Right after an evaluation was stored as the case's file version {@code fileVersion}: its file,
     * assembled from what the evaluation read from source-service, is kept for that version, so the
     * readers after an evaluation neither wait for source-service nor call it. Nothing is kept when
     * the case changed again meanwhile (that version's file must hold what was read after it).
     */
    public void keepEvaluated(String caseId, long fileVersion, SourceParts read) {
        try {
            CaseFileCache.Key key = QuarkusTransaction.requiringNew().call(() -> {
                CaseRecord r = cases.find(caseId);
                return new CaseFileCache.Key(r.id, r.fileVersion(), screening.version());
            });
            if (key.fileVersion() == fileVersion) {
                kept.get(key, () -> assembleNow(key.caseId(), read));
            }
        } catch (RuntimeException e) {
            // the evaluation stands; the next read assembles the file
            LOG.debugf(e, "The evaluated file of case %s was not kept", caseId);
        }
    }

    /**
     * The case file from the store and the other services; whole unless a service was unavailable.
     * {@code known}: what source-service said already (null: ask it now).
     */
    CaseFileCache.Assembled assembleNow(String caseId, SourceParts known) {
        boolean whole = true;
        CaseFile.Builder file = CaseFile.newBuilder();
        Map<String, HitDismissal> dismissals = new HashMap<>();
        boolean[] hitsCurrent = {false};
        CaseFile stored = QuarkusTransaction.requiringNew().call(() -> {
            CaseRecord r = cases.find(caseId);
            file.setCase(CaseMapper.toProto(r));
            Map<String, VerdictOverride> overrides = review.overridesOf(r.id);
            for (VerdictRecord v : VerdictRecord.<VerdictRecord>list("caseId", Sort.ascending("incidentId", "measureId"), r.id)) {
                try {
                    Verdict computed = Verdict.parseFrom(v.payload);
                    file.addVerdicts(VerdictOverrides.apply(computed, overrides.get(VerdictOverrides.key(v.incidentId, v.measureId))));
                } catch (InvalidProtocolBufferException e) {
                    LOG.errorf(e, "Stored verdict %s cannot be read", v.id);
                    file.addWarnings("verdict " + v.measureId + " of incident " + v.incidentId + " could not be read");
                }
            }
            file.addAllHistory(review.historyOf(r.id));
            dismissals.putAll(review.dismissalsOf(r.id));
            hitsCurrent[0] = evaluator.screenedWithCurrentLists(r.screenedListsVersion);
            try {
                return r.evaluation == null ? CaseFile.getDefaultInstance() : CaseFile.parseFrom(r.evaluation);
            } catch (InvalidProtocolBufferException e) {
                LOG.errorf(e, "Stored evaluation of case %s cannot be read", r.id);
                file.addWarnings("the stored incidents and parties could not be read; evaluate the case again");
                return CaseFile.getDefaultInstance();
            }
        });
        String id = file.getCase().getId();
        file.addAllIncidents(stored.getIncidentsList());
        if (file.getCase().getEvaluatedAt().isEmpty()) {
            file.addWarnings("the case has not been evaluated yet: no incidents, verdicts or parties");
        }

        try {
            SourceParts parts = known != null ? known : new SourceParts(sources.sources(id), sources.claims(id), sources.conflicts(id));
            file.addAllSources(parts.sources());
            file.addAllClaims(parts.claims());
            file.addAllConflicts(parts.conflicts().getConflictsList());
            file.addAllCorroborations(parts.conflicts().getCorroborationsList());
        } catch (DependencyUnavailableException e) {
            whole = false;
            file.clearSources().clearClaims().clearConflicts().clearCorroborations();
            file.addWarnings("source-service unavailable: sources, claims and conflicts are not shown");
        }

        List<Party> parties = new ArrayList<>(stored.getPartiesList());
        try {
            // The stored hits are current unless a list was imported since the evaluation.
            if (!hitsCurrent[0]) {
                parties = evaluator.screen(parties);
            }
        } catch (DependencyUnavailableException e) {
            whole = false;
            parties = new ArrayList<>(stored.getPartiesList());
            if (!parties.isEmpty()) {
                file.addWarnings("entity-service unavailable: screening hits are those of the last evaluation ("
                        + file.getCase().getEvaluatedAt() + ")");
            } else {
                file.addWarnings("entity-service unavailable");
            }
        }
        file.addAllParties(HitDismissals.apply(parties, dismissals));
        return new CaseFileCache.Assembled(file.build(), whole);
    }
}
