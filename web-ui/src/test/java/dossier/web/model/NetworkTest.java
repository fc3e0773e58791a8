package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.v1.Role;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.IncidentParty;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.support.model.EventModel;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static final EventModel MODEL = EventModel.standard();
    private static final String GIVER = EventModel.wire(Role.ROLE_GIVER);
    private static final String RECIPIENT = EventModel.wire(Role.ROLE_RECIPIENT);
    private static final String SPEAKER = EventModel.wire(Role.ROLE_SPEAKER);
    private static final String CARRIER = EventModel.wire(Role.ROLE_CARRIER);
    private static final String MANUFACTURER = EventModel.wire(Role.ROLE_MANUFACTURER);

    private static CaseFile file() {
        return CaseFile.newBuilder()
                .addParties(Party.newBuilder().setEntityId("putin").setName("Vladimir Putin").setSchema("PERSON")
                        .addRoles(GIVER).addClaimIds("c1")
                        .addHits(ScreeningHit.newBuilder().setList("OFAC SDN").setProgram("RUSSIA-EO14024").setPassesThreshold(true)))
                .addParties(Party.newBuilder().setEntityId("kim").setName("Kim Jong Un").setSchema("PERSON").addRoles(RECIPIENT))
                .addParties(Party.newBuilder().setEntityId("ru").setName("Russia").setSchema("COUNTRY").addRoles("giver_state"))
                .addParties(Party.newBuilder().setEntityId("peskov").setName("Dmitry Peskov").setSchema("PERSON")
                        .addRoles(SPEAKER).addClaimIds("c1"))
                .addParties(Party.newBuilder().setEntityId("bbc").setName("BBC").setSchema("ORGANIZATION").addRoles("cited"))
                .addClaims(Claim.newBuilder().setId("c1").setSourceId("s1")
                        .addArguments(ClaimArgument.newBuilder().setRole(CARRIER).setValue("Lady Maria"))
                        .addArguments(ClaimArgument.newBuilder().setRole(MANUFACTURER).setValue("Aurus Motors")))
                .addIncidents(Incident.newBuilder().setId("i1").setItem("Aurus Senat").addClaimIds("c1")
                        .addParties(IncidentParty.newBuilder().setRole(GIVER).setEntityId("putin").setName("Vladimir Putin"))
                        .addParties(IncidentParty.newBuilder().setRole(RECIPIENT).setEntityId("kim").setName("Kim Jong Un"))
                        .addParties(IncidentParty.newBuilder().setRole("alleged_giver_state").setEntityId("ru").setName("Russia")))
                .build();
    }

    @Test
    void giverItemAndRecipientRunLeftToRightWithTheModelsRoleLabels() {
        Network n = Network.of(file(), MODEL);
        Network.Node putin = node(n, "party-putin");
        Network.Node item = node(n, "item-aurus-senat");
        Network.Node kim = node(n, "party-kim");
        assertThat(putin.x()).isLessThan(item.x());
        assertThat(item.x()).isLessThan(kim.x());
        assertThat(item.kind()).isEqualTo(Network.Kind.ITEM);
        String giverLabel = MODEL.requireRole(GIVER).label();
        assertThat(n.edges()).contains(new Network.Edge("party-putin", "item-aurus-senat", giverLabel),
                new Network.Edge("item-aurus-senat", "party-kim", MODEL.requireRole(RECIPIENT).label()));
    }

    @Test
    void qualifiedRolesTakeTheSideOfTheDeclaredRoleTheyName() {
        assertThat(Network.baseRole("alleged_giver_state", MODEL)).contains(Role.ROLE_GIVER);
        assertThat(Network.baseRole("delivered_to", MODEL)).contains(Role.ROLE_DELIVERED_TO);
        assertThat(Network.baseRole("cited", MODEL)).isEmpty();
        Network n = Network.of(file(), MODEL);
        Network.Node russia = node(n, "party-ru");
        assertThat(russia.kind()).isEqualTo(Network.Kind.STATE);
        assertThat(russia.x()).isEqualTo(node(n, "party-putin").x());
        assertThat(n.edges()).contains(new Network.Edge("party-ru", "item-aurus-senat", "Alleged giver state"));
    }

    @Test
    void carriersAndMakersStandBelowTheItemAndSpeakersAbove() {
        Network n = Network.of(file(), MODEL);
        Network.Node item = node(n, "item-aurus-senat");
        Network.Node ship = node(n, "thing-lady-maria");
        Network.Node maker = node(n, "thing-aurus-motors");
        Network.Node peskov = node(n, "party-peskov");
        assertThat(ship.y()).isGreaterThan(item.y());
        assertThat(maker.y()).isGreaterThan(item.y());
        assertThat(peskov.y()).isLessThan(item.y());
        assertThat(n.edges()).contains(
                new Network.Edge("item-aurus-senat", "thing-lady-maria", MODEL.requireRole(CARRIER).label()),
                new Network.Edge("thing-aurus-motors", "item-aurus-senat", MODEL.requireRole(MANUFACTURER).label()),
                new Network.Edge("party-peskov", "item-aurus-senat", MODEL.requireRole(SPEAKER).label()));
    }

    @Test
    void listedPartiesCarryTheirListsAndLinkToTheirHitsUnplacedOnesWaitAtTheBottom() {
        Network n = Network.of(file(), MODEL);
        Network.Node putin = node(n, "party-putin");
        assertThat(putin.listed()).isTrue();
        assertThat(putin.listings()).containsExactly("OFAC SDN · RUSSIA-EO14024");
        assertThat(putin.target()).isEqualTo(Target.party("putin"));
        assertThat(putin.claimIds()).containsExactly("c1");
        Network.Node bbc = node(n, "party-bbc");
        assertThat(bbc.listed()).isFalse();
        assertThat(bbc.kind()).isEqualTo(Network.Kind.ORGANISATION);
        assertThat(n.nodes()).allSatisfy(other -> assertThat(bbc.y()).isGreaterThanOrEqualTo(other.y()));
        assertThat(n.height()).isGreaterThan(bbc.y());
    }

    @Test
    void aCarrierTheIncidentsDoNotNameStillPointsFromTheItem() {
        CaseFile f = file().toBuilder().addParties(Party.newBuilder().setEntityId("ship").setName("Lady Maria")
                .setSchema("VESSEL").addRoles(CARRIER)).build();
        Network n = Network.of(f, MODEL);
        Network.Node ship = node(n, "party-ship");
        assertThat(ship.kind()).isEqualTo(Network.Kind.ITEM);
        assertThat(ship.y()).isGreaterThan(node(n, "item-aurus-senat").y());
        assertThat(n.edges()).contains(new Network.Edge("item-aurus-senat", "party-ship", MODEL.requireRole(CARRIER).label()));
    }

    private static Network.Node node(Network n, String id) {
        return n.nodes().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }
}
