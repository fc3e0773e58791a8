package dossier.source.extraction;

import static dossier.source.domain.ModelNames.ITEM;
import static dossier.source.domain.ModelNames.PROHIBITION;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.nlp.Token;

/**
 * The things an article's events have moved so far, by the nouns that name them. An event that names
 * no one is kept when it tells of one of them again ("The limousines were delivered despite a ban",
 * "the delivery of the munitions showed ..."): the narrative's own incident, not a stray mention.
 */
final class ToldItems {

    private final Set<String> nouns = new HashSet<>();

    /** Remembers the nouns of the items of a sentence's events (what a law bars was not moved). */
    void note(SentenceContext c, List<Claim> claims) {
        for (Claim claim : claims) {
            if (claim.eventKind().equals(PROHIBITION)) {
                continue;
            }
            for (ClaimArgument a : claim.arguments()) {
                if (!a.role().equals(ITEM)) {
                    continue;
                }
                int[] r = c.range(a);
                for (int k = r[0]; k < r[1]; k++) {
                    if (c.t(k).is("NOUN") || c.t(k).is("PROPN")) {
                        nouns.add(key(c.t(k)));
                    }
                }
            }
        }
    }

    /** Whether the noun was the item of an event told before. */
    boolean told(Token noun) {
        return nouns.contains(key(noun));
    }

    private static String key(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
