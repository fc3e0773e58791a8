package dossier.entity.resolution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatchQuery;
import dossier.entity.matching.NameMatch;
import dossier.entity.matching.SameAsGraph;

import java.util.List;

/**
 * The matcher's answers for names met before, shared by all documents and requests: the sources of
 * a case name the same parties again and again, and matching a name against the whole index is
 * most of what resolving a document costs. An answer is used only at the index generation and with
 * the analysts' judgements it was computed with, so any change to the index (a list import, an
 * entity made from a mention, a refresh from another replica) or a change in the judgements makes
 * every remembered answer be worked out again.
 */
final class RecentMatches {

    private record Answer(long generation, SameAsGraph judgements, List<NameMatch> matches) {
    }

    private final EntityMatcher matcher;
    private final Cache<MatchQuery, Answer> answers;

    RecentMatches(EntityMatcher matcher, int size) {
        this.matcher = matcher;
        // maintenance on the calling thread: no pool thread for a cache this cheap to keep
        this.answers = Caffeine.newBuilder().maximumSize(size).executor(Runnable::run).build();
    }

    List<NameMatch> match(MatchQuery query) {
        // read before matching: should the index change meanwhile, the answer is filed under the
        // older generation and so never taken for the newer one
        long generation = matcher.index().generation();
        SameAsGraph judgements = matcher.sameAsGraph();
        Answer known = answers.getIfPresent(query);
        if (known != null && known.generation() == generation && known.judgements() == judgements) {
            return known.matches();
        }
        List<NameMatch> matches = List.copyOf(matcher.match(query));
        answers.put(query, new Answer(generation, judgements, matches));
        return matches;
    }
}
