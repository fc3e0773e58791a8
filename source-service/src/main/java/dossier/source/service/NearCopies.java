package dossier.source.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dossier.source.cache.LruMap;
import dossier.source.comparison.NearCopyDetector;
import dossier.source.repository.SourceRepository;

/**
 * Which source of a case a new body nearly copies. The shingle fingerprints of stored bodies are
 * remembered by source id (a stored source never changes, so a remembered one is never stale, on
 * any replica): an ingest reads the case's id list and only the bodies not seen before, instead of
 * every body of the case, and does not shingle them again.
 */
@ApplicationScoped
public class NearCopies {

    private static final int REMEMBERED = 5_000;
    private static final double THRESHOLD = 0.5;

    @Inject
    SourceRepository repository;

    private final Map<String, long[]> fingerprints = LruMap.of(REMEMBERED);

    /** The id of the source of the case that body nearly copies, or "" when none. */
    public String of(String caseId, String body) {
        Map<String, long[]> others = new LinkedHashMap<>();
        List<String> unseen = new ArrayList<>();
        for (String id : repository.sourceIds(caseId)) {
            long[] f = fingerprints.get(id);
            if (f == null) {
                unseen.add(id);
            } else {
                others.put(id, f);
            }
        }
        if (!unseen.isEmpty()) {
            repository.bodies(unseen).forEach((id, b) -> {
                long[] f = NearCopyDetector.fingerprint(b);
                fingerprints.put(id, f);
                others.put(id, f);
            });
        }
        return new NearCopyDetector(THRESHOLD).nearCopyOfFingerprints(NearCopyDetector.fingerprint(body), others).orElse("");
    }
}
