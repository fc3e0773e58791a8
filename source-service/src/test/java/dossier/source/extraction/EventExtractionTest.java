package dossier.source.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.source.domain.Amount;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimType;
import dossier.source.domain.DateRange;
import dossier.source.domain.Modality;
import dossier.source.support.Fixtures;

/** Invented sentences, one or two per pattern family of the event files. */
class EventExtractionTest {

    private static List<Claim> claims(String body) {
        return Fixtures.run("Headline\n\n" + body, "Wire", "2024-02-20").claims();
    }

    private static Claim event(List<Claim> claims, String kind) {
        return claims.stream().filter(c -> c.eventKind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + claims));
    }

    private static boolean transferish(Claim c) {
        return List.of("transfer", "shipment", "procurement", "export").contains(c.eventKind());
    }

    @Test
    void aPassiveSentenceGivesItemDestinationCarrierOperatorAndAPartOfMonth() {
        Claim c = event(claims("The yachts were shipped to Nampo in early May 2019 aboard a freighter operated by Ocean Line."),
                "shipment");
        assertThat(c.type()).isEqualTo(ClaimType.TRANSFER);
        assertThat(c.value("item")).contains("yachts");
        assertThat(c.value("destination")).isEqualTo("Nampo");
        assertThat(c.value("carrier")).contains("freighter");
        assertThat(c.value("operator")).isEqualTo("Ocean Line");
        assertThat(c.timeInterval()).isEqualTo(new DateRange("2019-05-01", "2019-05-10", "part_of_month", "early May 2019"));
    }

    @Test
    void aStatementOfLawIsAProhibitionAndNeverATransfer() {
        List<Claim> cs = claims("The resolution bars all states from supplying the country with vehicles.");
        assertThat(cs).noneMatch(EventExtractionTest::transferish);
        assertThat(cs).noneMatch(c -> c.type() == ClaimType.TRANSFER || c.type() == ClaimType.ALLEGATION);
        Claim p = event(cs, "prohibition");
        assertThat(p.value("item")).isEqualTo("vehicles");
        assertThat(p.value("target")).contains("country");
    }

    @Test
    void aNumberedResolutionThatBarsOrRequiresIsLawNeverATransfer() {
        List<Claim> bars = claims("Security Council resolution 1718 bars all member states from supplying North Korea with luxury goods.");
        assertThat(bars).noneMatch(EventExtractionTest::transferish);
        assertThat(event(bars, "prohibition").value("item")).isEqualTo("luxury goods");
        assertThat(claims("Resolution 2397 prohibits North Korea from selling food and agricultural products abroad."))
                .noneMatch(EventExtractionTest::transferish);
        assertThat(claims("The United Nations requires member states to send North Korean workers home."))
                .noneMatch(EventExtractionTest::transferish);
    }

    @Test
    void aPassiveBanAnObligationAndAPluralLawAreProhibitionsWithTheirRoles() {
        Claim passive = event(claims("Heavy machinery is banned from sale to North Korea under resolution 2397."), "prohibition");
        assertThat(passive.value("item")).isEqualTo("Heavy machinery");
        assertThat(passive.value("target")).isEqualTo("North Korea");
        assertThat(passive.value("measure")).isEqualTo("resolution 2397");

        List<Claim> obliged = claims("The resolution requires all states to prevent the supply of luxury goods to North Korea.");
        assertThat(obliged).noneMatch(EventExtractionTest::transferish);
        Claim duty = event(obliged, "prohibition");
        assertThat(duty.value("item")).isEqualTo("luxury goods");
        assertThat(duty.value("target")).isEqualTo("North Korea");
        assertThat(duty.value("bound_party")).contains("states");

        List<Claim> plural = claims("The UN resolutions bar member states from supplying North Korea with luxury goods.");
        assertThat(plural).noneMatch(EventExtractionTest::transferish);
        assertThat(event(plural, "prohibition").value("item")).isEqualTo("luxury goods");

        assertThat(event(claims("The United Nations bans all arms trade with North Korea."), "prohibition").value("target"))
                .isEqualTo("North Korea");
        // an ordinary requirement is no law
        assertThat(claims("The deal requires payment in cash.")).noneMatch(c -> "prohibition".equals(c.eventKind()));
    }

    @Test
    void anActATimeOrAQuantifierFillsNoRole() {
        assertThat(claims("Seizing the ship sends a clear message to anyone who would break the sanctions."))
                .noneMatch(c -> c.value("giver").equals("Seizing"));
        List<Claim> sent = claims("Most of them were sent home by the end of that year.");
        assertThat(sent).noneMatch(c -> c.value("item").equalsIgnoreCase("Most") || c.value("giver").contains("end of that year"));
        // a personal pronoun stays: it is resolved to the goods or party named before
        assertThat(claims("The shells reached Russia in October. From there they were moved by train to a depot near Tikhoretsk."))
                .anyMatch(c -> c.value("carrier").equals("train"));
    }

    @Test
    void lastJulyIsTheLatestJulyBeforeTheReport() {
        String text = "Headline\n\nA dealer shipped 14 excavators to a trading company last July.";
        Claim september = event(Fixtures.run(text, "Wire", "2019-09-12").claims(), "shipment");
        assertThat(september.timeInterval()).isEqualTo(new DateRange("2019-07-01", "2019-07-31", "month", "last July"));
        Claim february = event(Fixtures.run(text, "Wire", "2020-02-20").claims(), "shipment");
        assertThat(february.timeInterval()).isEqualTo(new DateRange("2019-07-01", "2019-07-31", "month", "last July"));
    }

    @Test
    void aNegatedSaleIsADenialNeverATransfer() {
        List<Claim> cs = claims("The carmaker said it had not sold any cars to the country.");
        assertThat(cs).noneMatch(EventExtractionTest::transferish);
        Claim d = event(cs, "denial");
        assertThat(d.modality()).isEqualTo(Modality.DENIED);
        assertThat(d.value("item")).contains("cars");
    }

    @Test
    void aPronounThatReportsItsOwnDenialIsTheSpeakerNotTheNearerName() {
        Claim denial = event(claims("Volga Motors, which builds Taiga trucks, said it had not sold any vehicles to North Korea."),
                "denial");
        assertThat(denial.value("giver")).isEqualTo("Volga Motors");
    }

    @Test
    void aDeniedDeliveryNamesTheDenierAsSpeaker() {
        Claim d = event(claims("The ministry denied that the army had sent drones to Tartus."), "denial");
        assertThat(d.modality()).isEqualTo(Modality.DENIED);
        assertThat(d.value("speaker")).contains("ministry");
    }

    @Test
    void presentXWithYPutsTheRecipientInTheObject() {
        Claim c = event(claims("Ivanov presented Petrov with an armoured sedan."), "transfer");
        assertThat(c.value("giver")).isEqualTo("Ivanov");
        assertThat(c.value("recipient")).isEqualTo("Petrov");
        assertThat(c.value("item")).contains("armoured sedan");
    }

    @Test
    void reducedRelativesAndNominalEventsAreEvents() {
        Claim sold = event(claims("Officials seized excavators sold by Harbin Trading last year."), "transfer");
        assertThat(sold.value("item")).contains("excavators");
        assertThat(sold.value("giver")).isEqualTo("Harbin Trading");
        Claim gift = event(claims("The gift of a limousine to Kim surprised diplomats."), "transfer");
        assertThat(gift.value("item")).contains("limousine");
        assertThat(gift.value("recipient")).isEqualTo("Kim");
        Claim shipment = event(claims("A shipment of 40 generators reached the port."), "shipment");
        assertThat(shipment.argument("quantity").orElseThrow().amount().value()).isEqualTo(40.0);
    }

    @Test
    void aCarriedItemANamedVesselAndAReducedRelativeReadAsAClause() {
        Claim carried = event(claims("The crates were carried in March from the port of Chongjin to Vostochny."), "shipment");
        assertThat(carried.value("item")).contains("crates");
        assertThat(carried.value("destination")).isEqualTo("Vostochny");
        Claim docked = event(claims("Images showed the Lady Maria, a cargo ship, docked at the port of Nampo in May."), "shipment");
        assertThat(docked.value("carrier")).contains("Lady Maria");
        Claim flown = event(claims("The watches were flown to Pyongyang aboard aircraft of Air Koryo."), "shipment");
        assertThat(flown.value("operator")).isEqualTo("Air Koryo");
        List<Claim> clause = claims("Shells shipped from Chongjin are thought to include rockets.");
        assertThat(event(clause, "shipment").value("item")).isEqualTo("Shells");
        assertThat(clause).noneMatch(c -> c.value("giver").equals("Shells"));
    }

    @Test
    void betweenTwoDatesIsThePeriodFromTheFirstToTheSecond() {
        Claim c = event(claims("The crates were carried from Chongjin to Vostochny between March 3 and April 20, 2019."), "shipment");
        assertThat(c.timeInterval().start()).isEqualTo("2019-03-03");
        assertThat(c.timeInterval().end()).isEqualTo("2019-04-20");
        Claim years = event(claims("The front companies moved about $75 million between 2009 and 2015 through accounts in New York."),
                "financial");
        assertThat(years.timeInterval().start()).isEqualTo("2009-01-01");
        assertThat(years.timeInterval().end()).isEqualTo("2015-12-31");
    }

    @Test
    void aLawsTargetIsTheCountryNotTheVerbBeforeIt() {
        Claim law = event(claims("Security Council resolution 2094 prohibits all states from supplying Iran with arms and related materiel."),
                "prohibition");
        assertThat(law.value("target")).isEqualTo("Iran");
    }

    @Test
    void throughSomeoneIsAnIntermediaryThroughSomewhereARoute() {
        Claim broker = event(claims("The ministry bought the lathes through a broker in Macau."), "procurement");
        assertThat(broker.value("intermediary")).contains("broker");
        assertThat(broker.value("route")).isEmpty();
        Claim port = event(claims("The ministry bought the lathes through the port of Dalian."), "procurement");
        assertThat(port.value("route")).contains("port");
        assertThat(port.value("intermediary")).isEmpty();
    }

    @Test
    void aDeniedArmsDealIsADenialOfItsItemByTheDenier() {
        Claim denial = event(claims("The ministry denied any arms deals with Eritrea."), "denial");
        assertThat(denial.value("item")).isEqualTo("arms");
        assertThat(denial.value("speaker")).isEqualTo("The ministry");
        Claim coal = event(claims("Coal shipments from Nampo reached Lianyungang in May."), "shipment");
        assertThat(coal.value("item")).isEqualTo("Coal");
    }

    @Test
    void theTokenRulesTooGiveNoRoleToWhatCannotFillIt() {
        assertThat(claims("The survey did not provide evidence.")).noneMatch(c -> c.value("giver").contains("survey")
                || c.value("item").contains("evidence"));
        Claim hose = claims("The fuel was transferred by hose at night.").stream()
                .filter(c -> c.value("item").contains("fuel")).findFirst().orElseThrow();
        assertThat(hose.value("giver")).isEmpty();
    }

    @Test
    void hedgesAndAllegationsAreKept() {
        Claim may = event(claims("The firm may have sold the watches to a Pyongyang buyer."), "transfer");
        assertThat(may.modality()).isEqualTo(Modality.SPECULATIVE);
        Claim alleged = event(claims("The tanker allegedly delivered 600 tonnes of diesel to the Sea Star."), "transfer");
        assertThat(alleged.type()).isEqualTo(ClaimType.ALLEGATION);
        assertThat(alleged.modality()).isEqualTo(Modality.ALLEGED);
    }

    @Test
    void quantitiesMoneyAndCurrenciesAreRead() {
        Claim c = event(claims("A dealer shipped 12 excavators to a trading company in June 2023."), "shipment");
        assertThat(c.argument("quantity").orElseThrow().amount().value()).isEqualTo(12.0);
        assertThat(c.timeInterval()).isEqualTo(new DateRange("2023-06-01", "2023-06-30", "month", "June 2023"));
        Claim v = event(claims("The broker sold the watches to Kim for more than $300,000 each."), "transfer");
        Amount a = v.argument("value").orElseThrow().amount();
        assertThat(a).isEqualTo(new Amount(300000, "", "USD", "at_least", true));
        Claim yuan = event(claims("The broker sold the watches to Kim for 2 million yuan."), "transfer");
        assertThat(yuan.argument("value").orElseThrow().amount().currency()).isEqualTo("CNY");
    }

    @Test
    void thatAutumnIsTheNarrativesAutumnAndAReportWithoutADateIsOnlyAnUpperBound() {
        List<Claim> cs = claims("In March 2019 the envoy visited Moscow. The ministry delivered the trucks to Wonsan that autumn.");
        assertThat(event(cs, "transfer").timeInterval()).isEqualTo(new DateRange("2019-09-01", "2019-11-30", "season", "that autumn"));
        Claim undated = event(claims("The ministry delivered the trucks to Wonsan."), "transfer");
        assertThat(undated.timeInterval()).isEqualTo(new DateRange("", "2024-02-20", "upper_bound", "publication date"));
    }

    @Test
    void anEarlierDifferentShipmentInTheSameArticleIsItsOwnIncident() {
        List<Claim> seed = Fixtures.run(Fixtures.read(Fixtures.SEEDS.get(2)), "Outlet", "2024-02-21").claims();
        List<Claim> gifts = seed.stream().filter(c -> c.type() == ClaimType.TRANSFER && c.value("giver").contains("Putin")
                && c.value("recipient").contains("Kim")).toList();
        Claim maybachs = seed.stream().filter(c -> c.value("item").contains("Maybach")).findFirst().orElseThrow();
        assertThat(gifts).hasSizeGreaterThan(2);
        assertThat(gifts).extracting(Claim::incident).containsOnly(gifts.getFirst().incident());
        assertThat(maybachs.incident()).isNotBlank().isNotEqualTo(gifts.getFirst().incident());
        assertThat(maybachs.eventKind()).isEqualTo("shipment");
    }

    @Test
    void aPaymentNamesPayerPayeeIntermediaryAndItsAmountWithItsCurrency() {
        Claim c = event(claims("A shipping agent wired 1.4 million euros to a trading house in Macau through a bank in Vladivostok."),
                "financial");
        assertThat(c.value("giver")).isEqualTo("A shipping agent");
        assertThat(c.value("recipient")).contains("trading house");
        assertThat(c.value("intermediary")).contains("bank");
        assertThat(c.argument("value").orElseThrow().amount().currency()).isEqualTo("EUR");
        assertThat(c.argument("value").orElseThrow().amount().value()).isEqualTo(1_400_000d);
    }

    @Test
    void aTheftNamesTheThiefAsRecipientAndTheVictimAsGiverInTheVerbAndTheNoun() {
        Claim verb = event(claims("Hackers stole about $41 million from a cryptocurrency exchange in September 2023."), "financial");
        assertThat(verb.value("recipient")).isEqualTo("Hackers");
        assertThat(verb.value("giver")).contains("exchange");
        assertThat(verb.timeInterval().start()).isEqualTo("2023-09-01");
        Claim noun = event(claims("The $35 million heist from a wallet provider was attributed to a group of hackers."), "financial");
        assertThat(noun.value("value")).contains("35 million");
        assertThat(noun.value("giver")).contains("wallet provider");
        assertThat(noun.value("recipient")).contains("hackers");
    }

    @Test
    void launderedFundsAreFinancialAndTheServiceThroughWhichTheyWentIsTheIntermediary() {
        Claim c = event(claims("The proceeds were laundered through an online gambling site."), "financial");
        assertThat(c.value("value")).contains("proceeds");
        assertThat(c.value("intermediary")).contains("gambling site");
    }

    @Test
    void workersSentOrEmployedAbroadAreEmploymentWithTheirCountEmployerAndPlace() {
        Claim sent = event(claims("North Korea dispatched some 2,000 workers to Chinese garment factories in 2022."), "employment");
        assertThat(sent.value("worker")).contains("workers");
        assertThat(sent.value("destination")).contains("factories");
        assertThat(sent.value("quantity")).isEqualTo("2,000");
        Claim hired = event(claims("The labourers were hired by local builders in Khabarovsk through a state trading company."),
                "employment");
        assertThat(hired.value("employer")).contains("builders");
        assertThat(hired.value("place")).isEqualTo("Khabarovsk");
        assertThat(hired.value("intermediary")).contains("trading company");
    }

    @Test
    void whoeverIsSentToWorkIsAWorkerAndTheWorkSiteItsPlace() {
        Claim sent = event(claims("Most of them appear to have been sent to work on building sites despite the ban."), "employment");
        assertThat(sent.value("worker")).isEqualTo("Most of them");
        assertThat(sent.value("place")).isEqualTo("building sites");
        assertThat(sent.value("destination")).isEmpty(); // "to work" is no place
        Claim active = event(claims("The agency sent hundreds of North Koreans to work at logging camps."), "employment");
        assertThat(active.value("worker")).contains("North Koreans");
        assertThat(active.value("place")).contains("camps");
    }

    @Test
    void goodsOrderedByABuyerAreBoughtButAThingOrderedDoneIsNoPurchase() {
        Claim ordered = event(claims("The boats were ordered in the summer of 2009 by a Chinese trading company."), "procurement");
        assertThat(ordered.value("item")).isEqualTo("The boats");
        assertThat(ordered.value("recipient")).isEqualTo("a Chinese trading company");
        assertThat(claims("The tanker was ordered seized by a court in Busan.")).noneMatch(EventExtractionTest::transferish);
        assertThat(claims("The ship was ordered to leave by the port authority.")).noneMatch(EventExtractionTest::transferish);
    }

    @Test
    void anAmountOfMoneyIsNeverTheItem() {
        List<Claim> cs = claims("The boats, valued at €13 million ($19 million), were ordered in 2009 by a Chinese trading company.");
        assertThat(cs).filteredOn(EventExtractionTest::transferish)
                .allSatisfy(c -> assertThat(c.value("item")).doesNotContain("million"));
    }

    @Test
    void workersEmployedByACompanyReadAsAClauseAreStillWorkersWithTheirEmployer() {
        Claim hired = event(claims("Some 250 North Korean workers hired by the company would leave the country before the end of December."),
                "employment");
        assertThat(hired.value("worker")).contains("workers");
        assertThat(hired.value("employer")).isEqualTo("the company");
    }

    @Test
    void aLawThatForbidsBuyingOrSellingNamesItsGoodsItsOtherSideAndTheDateItWasAdopted() {
        Claim statues = event(claims("Security Council resolution 2321, adopted on Nov. 30, forbids all countries to buy statues from North Korea."),
                "prohibition");
        assertThat(statues.value("item")).isEqualTo("statues");
        assertThat(statues.value("target")).isEqualTo("North Korea");
        assertThat(statues.value("bound_party")).isEqualTo("all countries");
        assertThat(statues.argument("time").orElseThrow().interval().start()).endsWith("-11-30");
        assertThat(claims("The court forbade the company to leave the country.")).noneMatch(c -> "prohibition".equals(c.eventKind()));
        Claim embargo = event(claims("Eritrea has itself been under a UN arms embargo since 2009."), "prohibition");
        assertThat(embargo.value("target")).isEqualTo("Eritrea");
        assertThat(embargo.value("item")).isEqualTo("arms");
        assertThat(embargo.value("measure")).isEqualTo("UN");
    }

    @Test
    void goodsSeizedOnTheirWayOrFlownByPlanesAreLegsOfCarriage() {
        Claim seized = event(claims("A shipment of radio components was intercepted in July 2016 on its way from China to Eritrea."),
                "shipment");
        assertThat(seized.value("item")).contains("radio components");
        assertThat(seized.value("origin")).isEqualTo("China");
        assertThat(seized.value("destination")).isEqualTo("Eritrea");
        Claim flown = event(claims("Military transport planes began flying tangerines from Jeju to Pyongyang on Sunday."), "shipment");
        assertThat(flown.value("item")).isEqualTo("tangerines");
        assertThat(flown.value("carrier")).contains("planes");
        assertThat(flown.value("destination")).isEqualTo("Pyongyang");
        assertThat(flown.argument("time")).isPresent();
        assertThat(claims("The moving parts from Germany were replaced.")).noneMatch(EventExtractionTest::transferish);
        Claim carried = event(claims("The boxes were carried on C-130 transport planes."), "shipment");
        assertThat(carried.value("carrier")).contains("planes");
        Claim plane = event(claims("In December 2009, a cargo plane carrying 35 tonnes of weapons was seized in Bangkok."), "shipment");
        assertThat(plane.argument("time").orElseThrow().interval().start()).isEqualTo("2009-12-01");
    }

    @Test
    void aForwarderAndTheCompaniesUsedToTradeStandBetweenTheSidesAndGoodsAddressedToABuyerGoToIt() {
        List<Claim> flown = claims("The radios had been flown out of Beijing by a Chinese freight forwarder, Hengtai Logistics, "
                + "and were addressed to a buyer in Asmara.");
        assertThat(flown).filteredOn(EventExtractionTest::transferish).noneMatch(c -> c.value("giver").contains("Hengtai"));
        assertThat(flown).anyMatch(c -> c.value("intermediary").contains("Hengtai"));
        assertThat(flown).anyMatch(c -> c.value("recipient").equals("a buyer") && c.value("destination").equals("Asmara"));
        Claim bought = event(claims("Pan Systems used a network of companies in Malaysia to buy components for its radios."), "procurement");
        assertThat(bought.value("recipient")).isEqualTo("Pan Systems");
        assertThat(bought.value("intermediary")).contains("network of companies");
        Claim sold = event(claims("Ma used front companies to sell the oil to North Korea."), "transfer");
        assertThat(sold.value("giver")).isEqualTo("Ma");
        assertThat(sold.value("intermediary")).isEqualTo("front companies");
        assertThat(claims("The company used trucks to transport the coal to Sinuiju.")).filteredOn(EventExtractionTest::transferish)
                .noneMatch(c -> c.value("intermediary").contains("trucks"));
    }

    @Test
    void moneyThatPassedThroughAccountsOrWasHandledByFirmsNamesThemAsIntermediaries() {
        Claim passed = event(claims("Some $57 million passed through US bank accounts between 2009 and 2015."), "financial");
        assertThat(passed.value("intermediary")).contains("bank");
        Claim handled = event(claims("The money was handled by companies registered in Hong Kong."), "financial");
        assertThat(handled.value("intermediary")).contains("companies");
    }

    @Test
    void theOfficialWhoDeniesIsTheSpeaker() {
        Claim denial = claims("The official denied that the flights needed an exemption.").stream()
                .filter(c -> c.type() == ClaimType.DENIAL).findFirst().orElseThrow();
        assertThat(denial.value("speaker")).isEqualTo("The official");
    }

    @Test
    void goodsThatMayNotBeTradedAreTheRulesItemNeverADenial() {
        List<Claim> cs = claims("Resolution 2321 added statues to the goods that North Korea may not export.");
        assertThat(cs).noneMatch(c -> c.type() == ClaimType.DENIAL || transferish(c));
        Claim rule = event(cs, "prohibition");
        assertThat(rule.value("item")).isEqualTo("the goods");
        assertThat(rule.value("bound_party")).isEqualTo("North Korea");
        // a hedge ("may not have known") is no rule
        assertThat(claims("The dealer may not have sold the trucks to Nampo.")).noneMatch(c -> "prohibition".equals(c.eventKind()));
    }

    @Test
    void goodsFoundInACargoOrHiddenAboardAShipAreInCarriageAndAShipBoundForABuyerNamesItsConsignee() {
        Claim found = event(claims("More than 40 boxes of radio equipment were found in an air cargo consignment in August 2016."), "shipment");
        assertThat(found.value("item")).contains("radio equipment");
        assertThat(found.argument("time").orElseThrow().interval().start()).isEqualTo("2016-08-01");
        assertThat(claims("The investigators found that the company had lied.")).noneMatch(EventExtractionTest::transferish);
        Claim hidden = event(claims("In 2013, Panama found two MiG-21 fighter jets hidden under sugar aboard the Chong Chon Gang."),
                "shipment");
        assertThat(hidden.value("item")).contains("jets");
        assertThat(hidden.value("carrier")).isEqualTo("the Chong Chon Gang");
        Claim bound = event(claims("The coal was shipped from Nampo aboard the Wise Honest, which was operated by Korea Songi Shipping "
                + "Company, and was bound for a buyer in Indonesia."), "shipment");
        assertThat(bound.value("recipient")).isEqualTo("a buyer");
        assertThat(bound.value("destination")).isEqualTo("Indonesia");
    }

    @Test
    void moneyOrWorkersDoNotTurnAGoodsTransferIntoAnotherKindNorIsACarriedOutTheftAShipment() {
        List<Claim> cs = claims("The broker transferred 3,000 tonnes of diesel to a tanker off Nampo.");
        assertThat(cs).noneMatch(c -> c.eventKind().equals("financial") || c.eventKind().equals("employment"));
        assertThat(claims("The attack was carried out by a hacking group.")).noneMatch(c -> c.eventKind().equals("shipment"));
    }

    @Test
    void sinceAndByMakeAPeriodOpenOnOneSide() {
        Claim since = event(claims("North Korea has stolen more than $3 billion since 2017."), "financial");
        assertThat(since.timeInterval()).isEqualTo(new DateRange("2017-01-01", "2024-02-20", "year", "since 2017"));
        assertThat(since.timeInterval().openEnded()).isTrue();
    }

    @Test
    void anInterdictedVesselIsALegOfCarriageWithWhatItHadAboardAndWhereItWasGoing() {
        Claim seized = event(claims("The tanker was seized by South Korean customs in May 2020 with about 5,000 tonnes of diesel aboard."),
                "shipment");
        assertThat(seized.value("carrier")).isEqualTo("The tanker");
        assertThat(seized.value("item")).endsWith("diesel");
        assertThat(seized.value("quantity")).isEqualTo("5,000");
        assertThat(seized.timeInterval().start()).isEqualTo("2020-05-01");
        Claim stopped = event(claims("The vessel was stopped by the coast guard on its way from Nakhodka to Nampo."), "shipment");
        assertThat(stopped.value("origin")).isEqualTo("Nakhodka");
        assertThat(stopped.value("destination")).isEqualTo("Nampo");
        assertThat(claims("Police detained the director of a trading firm in Dandong.")).noneMatch(c -> c.eventKind().equals("shipment"));
    }

    @Test
    void theMakerOfTheItemAndTheOperatorOrOwnerOfTheCarrierAreParties() {
        Claim made = event(claims("The tractors, made by the Belarusian manufacturer Minsk Works, were shipped to Nampo in June."), "shipment");
        assertThat(made.value("manufacturer")).isEqualTo("Minsk Works");
        Claim owned = event(claims("The oil was shipped aboard the Sea Star, which was owned by a Hong Kong company, Ocean Pearl Ltd."),
                "shipment");
        assertThat(owned.value("carrier")).isEqualTo("the Sea Star");
        assertThat(owned.value("operator")).isEqualTo("Ocean Pearl Ltd");
    }

    @Test
    void whoArrangedOrBrokeredASaleStandsBetweenItsSides() {
        Claim arranged = event(claims("A Singapore trader, Lim Wei, arranged the sale of the generators to a ministry in Pyongyang."),
                "transfer");
        assertThat(arranged.value("intermediary")).isEqualTo("Lim Wei");
        assertThat(arranged.value("item")).isEqualTo("the generators");
        assertThat(arranged.value("recipient")).contains("ministry");
        Claim brokered = event(claims("The sale of the pianos was brokered by Ocean Star Trading."), "transfer");
        assertThat(brokered.value("intermediary")).isEqualTo("Ocean Star Trading");
        assertThat(brokered.value("giver")).isEmpty();
    }

    @Test
    void aShipmentBoundForAPlaceAndGoodsDestinedForSomeoneHaveTheirDestinationAndRecipient() {
        Claim bound = event(claims("A shipment of fertiliser bound for Nampo was stopped in Busan."), "shipment");
        assertThat(bound.value("item")).isEqualTo("fertiliser");
        assertThat(bound.value("destination")).isEqualTo("Nampo");
        Claim destined = event(claims("The pumps were destined for the Ryonha Machine Tool company."), "transfer");
        assertThat(destined.value("item")).isEqualTo("The pumps");
        assertThat(destined.value("recipient")).contains("Ryonha");
    }

    @Test
    void aCarrierRegisteredToACompanyHasItsOperator() {
        Claim c = event(claims("The freighter is registered to Blue Sea Shipping."), "shipment");
        assertThat(c.value("carrier")).isEqualTo("The freighter");
        assertThat(c.value("operator")).isEqualTo("Blue Sea Shipping");
    }

    @Test
    void notHavingKnownWhereGoodsWentIsADenialByTheOneWhoSaysSo() {
        List<Claim> cs = claims("Tanaka said he had not known that the excavators were intended for North Korea.");
        assertThat(cs).noneMatch(EventExtractionTest::transferish);
        Claim d = event(cs, "denial");
        assertThat(d.modality()).isEqualTo(Modality.DENIED);
        assertThat(d.value("speaker")).isEqualTo("Tanaka"); // "he" stands for the one who said it
        assertThat(d.value("recipient")).isEqualTo("North Korea");
    }

    @Test
    void anEventThatNamesNoOneIsKeptWhenItTellsAgainOfWhatTheArticleMoved() {
        String sold = "Ocean Star sold three yachts to a buyer in Pyongyang. ";
        assertThat(event(claims(sold + "The yachts were shipped in May."), "shipment").value("item")).isEqualTo("The yachts");
        assertThat(claims("The yachts were shipped in May.")).noneMatch(EventExtractionTest::transferish);
        assertThat(claims(sold + "Pianos were shipped in May.")).filteredOn(c -> c.eventKind().equals("shipment")).isEmpty();
        assertThat(claims("The tractors were made in Minsk. The delivery of the tractors was reported by customs."))
                .noneMatch(EventExtractionTest::transferish); // made is no event: nothing was moved before
    }

    @Test
    void aClaimsRolesComeInTheSameOrderOnEveryRun() {
        String text = "The yachts were shipped to Nampo in early May 2019 aboard a freighter operated by Ocean Line.";
        List<String> roles = event(claims(text), "shipment").arguments().stream().map(a -> a.role()).toList();
        assertThat(roles).containsSubsequence("item", "destination", "carrier", "operator");
    }

    @Test
    void aShipGoodsAreTransferredToCarriesThemOn() {
        Claim named = event(claims("In Busan the containers were transferred to the DN5505, a cargo ship flying the flag of Togo."),
                "transfer");
        assertThat(named.value("carrier")).isEqualTo("the DN5505");
        Claim tanker = event(claims("The oil was transferred to a tanker off the coast of China."), "transfer");
        assertThat(tanker.value("carrier")).isEqualTo("a tanker");
        Claim sold = event(claims("The company sold the tanker to a buyer in Dalian."), "transfer");
        assertThat(sold.value("recipient")).isEqualTo("a buyer");
        assertThat(sold.value("item")).isEqualTo("the tanker");
        assertThat(sold.value("carrier")).isEmpty();
    }

    @Test
    void goodsDeliveredByAShipOrTruckNameTheirCarrierNotAGiver() {
        Claim ship = event(claims("The coal was delivered to Nampo by a Panamanian freighter."), "transfer");
        assertThat(ship.value("carrier")).isEqualTo("a Panamanian freighter");
        assertThat(ship.value("giver")).isEmpty();
        Claim truck = event(claims("Ten tonnes of steel were sent to Pyongyang by truck."), "transfer");
        assertThat(truck.value("carrier")).isEqualTo("truck");
        assertThat(truck.value("giver")).isEmpty();
        assertThat(event(claims("The coal was sold to a buyer in Nampo by Ocean Star Trading."), "transfer").value("giver"))
                .isEqualTo("Ocean Star Trading");
    }

    @Test
    void aNegatedEventReportedInSpeechIsDeniedByWhoeverSaysIt() {
        Claim own = event(claims("Volga Motors, the Russian maker of the trucks, said it had not delivered any vehicles to North Korea."),
                "denial");
        assertThat(own.value("speaker")).isEqualTo("Volga Motors");
        List<Claim> none = claims("The ministry said no vehicles had been sent to the country.");
        assertThat(none).noneMatch(EventExtractionTest::transferish);
        Claim d = event(none, "denial");
        assertThat(d.modality()).isEqualTo(Modality.DENIED);
        assertThat(d.value("speaker")).isEqualTo("The ministry");
        assertThat(event(claims("The carmaker had not sold any cars to the country."), "denial").value("speaker")).isEmpty();
    }

    @Test
    void aLawAgainstBuyingFromACountryIsAboutThatCountryAndItsItemIsTheGoods() {
        Claim coal = event(claims("Security Council resolutions prohibit member states from buying coal from North Korea."), "prohibition");
        assertThat(coal.value("item")).isEqualTo("coal");
        assertThat(coal.value("target")).isEqualTo("North Korea");
        Claim arms = event(claims("Resolution 1718 bars all member states from procuring arms and related materiel from Eritrea."),
                "prohibition");
        assertThat(arms.value("item")).isEqualTo("arms and related materiel");
        assertThat(arms.value("target")).isEqualTo("Eritrea");
    }

    @Test
    void everyStatementOfLawInAnArticleIsKeptWithWhatItBars() {
        List<Claim> laws = claims("Any sale of aircraft to Eritrea is banned. Resolution 1907 prohibits all states from "
                + "supplying Eritrea with arms. Member states are also barred from providing training to Eritrea.")
                .stream().filter(c -> c.eventKind().equals("prohibition")).toList();
        assertThat(laws).hasSize(3);
        assertThat(laws.get(0).value("item")).isEqualTo("aircraft");
        assertThat(laws.get(0).value("target")).isEqualTo("Eritrea");
        assertThat(laws.get(1).value("measure")).isEqualTo("Resolution 1907");
        assertThat(laws.get(2).value("item")).isEqualTo("training");
        assertThat(laws).extracting(Claim::summary).doesNotHaveDuplicates().allMatch(s -> !s.startsWith("said"));
    }

    @Test
    void callingAnAccusationUntrueIsADenialOfIt() {
        Claim said = event(claims("A foreign ministry spokeswoman said the allegations were groundless."), "denial");
        assertThat(said.type()).isEqualTo(ClaimType.DENIAL);
        assertThat(said.value("speaker")).isEqualTo("A foreign ministry spokeswoman");
        assertThat(said.value("subject")).isEqualTo("the allegations");
        Claim dismissed = event(claims("The shipping company dismissed the reports as fabrications."), "denial");
        assertThat(dismissed.value("speaker")).isEqualTo("The shipping company");
        assertThat(dismissed.value("subject")).isEqualTo("the reports");
        assertThat(claims("The inspectors said the accusations were detailed.")).noneMatch(c -> c.eventKind().equals("denial"));
    }

    @Test
    void goodsOrderedFromASellerAreBoughtAndAShipyardIsTheirMaker() {
        Claim trucks = event(claims("A Macau firm ordered 40 trucks from a dealer in Harbin in March 2016."), "procurement");
        assertThat(trucks.value("recipient")).isEqualTo("A Macau firm");
        assertThat(trucks.value("giver")).isEqualTo("a dealer");
        assertThat(trucks.value("item")).isEqualTo("40 trucks");
        Claim boats = event(claims("The boats had been ordered from a shipyard in Genoa by a company in Singapore."), "procurement");
        assertThat(boats.value("manufacturer")).isEqualTo("a shipyard");
        assertThat(boats.value("giver")).isEmpty();
        assertThat(boats.value("recipient")).isEqualTo("a company");
        assertThat(claims("The judge ordered the tanker released.")).noneMatch(EventExtractionTest::transferish);
    }

    @Test
    void aPriceBesideTheGoodsIsTheValueNotPartOfTheItem() {
        Claim c = event(claims("The firm exported pianos worth $3 million to North Korea."), "export");
        assertThat(c.value("value")).isEqualTo("$3 million");
        assertThat(c.value("item")).doesNotContain("worth");
        Claim set = event(claims("The pianos, worth 2 million euros, had been ordered from a factory in Leipzig."), "procurement");
        assertThat(set.value("item")).isEqualTo("The pianos");
        assertThat(set.value("value")).contains("2 million euros");
    }

    @Test
    void wherePartiesAreAndWhatGoodsLeftNameOriginAndDestination() {
        Claim sold = event(claims("A dealer in Yanji sold the tractors to a buyer in Chongjin."), "transfer");
        assertThat(sold.value("origin")).isEqualTo("Yanji");
        assertThat(sold.value("destination")).isEqualTo("Chongjin");
        assertThat(sold.value("recipient")).isEqualTo("a buyer");
        Claim out = event(claims("The pianos were shipped out of Hamburg in May 2015."), "shipment");
        assertThat(out.value("origin")).isEqualTo("Hamburg");
    }

    @Test
    void anAmountOfMoneyTakenIsAnEventEvenWithoutAThiefAndFundsTracedSomewhereWentThere() {
        Claim taken = event(claims("About 9,000 bitcoin were taken in the attack."), "financial");
        assertThat(taken.value("value")).contains("9,000 bitcoin");
        assertThat(taken.argument("value").orElseThrow().amount().currency()).isEmpty(); // never read as dollars
        assertThat(claims("The funds were taken in the attack.")).noneMatch(c -> c.eventKind().equals("financial"));
        Claim traced = event(claims("Analysts traced part of the proceeds to wallets controlled by Andariel."), "financial");
        assertThat(traced.value("recipient")).isEqualTo("wallets");
        assertThat(claims("The coast guard traced the tanker to a port in Liaoning.")).noneMatch(c -> c.eventKind().equals("financial"));
    }

    @Test
    void goodsLoadedInPortsLeftFromThemAndHavingNoIdeaHowGoodsArrivedDeniesKnowingIt() {
        Claim coal = event(claims("Iron ore loaded in North Korean ports is often relabelled as Chinese."), "shipment");
        assertThat(coal.value("origin")).isEqualTo("North Korean ports");
        assertThat(coal.value("item")).isEqualTo("Iron ore");
        List<Claim> idea = claims("Volga Motors said it had no idea how the sedans had reached the country.");
        assertThat(idea).noneMatch(EventExtractionTest::transferish);
        assertThat(event(idea, "denial").value("speaker")).isEqualTo("Volga Motors");
    }

    @Test
    void whatADenyingVerbDeniesIsTheWholeClauseAfterThat() {
        List<Claim> found = claims("A trade official in Dalian denied that his company had sold any tractors to Nampo.");
        Claim denial = found.stream().filter(c -> c.type() == ClaimType.DENIAL).findFirst().orElseThrow();
        assertThat(denial.value("subject")).isEqualTo("his company had sold any tractors to Nampo");
        assertThat(denial.value("speaker")).isEqualTo("A trade official");
    }
}
