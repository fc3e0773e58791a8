package dossier.sanctions.rules;

import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;

import java.util.List;
import java.util.Optional;

/** Reading claim arguments by role. */
final class ClaimArgs {
    private ClaimArgs() {
    }

    static Optional<ClaimArgument> first(Claim c, String role) {
        return c.getArgumentsList().stream().filter(a -> role.equalsIgnoreCase(a.getRole())).findFirst();
    }

    static List<ClaimArgument> all(Claim c, String role) {
        return c.getArgumentsList().stream().filter(a -> role.equalsIgnoreCase(a.getRole())).toList();
    }

    /** The entity that says it: the speaker argument, else the innermost attribution link with an entity. */
    static Optional<PartyRef> speaker(Claim c, EntityLookup lookup) {
        Optional<ClaimArgument> sp = first(c, "speaker");
        if (sp.isPresent()) {
            String id = sp.get().getEntityId();
            return Optional.of(new PartyRef(id, sp.get().getValue(), id.isEmpty() ? Optional.empty() : lookup.find(id)));
        }
        // Attribution runs outermost (the outlet) first; the innermost link is who actually said it.
        for (int i = c.getAttributionCount() - 1; i >= 1; i--) {
            var link = c.getAttribution(i);
            if (!link.getName().isEmpty() || !link.getEntityId().isEmpty()) {
                String id = link.getEntityId();
                return Optional.of(new PartyRef(id, link.getName(), id.isEmpty() ? Optional.empty() : lookup.find(id)));
            }
        }
        return Optional.empty();
    }
}
