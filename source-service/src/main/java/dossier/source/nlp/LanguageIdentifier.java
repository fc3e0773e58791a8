package dossier.source.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text, by OpenNLP's language detector (opennlp-models-langdetect, 103
 * languages), as an ISO 639-1 code. English is assumed unless another language is clearly ahead:
 * a few words of English (a headline, a test sentence) are not evidence of anything else.
 */
public final class LanguageIdentifier {

    public static final String ENGLISH = "en";
    /** Enough text to tell a language apart; the detector costs in proportion to what it reads. */
    private static final int SAMPLE_CHARS = 2000;
    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            ISO3_TO_ISO1.put(Locale.of(code).getISO3Language(), code);
        }
    }

    private static volatile LanguageDetectorModel model;

    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < 40) {
            return ENGLISH;
        }
        Language[] ranked = new LanguageDetectorME(model()).predictLanguages(sample);
        double english = 0;
        for (Language l : ranked) {
            if (l.getLang().equals("eng")) {
                english = l.getConfidence();
            }
        }
        Language best = ranked[0];
        if (best.getLang().equals("eng") || best.getConfidence() < 2 * english) {
            return ENGLISH;
        }
        return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (LanguageIdentifier.class) {
                if (model == null) {
                    try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
                        if (in == null) {
                            throw new IllegalStateException("the OpenNLP language model langdetect-183.bin is not on the classpath");
                        }
                        model = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the OpenNLP language model", e);
                    }
                }
                m = model;
            }
        }
        return m;
    }
}
