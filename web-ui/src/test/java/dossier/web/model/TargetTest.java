package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void aTargetSurvivesThePageAttribute() {
        Target t = Target.sentence("s1", "c3");
        assertThat(t.section()).isEqualTo(Section.SOURCES);
        assertThat(t.elementId()).isEqualTo("source-text-s1");
        assertThat(Target.decode(t.encode())).contains(t);
        assertThat(Target.decode(Target.verdict("v1").encode())).contains(new Target(Section.VERDICTS, "verdict-v1", ""));
    }

    @Test
    void anythingThePageDidNotWriteIsIgnored() {
        assertThat(Target.decode("")).isEmpty();
        assertThat(Target.decode("NOWHERE|x|")).isEmpty();
        assertThat(Target.decode("SOURCES|x")).isEmpty();
        assertThat(Target.decode(null)).isEmpty();
    }
}
