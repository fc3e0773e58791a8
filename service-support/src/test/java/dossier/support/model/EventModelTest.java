package dossier.support.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventModelTest {

    private static final EventModel MODEL = EventModel.standard();

    /** The wire names of one enum of event_model.proto (prefix stripped), without its UNSPECIFIED value. */
    private static Set<String> protoEnum(String name) throws IOException {
        try (InputStream in = EventModelTest.class.getClassLoader().getResourceAsStream("dossier/model/v1/event_model.proto")) {
            String proto = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher body = Pattern.compile("enum " + name + " \\{(.*?)\\n}", Pattern.DOTALL).matcher(proto);
            assertThat(body.find()).as("enum %s in event_model.proto", name).isTrue();
            Set<String> out = new LinkedHashSet<>();
            String prefix = EventModel.upperSnake(name) + "_";
            Matcher value = Pattern.compile("^\\s+([A-Z_]+) = \\d+;", Pattern.MULTILINE).matcher(body.group(1));
            while (value.find()) {
                if (!value.group(1).endsWith("_UNSPECIFIED")) {
                    assertThat(value.group(1)).as("%s value carries its prefix", name).startsWith(prefix);
                    out.add(value.group(1).substring(prefix.length()).toLowerCase(Locale.ROOT));
                }
            }
            return out;
        }
    }

    @Test
    void theSchemaDeclaresExactlyTheRolesKindsAndElementsOfTheProtoEnums() throws IOException {
        assertThat(MODEL.roles().keySet()).containsExactlyInAnyOrderElementsOf(protoEnum("Role"));
        assertThat(MODEL.kinds().keySet()).containsExactlyInAnyOrderElementsOf(protoEnum("EventKind"));
        assertThat(MODEL.elements().keySet()).containsExactlyInAnyOrderElementsOf(protoEnum("Element"));
    }

    @Test
    void theModalitiesAreThoseOfTheSourceContract() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dossier/source/v1/source.proto")) {
            String proto = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher body = Pattern.compile("enum Modality \\{(.*?)\\n}", Pattern.DOTALL).matcher(proto);
            assertThat(body.find()).isTrue();
            for (String m : MODEL.modalities().keySet()) {
                assertThat(body.group(1)).contains(" " + m.toUpperCase(Locale.ROOT) + " = ");
            }
        }
    }

    @Test
    void theTransferFamilyHasBothSidesAndTheItemSideParties() {
        for (String kind : List.of("transfer", "shipment", "export")) {
            EventModel.KindDef k = MODEL.requireKind(kind);
            assertThat(k.transfer()).isTrue();
            assertThat(k.roles()).contains("giver", "recipient", "item", "manufacturer");
        }
        assertThat(MODEL.requireKind("prohibition").transfer()).isFalse();
        assertThat(MODEL.requireKind("denial").transfer()).isFalse();
    }

    @Test
    void partiesThatAreScreenedIncludeTheCarrierSide() {
        assertThat(MODEL.isParty("operator")).isTrue();
        assertThat(MODEL.isParty("manufacturer")).isTrue();
        assertThat(MODEL.isParty("carrier")).isTrue();
        assertThat(MODEL.isParty("item")).isFalse();
        assertThat(MODEL.isParty("nonsense")).isFalse();
    }

    @Test
    void requirementsAreAlternatives() {
        EventModel.KindDef transfer = MODEL.requireKind("transfer");
        assertThat(transfer.satisfiedBy(Set.of("item"))).isTrue();
        assertThat(transfer.satisfiedBy(Set.of("giver", "recipient"))).isTrue();
        assertThat(transfer.satisfiedBy(Set.of("giver", "time"))).isFalse();
    }

    enum Role { ROLE_UNSPECIFIED, ROLE_DELIVERED_TO }

    enum EventKind { EVENT_KIND_SHIPMENT }

    @Test
    void wireNamesAreEnumNamesWithoutTheirPrefix() {
        assertThat(EventModel.wire(Role.ROLE_DELIVERED_TO)).isEqualTo("delivered_to");
        assertThat(EventModel.wire(EventKind.EVENT_KIND_SHIPMENT)).isEqualTo("shipment");
        assertThat(MODEL.requireRole(EventModel.wire(Role.ROLE_DELIVERED_TO)).label()).isEqualTo("Delivered to");
    }

    @Test
    void anUndeclaredRoleIsRefusedByName() {
        assertThatThrownBy(() -> MODEL.requireRole("gifter")).hasMessageContaining("'gifter' is not a role");
        String bad = "roles:\n  giver: {type: party}\nkinds:\n  transfer: {roles: [giver, gifter]}\n";
        assertThatThrownBy(() -> EventModel.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("undeclared role 'gifter'");
    }
}
