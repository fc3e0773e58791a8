package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.sanctions.v1.CaseFile;
import dossier.source.v1.Claim;
import dossier.source.v1.Conflict;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;
import dossier.source.v1.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictSidesTest {

    @Test
    void eachValueIsAColumnWithEachSourcesOwnSentenceAndTheValueMarkedInIt() {
        Source s1 = Source.newBuilder().setId("s1").setOutlet("Wire A").setPublishedDate("2024-02-20").setTitle("A").build();
        Source s2 = Source.newBuilder().setId("s2").setOutlet("Weekly B").setPublishedDate("2024-02-19").setTitle("B").build();
        String sentence = "The gift was delivered to Mr. Kim’s top aides.";
        CaseFile file = CaseFile.newBuilder().addSources(s1).addSources(s2)
                .addClaims(Claim.newBuilder().setId("c1").setSourceId("s1").setSpan(Span.newBuilder().setText(sentence)))
                .addClaims(Claim.newBuilder().setId("c2").setSourceId("s2").setSummary("delivered to the leader"))
                .build();
        Conflict conflict = Conflict.newBuilder().setId("k")
                .addValues(SlotValue.newBuilder().setValue("top aides").addClaimIds("c1").addSourceIds("s1").setIndependentLines(1))
                .addValues(SlotValue.newBuilder().setValue("Kim himself").addClaimIds("c2").addSourceIds("s2")
                        .addSourceIds("s3").setIndependentLines(2))
                .build();
        List<ConflictSides.Side> sides = ConflictSides.of(conflict, new CaseFileIndex(file), Map.of("s1", s1, "s2", s2));
        assertThat(sides).extracting(ConflictSides.Side::value).containsExactly("top aides", "Kim himself");
        ConflictSides.Witness a = sides.get(0).witnesses().get(0);
        assertThat(a.sentence()).isEqualTo(sentence);
        assertThat(sentence.substring(a.markStart(), a.markEnd())).isEqualTo("top aides");
        assertThat(a.outlet()).isEqualTo("Wire A");
        assertThat(a.published()).isEqualTo("2024-02-20");
        assertThat(a.target()).isEqualTo(Target.sentence("s1", "c1"));
        ConflictSides.Side b = sides.get(1);
        assertThat(b.independentLines()).isEqualTo(2);
        assertThat(b.witnesses().get(0).markStart()).isEqualTo(-1);   // worded differently: nothing to mark
        // a source named without its claim in the file is still listed, linked to the source
        assertThat(b.witnesses().get(1).sourceId()).isEqualTo("s3");
        assertThat(b.witnesses().get(1).target()).isEqualTo(Target.source("s3"));
    }
}
