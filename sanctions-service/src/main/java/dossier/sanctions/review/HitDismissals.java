package dossier.sanctions.review;

import dossier.sanctions.v1.HitDismissal;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;

import java.util.List;
import java.util.Map;

/** Marks the hits analysts dismissed as false positives; the hits stay listed so the decision is visible. */
public final class HitDismissals {
    private HitDismissals() {
    }

    /** The key a dismissal is attached by: the party screened and the listed entity hit. */
    public static String key(String partyEntityId, String hitEntityId) {
        return partyEntityId + "|" + hitEntityId;
    }

    public static List<Party> apply(List<Party> parties, Map<String, HitDismissal> dismissals) {
        return parties.stream().map(p -> apply(p, dismissals)).toList();
    }

    public static Party apply(Party party, Map<String, HitDismissal> dismissals) {
        Party.Builder b = party.toBuilder().clearHits();
        for (ScreeningHit h : party.getHitsList()) {
            HitDismissal d = dismissals.get(key(party.getEntityId(), h.getEntityId()));
            b.addHits(d == null ? h.toBuilder().clearDismissal().build() : h.toBuilder().setDismissal(d).build());
        }
        return b.build();
    }
}
