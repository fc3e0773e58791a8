package dossier.source.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors of the extraction quality against the gold files (see ClaimsEval for the full report):
 * a change that loses claims or invents them fails here.
 */
class ExtractionQualityTest {

    @Test
    void seedArticlesMeetTheTargets() {
        ClaimsEvaluation.Report r = ClaimsEvaluation.run("gold/seed-claims.json");
        assertThat(r.overall().precision()).as("precision on the seeds").isGreaterThanOrEqualTo(0.9);
        assertThat(r.overall().recall()).as("recall on the seeds").isGreaterThanOrEqualTo(0.8);
        assertThat(r.conflicts().recall()).as("the intent conflict across the seeds").isEqualTo(1.0);
        assertThat(r.conflicts().precision()).isGreaterThanOrEqualTo(0.5);
        assertThat(r.timeAgree()).as("claim times (relative dates, published-date fallback)").isEqualTo(r.timeLabelled());
    }

    @Test
    void otherArticlesOfTheGenreStayAboveTheFloor() {
        ClaimsEvaluation.Report r = ClaimsEvaluation.run("gold/genre-claims.json");
        assertThat(r.overall().precision()).as("precision on other articles").isGreaterThanOrEqualTo(0.9);
        assertThat(r.overall().recall()).as("recall on other articles").isGreaterThanOrEqualTo(0.8);
        assertThat(r.conflicts().recall()).as("the value conflict across the two watch reports").isEqualTo(1.0);
        assertThat(r.timeAgree()).isEqualTo(r.timeLabelled());
    }
}
