package dossier.sanctions.lists;

import dossier.entity.v1.Entity;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfacLegacyCsvParserTest {
    static ParsedList list;

    @BeforeAll
    static void parseShippedFiles() throws Exception {
        list = new OfacLegacyCsvParser().parse(read("lists/ofac_sdn.csv"), read("lists/ofac_add.csv"), read("lists/ofac_alt.csv"));
    }

    static byte[] read(String res) throws Exception {
        try (InputStream in = OfacLegacyCsvParserTest.class.getClassLoader().getResourceAsStream(res)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsEveryRowOfTheShippedSdnFile() {
        assertThat(list.records()).hasSize(14_965);
        assertThat(list.records().stream().filter(r -> r.entity().getSchema() == Schema.PERSON)).hasSize(6_854);
        assertThat(list.records().stream().filter(r -> r.entity().getSchema() == Schema.VESSEL)).hasSize(851);
        assertThat(list.records().stream().filter(r -> r.entity().getSchema() == Schema.AIRCRAFT)).hasSize(376);
        assertThat(list.records().stream().filter(r -> r.entity().getSchema() == Schema.ORGANIZATION)).hasSize(6_884);
    }

    @Test
    void mapsTheDprkLeadersRow() {
        ListRecord r = byEnt("20157");
        Entity e = r.entity();
        assertThat(e.getKey()).isEqualTo("ofac-sdn:20157");
        assertThat(e.getCaption()).isEqualTo("KIM, Jong Un");
        assertThat(e.getSchema()).isEqualTo(Schema.PERSON);
        assertThat(e.getBirthDatesList()).containsExactly("1984-01-08");
        assertThat(e.getCountriesList()).containsExactly("kp");
        assertThat(e.getPositionsList()).containsExactly("Chairman of the Workers' Party of Korea");
        assertThat(r.designation().programs()).containsExactly("DPRK3");
        assertThat(r.designation().listName()).isEqualTo("OFAC SDN");
    }

    @Test
    void splitsProgramsAndReadsNationalityFromRemarks() {
        assertThat(list.records()).anySatisfy(r -> assertThat(r.designation().programs()).hasSizeGreaterThan(1));
        assertThat(list.records()).allSatisfy(r -> assertThat(r.designation().programs())
                .allSatisfy(p -> assertThat(p).doesNotContain("[").doesNotContain("]")));
        Entity putin = list.records().stream().map(ListRecord::entity)
                .filter(e -> e.getCaption().startsWith("PUTIN, Vladimir")).findFirst().orElseThrow();
        assertThat(putin.getCountriesList()).contains("ru");
        assertThat(putin.getBirthDatesList()).contains("1952-10-07");
    }

    @Test
    void aliasesCarryTheirKindAndDanglingKeysAreReported() {
        assertThat(list.records().stream().flatMap(r -> r.entity().getNamesList().stream())
                .filter(n -> n.getKind() == NameKind.PREVIOUS)).isNotEmpty();
        assertThat(list.records().stream().flatMap(r -> r.entity().getNamesList().stream())
                .filter(n -> n.getKind() == NameKind.ALIAS).count()).isGreaterThan(10_000);
        assertThat(list.warnings()).anySatisfy(w -> assertThat(w).contains("alias rows refer to ent_nums not in sdn.csv"));
        assertThat(list.records()).allSatisfy(r -> assertThat(r.entity().getNamesList())
                .noneMatch(n -> n.getValue().equals("-0-")));
    }

    @Test
    void toleratesMissingOptionalFilesAndRejectsGarbage() {
        ParsedList onlySdn = new OfacLegacyCsvParser().parse("1,\"A CO\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a"
                .getBytes(StandardCharsets.US_ASCII), null, null);
        assertThat(onlySdn.records()).hasSize(1);
        assertThat(onlySdn.records().get(0).entity().getSchema()).isEqualTo(Schema.ORGANIZATION);
        assertThatThrownBy(() -> new OfacLegacyCsvParser().parse("not,a\nlist".getBytes(StandardCharsets.US_ASCII), null, null))
                .isInstanceOf(MalformedListException.class);
        assertThatThrownBy(() -> new OfacLegacyCsvParser().parse(new byte[0], null, null))
                .isInstanceOf(MalformedListException.class);
    }

    @Test
    void countryNamesBecomeAlpha2() {
        assertThat(CountryCodes.toAlpha2("Korea, North")).contains("kp");
        assertThat(CountryCodes.toAlpha2("Democratic People’s Republic of Korea")).contains("kp");
        assertThat(CountryCodes.toAlpha2("Iran (Islamic Republic of)")).contains("ir");
        assertThat(CountryCodes.toAlpha2("Germany")).contains("de");
        assertThat(CountryCodes.toAlpha2("Atlantis")).isEmpty();
    }

    private static ListRecord byEnt(String ent) {
        return list.records().stream().filter(r -> r.designation().reference().equals(ent)).findFirst().orElseThrow();
    }
}
