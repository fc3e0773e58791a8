package dossier.source.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dossier.source.support.Fixtures;

/**
 * 1,000-word articles of the genre for benchmarks: the body sentences of the seed and genre test
 * articles, shuffled and numbered per article so that every content hash differs.
 */
public final class GenreArticles {

    private static final List<String> FILES = List.of(Fixtures.SEEDS.get(0), Fixtures.SEEDS.get(1), Fixtures.SEEDS.get(2),
            "genre/sts-fuel.txt", "genre/luxury-watches-1.txt", "genre/luxury-watches-2.txt", "genre/drone-denial.txt",
            "articles/tanker-1.txt", "articles/tanker-2.txt");

    private final List<String> sentences = new ArrayList<>();

    public GenreArticles() {
        for (String f : FILES) {
            for (String para : Fixtures.read(f).split("\\n\\s*\\n")) {
                for (String s : para.strip().split("(?<=[.!?\"”])\\s+(?=[A-Z\"“])")) {
                    if (s.split("\\s+").length >= 8) {
                        sentences.add(s.strip());
                    }
                }
            }
        }
    }

    /** Article n: a headline and paragraphs of three sentences, about `words` words. */
    public String article(int n, int words) {
        List<String> pool = new ArrayList<>(sentences);
        Collections.shuffle(pool, new Random(n));
        StringBuilder sb = new StringBuilder("Report " + n + ": Sanctions Monitors Track Another Shipment\n\n");
        int count = 0;
        int i = 0;
        while (count < words) {
            String s = pool.get(i % pool.size());
            sb.append(s).append(i % 3 == 2 ? "\n\n" : " ");
            count += s.split("\\s+").length;
            i++;
        }
        return sb.append("\n\nFile ").append(n).append('.').toString();
    }
}
