package dossier.entity.matching;

import dossier.entity.matching.bench.NameBench;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameBenchTest {

    @Test
    void f1OnTheNomenklaturaBenchmarkIsAtLeastThePeersLevel() throws Exception {
        EntityMatcher matcher = new EntityMatcher(new MatcherIndex(NameNormalizer.standard()), EntityMatcher.DEFAULT_THRESHOLD);
        List<NameBench.Case> cases = NameBench.score(resource("/data/nomenklatura_name_bench_cases.csv"), matcher);
        NameBench.Result ours = NameBench.evaluate(cases, EntityMatcher.DEFAULT_THRESHOLD);
        NameBench.Result peer = NameBench.peer(resource("/data/nomenklatura_logicv2_scores.csv"), EntityMatcher.DEFAULT_THRESHOLD);
        System.out.println("NameBench ours " + ours + " / peer " + peer);
        assertThat(cases).hasSizeGreaterThan(800);
        assertThat(ours.f1()).isGreaterThanOrEqualTo(peer.f1() - 0.02);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(NameBenchTest.class.getResource(name).toURI());
    }
}
