package dossier.sanctions.imports;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelistingGuardTest {

    /** A diff on a list of {@code active} designations that delists {@code gone} of them. */
    static ImportDiff delisting(int gone, int active) {
        List<String> delisted = IntStream.range(0, gone).mapToObj(i -> "D" + i).toList();
        List<String> kept = IntStream.range(gone, active).mapToObj(i -> "K" + i).toList();
        return new ImportDiff(List.of(), List.of(), delisted, kept, active);
    }

    @Test
    void refusesOnlyBeyondTheShareAndSaysHowMuch() {
        DelistingGuard guard = new DelistingGuard(0.05);
        assertThat(guard.refusal("OFAC SDN", delisting(5, 100))).isEmpty();
        assertThat(guard.refusal("OFAC SDN", delisting(6, 100))).hasValueSatisfying(m -> assertThat(m)
                .contains("delist 6 of the 100 current designations of the OFAC SDN (6.0 %)")
                .contains("more than the 5 %").contains("force"));
        assertThat(guard.refusal("UN list", delisting(1008, 1009))).hasValueSatisfying(m -> assertThat(m).contains("(99.9 %)"));
        // nothing to delist from: a first import
        assertThat(guard.refusal("UN list", new ImportDiff(List.of("A"), List.of(), List.of(), List.of(), 0))).isEmpty();
        assertThat(new DelistingGuard(0.125).refusal("L", delisting(2, 10))).hasValueSatisfying(m -> assertThat(m)
                .contains("more than the 12.5 %"));
        assertThat(new DelistingGuard(0).refusal("L", delisting(1, 1000))).isPresent();
        assertThat(new DelistingGuard(1).refusal("L", delisting(1000, 1000))).isEmpty();
    }

    @Test
    void forceNeedsAReasonAndTheShareABound() {
        assertThatThrownBy(() -> DelistingGuard.requireReason(true, "  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("force needs a reason");
        DelistingGuard.requireReason(true, "OFAC withdrew the programme");
        DelistingGuard.requireReason(false, "");
        assertThatThrownBy(() -> new DelistingGuard(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DelistingGuard(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
