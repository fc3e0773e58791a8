package dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.support.model.EventModel;
import dossier.web.fake.CaseFileFixture;
import dossier.web.model.Network;
import dossier.web.model.Target;
import dossier.web.model.Timeline;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG pictures: every mark is reachable, named and linked; nothing from a source becomes markup. */
class PicturesSvgTest {

    private static final Pattern GROUP = Pattern.compile("<g id=\"(tl|nw)-[^\"]*\"[^>]*>");

    private static List<String> marks(String svg) {
        Matcher m = GROUP.matcher(svg);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void everyTimelineMarkIsFocusableNamedAndLinked() {
        var file = CaseFileFixture.caseFile();
        String svg = TimelineSvg.render(Timeline.of(file, List.of()));
        List<String> marks = marks(svg);
        // two dates of the event, two sources, one adoption (the year its citation names; "31 CFR 510" names none)
        assertThat(marks).hasSize(5);
        assertThat(marks).allSatisfy(g -> assertThat(g).contains("tabindex=\"0\"").contains("aria-label=\"")
                .containsPattern("role=\"(button|link)\"").containsPattern("data-(detail|target)=\""));
        assertThat(svg).contains("data-target=\"" + Target.source("s1").encode() + "\"");
    }

    @Test
    void everyNetworkNodeIsFocusableNamedAndCarriesItsListings() {
        String svg = NetworkSvg.render(Network.of(CaseFileFixture.caseFile(), EventModel.standard()));
        List<String> marks = marks(svg);
        assertThat(marks).hasSizeGreaterThanOrEqualTo(5);
        assertThat(marks).allSatisfy(g -> assertThat(g).contains("role=\"button\"").contains("tabindex=\"0\"")
                .contains("aria-label=\"").contains("data-detail=\""));
        assertThat(svg).contains(">OFAC SDN · RUSSIA-EO14024</text>").contains("marker-end=\"url(#arrow)\"");
    }

    @Test
    void namesFromSourcesAreEscaped() {
        var file = CaseFileFixture.caseFile().toBuilder();
        file.setSources(0, file.getSources(0).toBuilder().setOutlet("<script>alert(1)</script> & \"co\""));
        file.setParties(0, file.getParties(0).toBuilder().setName("<img src=x onerror=alert(1)>"));
        String timeline = TimelineSvg.render(Timeline.of(file.build(), List.of()));
        String network = NetworkSvg.render(Network.of(file.build(), EventModel.standard()));
        assertThat(timeline).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;");
        assertThat(network).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
