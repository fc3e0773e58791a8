package dossier.support.grpc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EchoTest {

    @Test
    void aShortValueIsRepeatedWholeALongOneByItsFirstCharacters() {
        assertThat(Echo.of("ru")).isEqualTo("ru");
        assertThat(Echo.of("a".repeat(32))).isEqualTo("a".repeat(32));
        assertThat(Echo.of("b".repeat(33))).isEqualTo("b".repeat(32) + "…");
        assertThat(Echo.of("c".repeat(90_000))).hasSize(33);
        assertThat(Echo.of(null)).isEmpty();
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() {
        String value = "d".repeat(31) + "\uD83D\uDE97" + "e".repeat(10); // a car emoji across the cut
        assertThat(Echo.of(value)).isEqualTo("d".repeat(31) + "…");
    }
}
