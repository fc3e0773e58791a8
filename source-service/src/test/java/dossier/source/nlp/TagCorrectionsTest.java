package dossier.source.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;

/** Each line of nlp/tag-corrections.txt with the error it mends, and a neighbour it must leave alone. */
class TagCorrectionsTest {

    private static List<CoreLabel> tagged(String... wordSlashTag) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : wordSlashTag) {
            CoreLabel l = new CoreLabel();
            l.setWord(wt.substring(0, wt.lastIndexOf('/')));
            l.setValue(l.word());
            l.setTag(wt.substring(wt.lastIndexOf('/') + 1));
            out.add(l);
        }
        return out;
    }

    @Test
    void theVerbOfALawAfterItsNumberIsAVerb() {
        List<CoreLabel> s = tagged("resolution/NN", "1718/CD", "bars/NNS", "all/DT", "member/NN", "states/VBZ", "from/IN", "supplying/VBG");
        assertThat(TagCorrections.standard().apply(s)).isEqualTo(2);
        assertThat(s.get(2).tag()).isEqualTo("VBZ");
        assertThat(s.get(2).lemma()).isEqualTo("bar");
        assertThat(s.get(5).tag()).isEqualTo("NNS");
    }

    @Test
    void aPluralNounBeforeAVerbOrAConjunctionStaysANoun() {
        List<CoreLabel> s = tagged("the/DT", "chocolate/NN", "bars/NNS", "are/VBP", "and/CC", "he/PRP", "states/VBZ", "that/IN");
        assertThat(TagCorrections.standard().apply(s)).isZero();
        assertThat(s.get(2).tag()).isEqualTo("NNS");
        assertThat(s.get(6).tag()).isEqualTo("VBZ");
    }

    @Test
    void theVerbOfALawAfterAPluralSubjectIsAVerbButASingularNounStaysANoun() {
        List<CoreLabel> s = tagged("the/DT", "resolutions/NNS", "bar/NN", "member/NN", "states/NNS", "from/IN");
        assertThat(TagCorrections.standard().apply(s)).isEqualTo(1);
        assertThat(s.get(2).tag()).isEqualTo("VBP");
        assertThat(s.get(2).lemma()).isEqualTo("bar");
        List<CoreLabel> noun = tagged("a/DT", "chocolate/NN", "bar/NN", "wrapper/NN", "was/VBD");
        assertThat(TagCorrections.standard().apply(noun)).isZero();
    }

    @Test
    void anOfficialBeforeAVerbIsThePersonButAnOfficialVisitStaysAnAdjective() {
        List<CoreLabel> s = tagged("an/DT", "official/JJ", "denied/VBD", "that/IN");
        assertThat(TagCorrections.standard().apply(s)).isEqualTo(1);
        assertThat(s.get(1).tag()).isEqualTo("NN");
        List<CoreLabel> visit = tagged("an/DT", "official/JJ", "visit/NN", "began/VBD");
        assertThat(TagCorrections.standard().apply(visit)).isZero();
    }
}
