package dossier.sanctions.lists;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListFilesTest {

    static ListFiles.Part part(String role, String content) {
        return new ListFiles.Part(role, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void twoFilesOfOneRoleAreRefusedNamingTheRole() {
        assertThatThrownBy(() -> ListFiles.of(ListKind.OFAC_SDN, List.of(part("sdn", "a"), part("alt", "b"), part(" SDN ", "c"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two files of role 'sdn'");
        assertThatThrownBy(() -> ListFiles.of(ListKind.UN_CONSOLIDATED, List.of(part("consolidated", "a"), part("consolidated", "b"))))
                .hasMessageContaining("'consolidated'");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingItsRoleAndTheByte() {
        byte[] latin1 = "1,\"M\u00dcLLER, Hans\",individual".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ListFiles.of(ListKind.OFAC_SDN, List.of(new ListFiles.Part("sdn", latin1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the file with role 'sdn' is not valid UTF-8 (at byte 4); nothing was imported");
        // well-formed UTF-8, a byte order mark and all scripts included, passes
        byte[] utf8 = "\uFEFF1,\"M\u00dcLLER \u041a\u0438\u043c \uD83D\uDE97\"".getBytes(StandardCharsets.UTF_8);
        assertThat(ListFiles.of(ListKind.OFAC_SDN, List.of(new ListFiles.Part("sdn", utf8))).get("sdn")).isEqualTo(utf8);
    }

    @Test
    void rolesAreTheListsOwnAndTheRequiredOneMustBeThere() {
        assertThatThrownBy(() -> ListFiles.of(ListKind.UN_CONSOLIDATED, List.of(part("sdn", "a"))))
                .hasMessageContaining("unknown file role 'sdn' for the UN list");
        assertThatThrownBy(() -> ListFiles.of(ListKind.OFAC_SDN, List.of(part("alt", "a"))))
                .hasMessageContaining("'sdn' is required");
        // a single file without a role is the list's required file
        ListFiles one = ListFiles.of(ListKind.OFAC_SDN, List.of(part("", "x")));
        assertThat(one.byRole()).containsOnlyKeys("sdn");
        assertThat(one.get("add")).isNull();
        ListFiles trio = ListFiles.of(ListKind.OFAC_SDN, List.of(part("alt", "3"), part("Sdn", "1"), part("add", "2")));
        assertThat(new String(trio.get("sdn"), StandardCharsets.UTF_8)).isEqualTo("1");
        assertThat(new String(trio.get("add"), StandardCharsets.UTF_8)).isEqualTo("2");
    }

    @Test
    void checksumsAreTheSha256OfEachFile() {
        // FIPS 180-2 test vector: SHA-256("abc")
        ListFiles files = ListFiles.of(ListKind.OFAC_SDN, List.of(part("sdn", "abc"), part("alt", "")));
        assertThat(files.checksums()).containsExactly(
                new ListFiles.Checksum("sdn", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 3, false),
                new ListFiles.Checksum("alt", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0, false));
        ListFiles shipped = ListFiles.shipped(ListKind.OFAC_SDN, role -> role.getBytes(StandardCharsets.UTF_8));
        assertThat(shipped.checksums()).extracting(ListFiles.Checksum::role).containsExactly("sdn", "add", "alt");
        assertThat(shipped.checksums()).allSatisfy(c -> assertThat(c.shipped()).isTrue());
    }
}
