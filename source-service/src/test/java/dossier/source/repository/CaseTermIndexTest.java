package dossier.source.repository;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory postings: loaded once per source, and bounded by the number of cases held. */
class CaseTermIndexTest {

    private final List<String> loaded = new ArrayList<>();
    private final CaseTermIndex index = new CaseTermIndex(ids -> {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (String id : ids) {
            loaded.add(id);
            out.put(id, Map.of("limousine", 2, "case" + id.split("-")[0], 1));
        }
        return out;
    });

    private List<String> hits(String caseId, List<String> ids, String word) {
        return index.search(caseId, ids, List.of(Set.of(word))).stream().map(SourceRepository.TermHit::id).toList();
    }

    @Test
    void aSourceIsLoadedOnceAndALeftSourceIsNotFound() {
        assertThat(hits("c", List.of("1-a", "1-b"), "limousine")).containsExactly("1-a", "1-b");
        assertThat(hits("c", List.of("1-a", "1-b"), "limousine")).hasSize(2);
        assertThat(loaded).containsExactly("1-a", "1-b");
        assertThat(hits("c", List.of("1-b"), "limousine")).containsExactly("1-b");
    }

    @Test
    void theLeastRecentlySearchedCaseIsDroppedBeyondTheLimitAndRebuiltWhenSearched() {
        for (int c = 0; c <= CaseTermIndex.MAX_CASES; c++) {
            assertThat(hits("case-" + c, List.of(c + "-x"), "case" + c)).containsExactly(c + "-x");
        }
        loaded.clear();
        assertThat(hits("case-" + CaseTermIndex.MAX_CASES, List.of(CaseTermIndex.MAX_CASES + "-x"), "limousine")).hasSize(1);
        assertThat(loaded).isEmpty();                       // still held
        assertThat(hits("case-0", List.of("0-x"), "case0")).containsExactly("0-x");
        assertThat(loaded).containsExactly("0-x");           // dropped, rebuilt from the store
    }
}
