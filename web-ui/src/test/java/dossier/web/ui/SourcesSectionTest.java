package dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dossier.sanctions.v1.CaseFile;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Source;
import dossier.web.fake.CaseFileFixture;
import dossier.web.model.CaseFileIndex;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SourcesSectionTest {

    @Test
    void sourceTextIsSetAsTextSpansWithTheClaimSpansMarked() {
        String text = "Intro <img src=x onerror=alert(1)> and then the ship left port.";
        String quote = "the ship left port";
        CaseFile file = CaseFile.newBuilder()
                .addSources(Source.newBuilder().setId("s").setText(text))
                .addClaims(Claim.newBuilder().setId("c").setSourceId("s").setType(ClaimType.TRANSFER)
                        .setSpan(CaseFileFixture.span(text, quote)))
                .build();

        Div div = SourcesSection.text(new CaseFileIndex(file), file.getSources(0));

        var spans = div.getChildren().map(Span.class::cast).toList();
        assertThat(spans.stream().map(Span::getText).collect(Collectors.joining())).isEqualTo(text);
        // text nodes only: nothing of the source ends up as innerHTML
        assertThat(spans).allSatisfy(s -> assertThat(s.getElement().hasProperty("innerHTML")).isFalse());
        assertThat(spans).filteredOn(s -> s.hasClassName("claim-span"))
                .singleElement().extracting(Span::getText).isEqualTo(quote);
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(SourcesSection.isWebAddress("https://example.org/a")).isTrue();
        assertThat(SourcesSection.isWebAddress(" HTTP://example.org ")).isTrue();
        assertThat(SourcesSection.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(SourcesSection.isWebAddress("data:text/html,x")).isFalse();
        assertThat(SourcesSection.isWebAddress(null)).isFalse();
    }

    @Test
    void aSourceWithoutTextSaysSo() {
        CaseFile file = CaseFile.newBuilder().addSources(Source.newBuilder().setId("s")).build();
        Div div = SourcesSection.text(new CaseFileIndex(file), file.getSources(0));
        assertThat(div.getChildren().map(Component::getElement).map(e -> e.getText()).toList())
                .singleElement().asString().contains("not included");
    }
}
