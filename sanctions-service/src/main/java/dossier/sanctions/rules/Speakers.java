package dossier.sanctions.rules;

import dossier.model.v1.Role;
import dossier.sanctions.domain.ArgFact;
import dossier.sanctions.domain.Attribution;
import dossier.sanctions.domain.ClaimFact;

import java.util.Optional;

/** Who says a claim: the speaker argument, else the innermost attribution link that names someone. */
final class Speakers {
    private Speakers() {
    }

    static Optional<PartyRef> speaker(ClaimFact c, EntityLookup lookup) {
        Optional<ArgFact> sp = c.first(Role.ROLE_SPEAKER);
        if (sp.isPresent()) {
            String id = sp.get().entityId();
            return Optional.of(new PartyRef(id, sp.get().value(), id.isEmpty() ? Optional.empty() : lookup.find(id)));
        }
        // Attribution runs outermost (the outlet) first; the innermost link is who actually said it.
        for (int i = c.attribution().size() - 1; i >= 1; i--) {
            Attribution link = c.attribution().get(i);
            if (!link.name().isEmpty() || !link.entityId().isEmpty()) {
                String id = link.entityId();
                return Optional.of(new PartyRef(id, link.name(), id.isEmpty() ? Optional.empty() : lookup.find(id)));
            }
        }
        return Optional.empty();
    }
}
