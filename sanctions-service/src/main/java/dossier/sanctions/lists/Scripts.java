package dossier.sanctions.lists;

import java.lang.Character.UnicodeScript;

/** ISO 15924 code of the dominant script of a name (entity-service keeps it on each name). */
final class Scripts {
    private Scripts() {
    }

    static String of(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript sc = UnicodeScript.of(cp);
            return switch (sc) {
                case LATIN -> "Latn";
                case CYRILLIC -> "Cyrl";
                case ARABIC -> "Arab";
                case HANGUL -> "Hang";
                case HAN -> "Hani";
                case HIRAGANA, KATAKANA -> "Jpan";
                case GREEK -> "Grek";
                case HEBREW -> "Hebr";
                default -> "Zyyy";
            };
        }
        return "Zyyy";
    }
}
