package dossier.entity.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each normalisation and comparison feature, on names that are not in the benchmark. */
class NameFeaturesTest {

    static final NameNormalizer N = NameNormalizer.standard();
    static final EntityMatcher M = new EntityMatcher(new MatcherIndex(N), EntityMatcher.DEFAULT_THRESHOLD);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // Cyrillic: BGN/PCGN per language, as English lists write it
            "Сергей Шойгу | sergey shoygu",
            "Віталій Кличко | vitaliy klychko",
            // Hangul: one token per syllable
            "문재인 | mun jae in",
            // Arabic ain and hamza marks do not split or stay in a word
            "عبد الله | bd allh",
            // number words and ordinals as digits
            "Twenty-First Century Fox | 21 century fox",
            "Unit Seventy 3 | unit 73",
            // abbreviations written out, legal forms dropped at either end (also with one typo)
            "Natl Iranian Oil Co | national iranian oil",
            "Публичное акционерное общество Сбербанк | sberbank",
            "Rosneft Aktiengeselschaft | rosneft",
            "Societatea cu Raspundere Limitata Carpat Trans | carpat trans",
            // titles in front
            "Sheikh Hamad Al Thani | hamad al thani"})
    void tokens(String name, String expected) {
        assertThat(String.join(" ", N.tokens(name))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Person | Bob Menendez | Robert Menendez",                 // nickname
            "Person | Jim Sterling | James Sterling",                  // nickname
            "Person | Dmitri Peskov | Dmitriy Peskov",                 // romanisation by sound
            "Person | Choe Ryong-hae | Choi Ryong Hae",                // Korean surname spellings
            "Person | Ri Pyong-chol | Lee Byeong-cheol",               // McCune-Reischauer vs Revised
            "Person | 문재인 | Moon Jae-in",                             // Hangul to a passport spelling
            "Person | حسن نصر الله | Hassan Nasrallah",                 // abjad consonants
            "Person | Ahmad Shah Massoud | Massoud Ahmad Shah",         // part order
            "Person | Peter A Sandberg | Peter Anders Sandberg",       // an initial
            "Company | IRGC | Islamic Revolutionary Guard Corps",       // acronym
            "Company | U.N. Development Programme | United Nations Development Programme",
            "Company | A.B.C. Trading LLC | ABC Trading Limited Liability Company",
            "Company | Twenty-First Century Fox | 21st Century Fox",
            "Company | OAO Vostok Trans | Vostok Trans JSC",           // legal forms of one kind
            "Person | Teng Hsiao-p'ing | Deng Xiaoping",               // Wade-Giles and pinyin
            "Person | Chou En-lai | Zhou Enlai",
            "Person | 毛澤東 | 毛泽东",                                  // traditional and simplified Han are one name
            "Person | 박근혜 | Park Geun-hye"})                          // native-script rule only within one script
    void samePartyMatches(String schema, String a, String b) {
        assertThat(M.compareNames(a, b, schema)).isGreaterThanOrEqualTo(EntityMatcher.DEFAULT_THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Person | Ahmed Saleh Al-Masri | Ahmed Saleh Al-Hakimi",   // a conflicting part weighs heavily
            "Person | Jean van der Berg | Pieter van der Berg",        // shared particles say little
            "Person | William Clinton | Robert Clinton",               // two names that share a nickname are not one
            "Person | Peter J Sandberg | Peter Anders Sandberg",       // an initial is no part of a compound ("jsandberg")
            "Company | Unit 73 | Unit 74",                             // numbers must agree
            "Person | Anna Kovalenko | Anna Kovalchuk",                // three edits: a shared stem, another name
            "Company | Vostok Trans AG | Vostok Trans GmbH",           // a joint-stock and a limited-liability company
            "Company | Logistics Services Ltd | Baltic Logistics Services Ltd", // agreeing only in generic words
            "Person | 박근혜 | 박근해",                                    // one other Hangul syllable: another name
            "Person | 温家宝 | 温家保"})                                   // one other Han character, same reading
    void differentPartiesDoNot(String schema, String a, String b) {
        assertThat(M.compareNames(a, b, schema)).isLessThan(EntityMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void everyScoreIsWithinZeroAndOne() {
        for (String[] p : List.of(new String[]{"Kim Jong Un", "김정은"}, new String[]{"x", "Y"},
                new String[]{"Acme", "Acme"}, new String[]{"ООО Ромашка", "Romashka LLC"})) {
            assertThat(M.compareNames(p[0], p[1], "Company")).isBetween(0.0, 1.0);
        }
    }

    @Test
    void reasonsNameTheFeatureThatAlignedAPart() {
        MatcherIndex index = new MatcherIndex(N);
        index.put(new MatchSubject("e1", "PERSON", "Robert Menendez",
                List.of(new SubjectName("Robert Menendez", NameKind.PRIMARY)), List.of(), List.of("us"), java.util.Set.of()));
        List<NameMatch> hits = new EntityMatcher(index, 0.7).match(MatchQuery.of("Bob Menendez"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).passesThreshold()).isTrue();
        assertThat(hits.get(0).reasons()).extracting(MatchReason::feature).contains("name_tokens", "name_variant");
    }

    @Test
    void everyLegalFormOfAKindIsOneTheNormalizerRemoves() throws Exception {
        try (var in = NameFeaturesTest.class.getResourceAsStream("/matching/legal_form_kinds.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String kind = line.substring(0, line.indexOf(':'));
                for (String form : line.substring(line.indexOf(':') + 1).split(",")) {
                    assertThat(N.legalFormKinds("Acme " + form.strip())).as(form).containsExactly(kind);
                }
            }
        }
        assertThat(N.legalFormKinds("Acme Sp. z o.o.")).containsExactly("limited-liability");
        assertThat(N.legalFormKinds("Acme Ltd")).isEmpty();
        assertThat(N.legalFormKinds("Acme")).isEmpty();
    }

    @Test
    void legalFormConflictIsAReasonInScreening() {
        MatcherIndex index = new MatcherIndex(N);
        index.put(new MatchSubject("e1", "COMPANY", "Vostok Trans GmbH",
                List.of(new SubjectName("Vostok Trans GmbH", NameKind.PRIMARY)), List.of(), List.of(), java.util.Set.of()));
        List<NameMatch> hits = new EntityMatcher(index, 0.7).match(MatchQuery.of("Vostok Trans AG"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).passesThreshold()).isFalse();
        assertThat(hits.get(0).reasons()).extracting(MatchReason::feature).contains("legal_form");
    }

    @Test
    void spellingCountsEditsNotTheirShare() {
        // two edits in a long part are a typo, three are another name however long the parts
        assertThat(NameScorer.spellingSimilarity("lavrentiev", "lavrentyev")).isGreaterThanOrEqualTo(NameScorer.MIN_PAIR);
        assertThat(NameScorer.spellingSimilarity("gorbunov", "gorbenok")).isGreaterThanOrEqualTo(NameScorer.MIN_PAIR);
        assertThat(NameScorer.spellingSimilarity("grigorenko", "grigoryan")).isLessThan(NameScorer.MIN_PAIR);
        // the first letter is seldom the typo: two edits there are no weak match by this rule
        assertThat(NameScorer.spellingSimilarity("rashid", "bashir")).isLessThan(NameScorer.MIN_PAIR);
    }

    @Test
    void nativeScriptCapsOnlyNamesBothWrittenInHanHangulOrKana() {
        assertThat(NativeScript.key("Kim 正恩")).isNull();
        assertThat(NativeScript.key("金 正恩")).isEqualTo("金正恩");
        assertThat(NativeScript.cap(NativeScript.key("習近平"), NativeScript.key("习近平"))).isEqualTo(1.0);
        assertThat(NativeScript.cap("abcd", null)).isEqualTo(1.0);
        assertThat(NativeScript.cap("가나다라", "가나다마")).isEqualTo(0.75 * 0.75);
    }

    @Test
    void chineseRomanisationKeysJoinWadeGilesAndPinyinRuns() {
        assertThat(ChineseRomanisation.key("hsi")).isEqualTo(ChineseRomanisation.key("xi"));
        assertThat(ChineseRomanisation.key("tzu")).isEqualTo(ChineseRomanisation.key("zi"));
        assertThat(ChineseRomanisation.same("chingkuo", "jingguo")).isTrue();
        assertThat(ChineseRomanisation.same("chin", "chen")).isFalse();
        assertThat(ChineseRomanisation.key("friedrich")).isNull();
    }

    @Test
    void koreanRomanisationKeysJoinTheSystemsButNotOtherSyllables() {
        assertThat(KoreanRomanisation.key("jeong")).isEqualTo(KoreanRomanisation.key("chong"));
        assertThat(KoreanRomanisation.key("eun")).isEqualTo(KoreanRomanisation.key("un"));
        assertThat(KoreanRomanisation.key("min")).isNotEqualTo(KoreanRomanisation.key("man"));
        assertThat(KoreanRomanisation.key("friedrich")).isNull();
    }
}
