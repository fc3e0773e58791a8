package dossier.entity.resolution;

import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.MatcherIndex;
import dossier.entity.matching.NameKind;
import dossier.entity.matching.NameNormalizer;
import dossier.entity.matching.SubjectName;
import dossier.entity.testdata.OfacFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MentionResolverTest {

    static final ReferenceLexicon LEXICON = new ReferenceLexicon(NameNormalizer.standard());

    MatcherIndex index;
    MentionResolver resolver;
    Directory directory;

    /** Countries as subjects "ref-country:xx"; unknown names collected. */
    static final class Directory implements EntityDirectory {
        final MatcherIndex index;
        final Map<String, MatchSubject> created = new HashMap<>();

        Directory(MatcherIndex index) {
            this.index = index;
        }

        @Override
        public Optional<MatchSubject> country(String code) {
            return Optional.ofNullable(index.subject("ref-country:" + code));
        }

        @Override
        public MatchSubject createUnknown(String name, String schema, String documentId) {
            String key = "mention:" + NameNormalizer.standard().fold(name);
            return created.computeIfAbsent(key, k -> {
                MatchSubject s = new MatchSubject(k, schema, name, List.of(new SubjectName(name, NameKind.PRIMARY)),
                        List.of(), List.of(), Set.of("mention"));
                index.put(s);
                return s;
            });
        }
    }

    @BeforeEach
    void setUp() {
        index = new MatcherIndex(NameNormalizer.standard());
        index.putAll(OfacFixture.subjects());
        List<MatchSubject> countries = new ArrayList<>();
        for (ReferenceLexicon.Country c : LEXICON.countries()) {
            List<SubjectName> names = new ArrayList<>();
            names.add(new SubjectName(c.name(), NameKind.PRIMARY));
            c.otherNames().forEach(n -> names.add(new SubjectName(n, NameKind.ALIAS)));
            countries.add(new MatchSubject("ref-country:" + c.code(), "COUNTRY", c.name(), names, List.of(),
                    List.of(c.code()), Set.of("reference")));
        }
        index.putAll(countries);
        resolver = new MentionResolver(new EntityMatcher(index, 0.7), LEXICON, MentionResolver.Settings.defaults());
        directory = new Directory(index);
    }

    static String seed(String name) throws IOException {
        try (InputStream in = MentionResolverTest.class.getResourceAsStream("/data/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Resolution first(List<Resolution> rs, String text) {
        return rs.stream().filter(r -> r.span().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention \"" + text + "\" in " + rs.stream().map(r -> r.span().text()).toList()));
    }

    private static Resolution after(List<Resolution> rs, String text, int offset) {
        return rs.stream().filter(r -> r.span().text().equals(text) && r.span().start() > offset).findFirst()
                .orElseThrow(() -> new AssertionError("no mention \"" + text + "\" after " + offset));
    }

    @Test
    void resolvesNamesTitlesDescriptorsAndPlacesOfARealReport() throws IOException {
        String text = seed("000_67ad9120401995df.txt");
        List<Resolution> rs = resolver.resolve("doc-1", text, List.of(), false, directory);

        Resolution putin = first(rs, "Vladimir Putin");
        assertThat(putin.entityId()).isEqualTo("ofac-sdn:35096");
        assertThat(putin.method()).isEqualTo("name");

        Resolution kim = first(rs, "Kim Jong Un");
        assertThat(kim.entityId()).isEqualTo("ofac-sdn:20157");

        Resolution mrKim = first(rs, "Mr. Kim");
        assertThat(mrKim.entityId()).isEqualTo("ofac-sdn:20157");
        assertThat(mrKim.method()).isEqualTo("coreference");

        Resolution peskov = first(rs, "Dmitry Peskov");
        assertThat(peskov.entityId()).isEqualTo("ofac-sdn:35320");

        Resolution leader = after(rs, "The North Korean leader", text.indexOf("Peskov"));
        assertThat(leader.entityId()).isEqualTo("ofac-sdn:20157");
        assertThat(leader.method()).isEqualTo("descriptor");

        Resolution pyongyang = first(rs, "Pyongyang");
        assertThat(pyongyang.entityId()).isEqualTo("ref-country:kp");
        assertThat(pyongyang.method()).isEqualTo("metonymy");

        Resolution kremlin = first(rs, "Kremlin");
        assertThat(kremlin.entityId()).isEqualTo("ref-country:ru");
        assertThat(kremlin.method()).isEqualTo("metonymy");

        Resolution northKorea = first(rs, "North Korea");
        assertThat(northKorea.entityId()).isEqualTo("ref-country:kp");
        assertThat(northKorea.schema()).isEqualTo("COUNTRY");
    }

    @Test
    void aShortFormTheTextDefinesIsTheEntityOfItsLongForm() {
        String text = "Ships of the Korea Mining Development Trading Corporation (KOMID) docked. Later KOMID denied it. "
                + "A KOMAD official spoke.";
        int corporation = text.indexOf("Korea Mining");
        int komid = text.indexOf("KOMID");
        int later = text.indexOf("KOMID", komid + 1);
        int other = text.indexOf("KOMAD");
        List<Resolution> rs = resolver.resolve("doc-abbr", text, List.of(
                new MentionCandidate(corporation, corporation + 44, "Korea Mining Development Trading Corporation", ""),
                new MentionCandidate(komid, komid + 5, "KOMID", ""),
                new MentionCandidate(later, later + 5, "KOMID", ""),
                new MentionCandidate(other, other + 5, "KOMAD", "")), true, directory);
        assertThat(text.substring(corporation, corporation + 44)).isEqualTo("Korea Mining Development Trading Corporation");
        Resolution longForm = rs.get(0);
        assertThat(longForm.entityId()).isNotNull();
        assertThat(rs.get(1).entityId()).isEqualTo(longForm.entityId());
        assertThat(rs.get(2).entityId()).isEqualTo(longForm.entityId());
        assertThat(rs.get(2).method()).isEqualTo("abbreviation");
        assertThat(rs.get(3).entityId()).isNotEqualTo(longForm.entityId());
    }

    @Test
    void aBareSurnameRefersBackAndNeverToARandomListEntry() {
        String text = "Kim Jong Un met officials. Later Kim left. Kim Yong Chol was not there.";
        List<Resolution> rs = resolver.resolve("doc-2", text, List.of(
                new MentionCandidate(0, 11, "Kim Jong Un", "PERSON"),
                new MentionCandidate(33, 36, "Kim", "PERSON")), false, directory);
        assertThat(rs.get(1).entityId()).isEqualTo(rs.get(0).entityId());
        assertThat(rs.get(1).method()).isEqualTo("coreference");

        List<Resolution> alone = resolver.resolve("doc-3", "Kim left.", List.of(
                new MentionCandidate(0, 3, "Kim", "PERSON")), false, directory);
        assertThat(alone.get(0).entityId()).isNull();
        assertThat(alone.get(0).method()).isEqualTo("unresolved");
    }

    @Test
    void callerSpansWithALeadingDescriptorResolveToTheName() {
        String text = "Russian President Vladimir Putin spoke. The Russian president said more.";
        List<Resolution> rs = resolver.resolve("doc-4", text, List.of(
                new MentionCandidate(0, 32, "Russian President Vladimir Putin", null),
                new MentionCandidate(40, 63, "The Russian president", "DESCRIPTOR")), false, directory);
        assertThat(rs.get(0).entityId()).isEqualTo("ofac-sdn:35096");
        assertThat(rs.get(1).entityId()).isEqualTo("ofac-sdn:35096");
        assertThat(rs.get(1).method()).isEqualTo("descriptor");
    }

    @Test
    void unknownNamesBecomeOneNewEntityWhenAsked() {
        String text = "Ivan Ivanovsky Zzyzx met Ivan Ivanovsky Zzyzx again.";
        List<MentionCandidate> spans = List.of(new MentionCandidate(0, 20, "Ivan Ivanovsky Zzyzx", "PERSON"),
                new MentionCandidate(25, 45, "Ivan Ivanovsky Zzyzx", "PERSON"));
        List<Resolution> without = resolver.resolve("doc-5", text, spans, false, directory);
        assertThat(without).allSatisfy(r -> assertThat(r.entityId()).isNull());
        List<Resolution> with = resolver.resolve("doc-5", text, spans, true, directory);
        assertThat(with.get(0).method()).isEqualTo("new");
        assertThat(with.get(0).entityId()).startsWith("mention:");
        assertThat(with.get(1).entityId()).isEqualTo(with.get(0).entityId());
        assertThat(directory.created).hasSize(1);
    }

    @Test
    void aRepeatedNameIsMatchedAgainOnceTheIndexHasChanged() {
        String text = "Zzyzx Ventures Holding paid. Zzyzx Ventures Holding denied it.";
        List<MentionCandidate> spans = List.of(new MentionCandidate(0, 22, "Zzyzx Ventures Holding", "ORGANIZATION"),
                new MentionCandidate(29, 51, "Zzyzx Ventures Holding", "ORGANIZATION"));
        long before = index.generation();
        List<Resolution> rs = resolver.resolve("doc-6", text, spans, true, directory);
        // the first mention made an entity (the index changed), so the second is not answered from the first match
        assertThat(index.generation()).isGreaterThan(before);
        assertThat(rs.get(0).method()).isEqualTo("new");
        assertThat(rs.get(1).method()).isEqualTo("name");
        assertThat(rs.get(1).entityId()).isEqualTo(rs.get(0).entityId());
        long after = index.generation();
        index.putAll(List.of());
        assertThat(index.generation()).as("an empty batch changes nothing").isEqualTo(after);
    }

    @Test
    void aNameMetInAnEarlierDocumentResolvesToWhatTheIndexHoldsNow() {
        String text = "Orrin Quillfeather Vantassel signed.";
        List<MentionCandidate> spans = List.of(new MentionCandidate(0, 28, "Orrin Quillfeather Vantassel", "PERSON"));
        // matched once (no entity yet), then remembered: an earlier answer must not outlive the entity made next
        assertThat(resolver.resolve("doc-7", text, spans, false, directory).get(0).entityId()).isNull();
        Resolution made = resolver.resolve("doc-8", text, spans, true, directory).get(0);
        assertThat(made.method()).isEqualTo("new");
        Resolution again = resolver.resolve("doc-9", text, spans, true, directory).get(0);
        assertThat(again.method()).isEqualTo("name");
        assertThat(again.entityId()).isEqualTo(made.entityId());
        assertThat(directory.created).hasSize(1);
    }
}
