package dossier.source.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dossier.source.support.Fixtures;

class LanguageIdentifierTest {

    private final LanguageIdentifier languages = new LanguageIdentifier();

    @Test
    void englishArticlesAreEnglish() {
        for (String seed : Fixtures.SEEDS) {
            assertThat(languages.identify(Fixtures.read(seed))).isEqualTo("en");
        }
        assertThat(languages.identify("Putin gave Kim a car.")).as("too short to say otherwise").isEqualTo("en");
    }

    @Test
    void germanAndRussianAreRecognised() {
        assertThat(languages.identify("Der russische Präsident hat dem nordkoreanischen Machthaber eine Luxuslimousine geschenkt. "
                + "Die Vereinten Nationen verbieten die Lieferung von Luxusgütern nach Nordkorea, sagte ein Sprecher am Dienstag."))
                .isEqualTo("de");
        assertThat(languages.identify("Президент России подарил лидеру Северной Кореи автомобиль представительского класса. "
                + "Санкции ООН запрещают поставки предметов роскоши в КНДР, заявил представитель министерства во вторник."))
                .isEqualTo("ru");
    }

    @Test
    void frenchByItsFunctionWordsAndKoreanByItsScript() {
        assertThat(languages.identify("Le président russe a offert une limousine au dirigeant nord-coréen, selon les médias. "
                + "Les sanctions des Nations unies interdisent la livraison de produits de luxe à la Corée du Nord."))
                .isEqualTo("fr");
        assertThat(languages.identify("러시아 대통령이 북한 지도자에게 고급 승용차를 선물했다고 국영 언론이 보도했다. "
                + "유엔 제재는 북한에 사치품을 공급하는 것을 금지하고 있다고 대변인이 말했다."))
                .isEqualTo("ko");
    }
}
