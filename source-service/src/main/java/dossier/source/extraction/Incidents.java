package dossier.source.extraction;

import static dossier.source.domain.ModelNames.GIVER;
import static dossier.source.domain.ModelNames.ITEM;
import static dossier.source.domain.ModelNames.RECIPIENT;

import java.util.Locale;

import dossier.model.v1.EventKind;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.Modality;
import dossier.support.model.EventModel;

/**
 * The event kind of a claim the token rules made, and the incident key of transfer-like claims:
 * claims about the same incident (the same giver and recipient, or without both the same item word
 * and year) share it, so a different, earlier transfer told in the same article (two Maybachs shipped
 * in 2018 beside the Aurus gift of 2024) is not grouped with, nor taken as evidence of, the other.
 */
final class Incidents {

    static String kindOf(Claim c) {
        EventKind k = switch (c.type()) {
            case TRANSFER, ALLEGATION -> c.modality() == Modality.DENIED ? EventKind.EVENT_KIND_DENIAL : EventKind.EVENT_KIND_TRANSFER;
            case STATEMENT, QUOTE -> EventKind.EVENT_KIND_STATEMENT;
            case CONFIRMATION -> EventKind.EVENT_KIND_CONFIRMATION;
            case DENIAL -> EventKind.EVENT_KIND_DENIAL;
            case ATTRIBUTE -> EventKind.EVENT_KIND_ATTRIBUTE;
            case CHARACTERIZATION -> EventKind.EVENT_KIND_CHARACTERIZATION;
        };
        return EventModel.wire(k);
    }

    /** The claim with its incident key; claims that are no event (statements, attributes) get none. */
    static Claim keyed(Claim c) {
        if (!c.incident().isEmpty() || !c.argument(ITEM).isPresent() && !c.argument(GIVER).isPresent()) {
            return c;
        }
        String giver = c.argument(GIVER).map(Incidents::name).orElse("");
        String recipient = c.argument(RECIPIENT).map(Incidents::name).orElse("");
        String key;
        if (!giver.isEmpty() && !recipient.isEmpty()) {
            key = giver + ">" + recipient;
        } else {
            String item = c.argument(ITEM).map(a -> lastWord(a.value())).orElse("");
            String year = c.timeInterval() != null && !c.timeInterval().start().isEmpty()
                    ? c.timeInterval().start().substring(0, 4) : "";
            key = "item:" + item + (year.isEmpty() ? "" : "@" + year);
        }
        return c.withEvent(c.eventKind(), c.timeInterval(), key);
    }

    /** An entity id when resolved, else the lower-case value. */
    private static String name(ClaimArgument a) {
        return a.entityId().isEmpty() ? a.value().toLowerCase(Locale.ROOT).strip() : a.entityId();
    }

    private static String lastWord(String v) {
        String[] w = v.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
        return w.length == 0 ? "" : w[w.length - 1];
    }

    private Incidents() {
    }
}
