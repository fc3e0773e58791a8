package dossier.sanctions.lists;

import dossier.entity.v1.Entity;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnConsolidatedListParserTest {
    static ParsedList list;

    @BeforeAll
    static void parseShippedFile() throws Exception {
        try (InputStream in = UnConsolidatedListParserTest.class.getClassLoader().getResourceAsStream("lists/un_consolidated.xml")) {
            list = new UnConsolidatedListParser().parse(in);
        }
    }

    @Test
    void readsEveryIndividualAndEntityOfTheShippedList() {
        assertThat(list.records().stream().filter(r -> r.entity().getSchema() == Schema.PERSON)).hasSize(737);
        assertThat(list.records().stream().filter(r -> r.entity().getSchema() == Schema.ORGANIZATION)).hasSize(272);
        assertThat(list.records()).allSatisfy(r -> {
            assertThat(r.entity().getKey()).isEqualTo("un-sc:" + r.designation().reference());
            assertThat(r.entity().getCaption()).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
        });
    }

    /** Every string of a message and its nested messages. */
    private static java.util.stream.Stream<String> strings(com.google.protobuf.Message m) {
        return m.getAllFields().entrySet().stream().flatMap(e -> {
            java.util.List<?> values = e.getKey().isRepeated() ? (java.util.List<?>) e.getValue() : java.util.List.of(e.getValue());
            return values.stream().flatMap(v -> v instanceof String str ? java.util.stream.Stream.of(str)
                    : v instanceof com.google.protobuf.Message inner ? strings(inner) : java.util.stream.Stream.empty());
        });
    }

    @Test
    void valuesTheListBreaksOverLinesAreReadAsOneLine() {
        // the shipped file breaks designations, original-script names and comments over lines; entity-service
        // refuses control characters in single-line fields, so none may reach it
        assertThat(list.records()).allSatisfy(r -> assertThat(strings(r.entity()))
                .noneMatch(v -> v.chars().anyMatch(c -> c < 0x20)));
    }

    @Test
    void mapsADprkIndividualWithProgramDateCountryAndPosition() {
        ListRecord r = byRef("KPi.033");
        Entity e = r.entity();
        assertThat(e.getCaption()).isEqualTo("RI WON HO");
        assertThat(e.getBirthDatesList()).contains("1964-07-17");
        assertThat(e.getCountriesList()).contains("kp");
        assertThat(e.getPositionsList()).anySatisfy(p -> assertThat(p).contains("Ministry of State Security"));
        assertThat(r.designation().programs()).containsExactly("DPRK");
        assertThat(r.designation().listedOn()).isEqualTo("2016-11-30");
        assertThat(r.designation().listName()).isEqualTo(UnConsolidatedListParser.LIST_NAME);
    }

    @Test
    void lowQualityAliasesAreWeak() {
        long weak = list.records().stream().flatMap(r -> r.entity().getNamesList().stream())
                .filter(n -> n.getKind() == NameKind.WEAK_ALIAS).count();
        long strong = list.records().stream().flatMap(r -> r.entity().getNamesList().stream())
                .filter(n -> n.getKind() == NameKind.ALIAS).count();
        assertThat(weak).isGreaterThan(500);
        assertThat(strong).isGreaterThan(1000);
    }

    @Test
    void rejectsBillionLaughsWithoutExpandingIt() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                ]>
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol3;</FIRST_NAME>
                <REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """;
        assertThatThrownBy(() -> parse(bomb)).isInstanceOf(MalformedListException.class);
    }

    @Test
    void rejectsExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME>
                <REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """;
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(MalformedListException.class)
                .hasMessageNotContaining("root:");
    }

    @Test
    void rejectsTruncatedAndForeignDocuments() {
        assertThatThrownBy(() -> parse("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>"))
                .isInstanceOf(MalformedListException.class);
        assertThatThrownBy(() -> parse("<html><body/></html>"))
                .isInstanceOf(MalformedListException.class).hasMessageContaining("CONSOLIDATED_LIST");
    }

    private static ParsedList parse(String xml) {
        return new UnConsolidatedListParser().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ListRecord byRef(String ref) {
        return list.records().stream().filter(r -> r.designation().reference().equals(ref)).findFirst().orElseThrow();
    }
}
