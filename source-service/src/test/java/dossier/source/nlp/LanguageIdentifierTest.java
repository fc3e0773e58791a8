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
}
