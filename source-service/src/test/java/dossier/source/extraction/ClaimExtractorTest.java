package dossier.source.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dossier.source.domain.Claim;
import dossier.source.domain.ClaimType;
import dossier.source.domain.Modality;
import dossier.source.support.Fixtures;

class ClaimExtractorTest {

    private static List<Claim> claims(String resource, String outlet) {
        return Fixtures.run(Fixtures.read(resource), outlet, "2024-02-20").claims();
    }

    private static List<Claim> allSeedClaims() {
        return Fixtures.SEEDS.stream().flatMap(s -> claims(s, "Outlet").stream()).toList();
    }

    @Test
    void seedsYieldEveryClaimType() {
        Set<ClaimType> types = allSeedClaims().stream().map(Claim::type).collect(Collectors.toSet());
        assertThat(types).containsAll(EnumSet.allOf(ClaimType.class));
    }

    @Test
    void everySpanQuotesTheTextExactly() {
        for (String seed : Fixtures.SEEDS) {
            String text = Fixtures.read(seed);
            for (Claim c : claims(seed, "Outlet")) {
                assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.span().text());
                assertThat(text.substring(Math.max(0, c.span().start() - c.span().prefix().length()), c.span().start()))
                        .isEqualTo(c.span().prefix());
                c.arguments().stream().filter(a -> a.span() != null).forEach(a ->
                        assertThat(text.substring(a.span().start(), a.span().end())).isEqualTo(a.span().text()));
                assertThat(c.summary()).isNotBlank();
                assertThat(c.time()).isNotBlank();
            }
        }
    }

    @Test
    void transferNamesGiverRecipientAndItemWithEntities() {
        Claim t = claims(Fixtures.SEEDS.get(0), "Outlet").stream().filter(c -> c.type() == ClaimType.TRANSFER)
                .findFirst().orElseThrow();
        assertThat(t.argument("giver").orElseThrow().entityId()).isEqualTo("e-putin");
        assertThat(t.argument("recipient").orElseThrow().entityId()).isEqualTo("e-kim");
        assertThat(t.value("item")).contains("car");
        assertThat(t.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(t.attribution()).hasSize(1);
        assertThat(t.attribution().get(0).name()).isEqualTo("Outlet");
    }

    @Test
    void participleReferringToTheGiftInheritsTheTransferAndAddsDelivery() {
        Claim delivered = claims(Fixtures.SEEDS.get(1), "Outlet").stream()
                .filter(c -> c.type() == ClaimType.TRANSFER && c.argument("delivered_to").isPresent()).findFirst().orElseThrow();
        assertThat(delivered.argument("giver").orElseThrow().entityId()).isEqualTo("e-putin");
        assertThat(delivered.value("delivered_to")).isEqualTo("North Korea");
        assertThat(delivered.value("carrier")).contains("delegation");
    }

    @Test
    void hedgedCharacterizationIsSpeculativeAndNormalised() {
        Claim ch = claims(Fixtures.SEEDS.get(0), "Outlet").stream().filter(c -> c.type() == ClaimType.CHARACTERIZATION)
                .findFirst().orElseThrow();
        assertThat(ch.modality()).isEqualTo(Modality.SPECULATIVE);
        assertThat(ch.hedges()).contains("may");
        assertThat(ch.argument("characterization").orElseThrow().normalized()).isEqualTo("inadvertent");
        assertThat(ch.argument("conduct").orElseThrow().normalized()).isEqualTo("transfer:e-putin>e-kim");
        assertThat(ch.value("measure")).contains("resolution");
    }

    @Test
    void suspicionOfSupplyIsAnAllegation() {
        Claim a = claims(Fixtures.SEEDS.get(0), "Outlet").stream().filter(c -> c.type() == ClaimType.ALLEGATION)
                .findFirst().orElseThrow();
        assertThat(a.modality()).isEqualTo(Modality.ALLEGED);
        assertThat(a.argument("giver").orElseThrow().entityId()).isEqualTo("e-kp");
        assertThat(a.argument("recipient").orElseThrow().entityId()).isEqualTo("e-ru");
        assertThat(a.value("item")).contains("missiles");
    }

    @Test
    void quoteKeepsWordsInsideQuotationMarksAndNestedAttribution() {
        Claim q = claims(Fixtures.SEEDS.get(2), "Outlet").stream().filter(c -> c.type() == ClaimType.QUOTE)
                .findFirst().orElseThrow();
        assertThat(q.argument("speaker").orElseThrow().entityId()).isEqualTo("e-peskov");
        assertThat(q.value("content")).startsWith("liked the car");
        assertThat(q.modality()).isEqualTo(Modality.REPORTED);
        // outlet first, then the agency it cites, then the spokesman the agency quotes
        assertThat(q.attribution().stream().map(a -> a.name()).toList())
                .containsExactly("Outlet", "Russia\u2019s state-run Tass news agency", "Peskov");
    }

    @Test
    void denialIsDenied() {
        Claim d = claims(Fixtures.SEEDS.get(0), "Outlet").stream().filter(c -> c.type() == ClaimType.DENIAL)
                .findFirst().orElseThrow();
        assertThat(d.modality()).isEqualTo(Modality.DENIED);
        assertThat(d.value("subject")).contains("sanctions");
    }

    @Test
    void attributesFindModelAndPrice() {
        List<Claim> attrs = allSeedClaims().stream().filter(c -> c.type() == ClaimType.ATTRIBUTE).toList();
        assertThat(attrs).anyMatch(c -> c.value("attribute").equals("model") && c.value("value").contains("Aurus"));
        assertThat(attrs).anyMatch(c -> c.value("attribute").equals("price")
                && c.argument("value").orElseThrow().normalized().equals("194500 USD"));
    }

    @Test
    void headlinesBylinesAndCreditsCarryNoClaims() {
        String text = Fixtures.read(Fixtures.SEEDS.get(2));
        int firstBodyLine = text.indexOf("Vladimir Putin gave");
        for (Claim c : claims(Fixtures.SEEDS.get(2), "Outlet")) {
            assertThat(c.span().start()).isGreaterThanOrEqualTo(firstBodyLine);
            assertThat(c.span().text()).doesNotStartWith("Photo:").doesNotStartWith("Image for article");
        }
    }

    @Test
    void shipToShipTransferReport() {
        List<Claim> claims = claims("articles/tanker-1.txt", "Harbour Times");
        Claim t = claims.stream().filter(c -> c.type() == ClaimType.TRANSFER).findFirst().orElseThrow();
        assertThat(t.argument("giver").orElseThrow().entityId()).isEqualTo("e-tanker");
        assertThat(t.argument("recipient").orElseThrow().entityId()).isEqualTo("e-chonmasan");
        assertThat(t.value("item")).isEqualTo("600 tonnes of diesel");
        assertThat(t.value("quantity")).isEqualTo("600");
        assertThat(t.modality()).isEqualTo(Modality.REPORTED);
        assertThat(t.attribution().get(1).name()).isEqualTo("the South Korean coast guard");
        assertThat(claims).anyMatch(c -> c.type() == ClaimType.TRANSFER && c.value("carrier").contains("feeder boat")
                && "e-tanker".equals(c.argument("giver").orElseThrow().entityId()));
        assertThat(claims).anyMatch(c -> c.type() == ClaimType.ATTRIBUTE && c.value("attribute").equals("price")
                && c.argument("value").orElseThrow().normalized().equals("400000 USD") && c.modality() == Modality.REPORTED);
        assertThat(claims).anyMatch(c -> c.type() == ClaimType.DENIAL && c.value("speaker").contains("Sea Lark"));
        assertThat(claims).anyMatch(c -> c.type() == ClaimType.CHARACTERIZATION
                && c.argument("characterization").orElseThrow().normalized().equals("flagrant")
                && c.argument("conduct").orElseThrow().normalized().equals("transfer:e-tanker>e-chonmasan"));
    }

    @Test
    void aDateInARelativeClauseDoesNotDateTheTransfer() {
        Claim relative = Fixtures.run("Headline\n\nPutin gave Kim Jong Un the same limousine that he used at his inauguration in 2018.\n",
                "Outlet", "2024-02-20").claims().stream().filter(c -> c.type() == ClaimType.TRANSFER).findFirst().orElseThrow();
        assertThat(relative.time()).isEqualTo("2024-02-20");
        Claim dated = Fixtures.run("Headline\n\nPutin gave Kim Jong Un a limousine in 2019.\n", "Outlet", "2024-02-20").claims().stream()
                .filter(c -> c.type() == ClaimType.TRANSFER).findFirst().orElseThrow();
        assertThat(dated.time()).isEqualTo("2019");
    }

    @Test
    void theSubjectBeforeAnAppositionIsTheSpeaker() {
        Claim statement = Fixtures.run("Headline\n\nKim Yo Jong, the leader's sister and a senior official, expressed gratitude for the gift.\n",
                "Outlet", "2024-02-20").claims().stream().filter(c -> c.type() == ClaimType.STATEMENT).findFirst().orElseThrow();
        assertThat(statement.argument("speaker").orElseThrow().entityId()).isEqualTo("e-kimyj");
        assertThat(statement.value("content")).contains("gratitude");
    }

    @Test
    void relativeDatesResolveAgainstThePublishedDateAndUndatedClaimsTakeIt() {
        // 2025-03-05 is a Wednesday
        List<Claim> claims = Fixtures.run("Headline\n\nThe tanker Sea Lark transferred diesel to the Chon Ma San on Tuesday.\n\n"
                + "The owner of the Sea Lark denied the transfer last week.\n\nThe Sea Lark gave the Chon Ma San 600 tonnes of fuel.\n",
                "Outlet", "2025-03-05").claims();
        assertThat(claims).anyMatch(c -> c.type() == ClaimType.TRANSFER && c.time().equals("2025-03-04"));
        assertThat(claims).anyMatch(c -> c.type() == ClaimType.DENIAL && c.time().equals("2025-W09"));
        assertThat(claims).anyMatch(c -> c.type() == ClaimType.TRANSFER && c.value("item").contains("600 tonnes")
                && c.time().equals("2025-03-05"));
    }

    @Test
    void aNameAfterAnItemNameIsNotGluedToIt() {
        // the model name is used alone after the document has used it at the end of a longer name
        List<Claim> claims = Fixtures.run("Headline\n\nPutin gave Kim Jong Un an Aurus Senat limousine.\n\n"
                + "Analysts say the Senat Putin gifted Kim Jong Un is cheap.\n", "Outlet", "2024-02-20").claims();
        assertThat(claims).noneMatch(c -> c.arguments().stream()
                .anyMatch(a -> !a.role().equals("content") && a.value().contains("Senat Putin")));
        assertThat(claims).anyMatch(c -> c.type() == ClaimType.TRANSFER && c.value("item").contains("Senat")
                && "e-putin".equals(c.argument("giver").orElseThrow().entityId()));
    }
}
