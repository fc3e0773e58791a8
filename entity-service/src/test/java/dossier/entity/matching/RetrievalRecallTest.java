package dossier.entity.matching;

import dossier.entity.bench.QueryMix;
import dossier.entity.testdata.ShippedLists;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The index hands the full scorer only its best few candidates: that cut must never lose a name the
 * scorer would accept. Checked on the whole shipped UN + OFAC index (about 40,000 names), with the
 * benchmark's matching pairs added to it, for: every benchmark pair the scorer accepts, every alias
 * of the list entries, and (at least 99.5% of) typo'd and reordered list names the scorer accepts.
 */
class RetrievalRecallTest {

    private static MatcherIndex index;
    private static EntityMatcher matcher;
    private static List<MatchSubject> lists;
    private static final List<String[]> benchPairs = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        lists = ShippedLists.all();
        assumeTrue(lists != null, "shipped list files not found");
        List<MatchSubject> all = new ArrayList<>(lists);
        try (Reader r = new InputStreamReader(RetrievalRecallTest.class.getResourceAsStream("/data/nomenklatura_name_bench_cases.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (!Boolean.parseBoolean(rec.get("is_match"))) continue;
                String id = "bench:" + rec.getRecordNumber();
                String schema = rec.get("schema").equals("Person") ? "PERSON" : "ORGANIZATION";
                all.add(new MatchSubject(id, schema, rec.get("name2"), List.of(new SubjectName(rec.get("name2"), NameKind.PRIMARY)),
                        List.of(), List.of(), Set.of("bench")));
                benchPairs.add(new String[]{rec.get("name1"), id, schema});
            }
        }
        index = new MatcherIndex(NameNormalizer.standard());
        index.putAll(all);
        matcher = new EntityMatcher(index, EntityMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void everyBenchmarkPairTheScorerAcceptsIsRetrieved() {
        List<String> lost = new ArrayList<>();
        int accepted = 0;
        for (String[] p : benchPairs) {
            MatchSubject target = index.subject(p[1]);
            if (matcher.compareNames(p[0], target.caption(), p[2]) < EntityMatcher.DEFAULT_THRESHOLD) continue;
            accepted++;
            if (!retrieved(p[0], p[1])) lost.add(p[0] + " -> " + target.caption());
        }
        assertThat(accepted).isGreaterThan(300);
        assertThat(lost).isEmpty();
    }

    @Test
    void everyAliasOfAListEntryRetrievesItsEntry() {
        List<String> lost = new ArrayList<>();
        int checked = 0;
        for (MatchSubject s : lists) {
            for (SubjectName n : s.names()) {
                if (index.normalizer().tokens(n.value()).isEmpty()) continue;
                checked++;
                if (!retrieved(n.value(), s.id())) lost.add(n.value() + " -> " + s.id());
            }
        }
        assertThat(checked).isGreaterThan(30_000);
        assertThat(lost).isEmpty();
    }

    @Test
    void typoAndReorderedListNamesTheScorerAcceptsAreRetrieved() {
        Random random = new Random(7);
        List<String> lost = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < 4_000; i++) {
            MatchSubject s = lists.get(random.nextInt(lists.size()));
            String name = s.names().get(random.nextInt(s.names().size())).value();
            String query = i % 2 == 0 ? QueryMix.typo(name, random) : QueryMix.reorder(name);
            if (index.normalizer().tokens(query).isEmpty()
                    || matcher.compareNames(query, name, s.schema()) < EntityMatcher.DEFAULT_THRESHOLD) continue;
            accepted++;
            if (!retrieved(query, s.id())) lost.add(query + " -> " + name);
        }
        assertThat(accepted).isGreaterThan(3_000);
        // what may be lost: a typo that moves a space ("OOO GARDSERVIS" as "OO OGARDSERVIS") shares no key
        // with the name, and a name carried by more entries than the candidates handed to the scorer
        assertThat(lost.size()).as("lost: %s", lost).isLessThanOrEqualTo(accepted / 200);
    }

    @Test
    void screeningAListNameAsWrittenFindsItsEntry() {
        // through the matcher, with the query parts' listed variants (nicknames) also retrieved:
        // those of a particle ("al": Alan, Albert, Alfred ...) once crowded out names such as "AL-HASSAN, Bassam"
        // (61 of these 4,000 then); what may still be lost: a name carried by more entries than the
        // candidates handed to the scorer ("Jo Chol", "YU, Kwang Ho")
        Random random = new Random(11);
        List<String> lost = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < 4_000; i++) {
            MatchSubject s = lists.get(random.nextInt(lists.size()));
            String name = s.names().get(random.nextInt(s.names().size())).value();
            if (index.normalizer().tokens(name).isEmpty()) continue;
            checked++;
            boolean found = matcher.match(MatchQuery.of(name).withLimit(50)).stream()
                    .anyMatch(m -> m.subject().id().equals(s.id()) && m.passesThreshold());
            if (!found) lost.add(name + " -> " + s.id());
        }
        assertThat(lost.size()).as("lost: %s", lost).isLessThanOrEqualTo(checked / 200);
    }

    @Test
    void fewCandidatesForACommonName() {
        List<MatcherIndex.IndexedName> c = index.candidates(index.normalizer().tokens("Mohammad Ali"), 50, Set.of());
        assertThat(c).hasSizeLessThanOrEqualTo(50);
        // the best candidates carry both parts
        assertThat(c.get(0).tokens()).contains("mohammad", "ali");
    }

    private static boolean retrieved(String query, String subjectId) {
        List<String> tokens = index.normalizer().tokens(query);
        return index.candidates(tokens, MatcherIndex.DEFAULT_CANDIDATES, Set.of()).stream()
                .anyMatch(n -> n.subjectId().equals(subjectId));
    }
}
