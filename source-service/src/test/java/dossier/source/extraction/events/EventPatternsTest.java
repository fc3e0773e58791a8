package dossier.source.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dossier.support.model.EventModel;

class EventPatternsTest {

    private final EventModel model = EventModel.standard();

    private void load(String json) throws Exception {
        new EventPatterns().addKindFile(model, "test.json", new ObjectMapper().readTree(json));
    }

    @Test
    void theShippedFilesLoadAndEveryRoleIsDeclaredForItsKind() {
        EventPatterns p = EventPatterns.standard();
        assertThat(p.patterns()).extracting(EventPatterns.KindPattern::kind)
                .contains("transfer", "shipment", "procurement", "export", "prohibition");
        for (EventPatterns.KindPattern k : p.patterns()) {
            assertThat(k.roles()).allMatch(r -> model.requireKind(k.kind()).hasRole(r));
        }
        assertThat(p.triggers()).contains("give", "ship", "shipment", "import", "ban");
        assertThat(p.stance("denied")).isNotEmpty();
    }

    @Test
    void anUnknownRoleOrKindOrARoleTheKindLacksIsAStartUpFailure() {
        assertThatThrownBy(() -> load("""
                {"kind": "transfer", "words": {"VERB": ["give"]},
                 "patterns": [{"name": "x", "semgrex": "{lemma:/$VERB/}=event >nsubj {}=donor"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("donor").hasMessageContaining("not a role");
        assertThatThrownBy(() -> load("""
                {"kind": "gifting", "words": {}, "patterns": []}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gifting");
        assertThatThrownBy(() -> load("""
                {"kind": "prohibition", "words": {"VERB": ["ban"]},
                 "patterns": [{"name": "x", "semgrex": "{lemma:/$VERB/}=event >nsubj {}=giver"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no role 'giver'");
    }

    @Test
    void aPatternWithoutAnEventNodeOrThatDoesNotCompileIsRefused() {
        assertThatThrownBy(() -> load("""
                {"kind": "transfer", "words": {}, "patterns": [{"name": "x", "semgrex": "{lemma:give} >nsubj {}=giver"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("=event");
        assertThatThrownBy(() -> load("""
                {"kind": "transfer", "words": {}, "patterns": [{"name": "x", "semgrex": "{lemma:give=event >>>> {}=giver"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a Semgrex pattern");
    }
}
