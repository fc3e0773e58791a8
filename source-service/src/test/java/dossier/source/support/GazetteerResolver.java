package dossier.source.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dossier.source.domain.MentionCandidate;
import dossier.source.domain.MentionRef;
import dossier.source.domain.TextSpan;

/**
 * Test stand-in for entity-service: a small gazetteer of the seed case's parties (test fixtures may
 * name them; production code may not). Unknown spans become "new:" entities, as with create_unknown.
 */
public final class GazetteerResolver {

    private record Entry(String id, String caption, String schema, String country) {
    }

    private final Map<String, Entry> keys = new LinkedHashMap<>();

    public GazetteerResolver() {
        Entry putin = new Entry("e-putin", "Vladimir Putin", "PERSON", "ru");
        Entry kim = new Entry("e-kim", "Kim Jong Un", "PERSON", "kp");
        Entry kimyj = new Entry("e-kimyj", "Kim Yo Jong", "PERSON", "kp");
        Entry kp = new Entry("e-kp", "North Korea", "COUNTRY", "kp");
        Entry ru = new Entry("e-ru", "Russia", "COUNTRY", "ru");
        Entry peskov = new Entry("e-peskov", "Dmitry Peskov", "PERSON", "ru");
        Entry tass = new Entry("e-tass", "TASS", "ORGANIZATION", "ru");
        Entry ap = new Entry("e-ap", "Associated Press", "ORGANIZATION", "us");
        Entry nl = new Entry("e-nl", "Netherlands", "COUNTRY", "nl");
        Entry tanker = new Entry("e-tanker", "Sea Lark", "VESSEL", "");
        // longest keys first, so "Kim Yo Jong" is not taken for "Kim"
        keys.put("kim yo jong", kimyj);
        keys.put("north korean leader", kim);
        keys.put("north korean dictator", kim);
        keys.put("kim jong un", kim);
        keys.put("putin", putin);
        keys.put("peskov", peskov);
        keys.put("north korea", kp);
        keys.put("dprk", kp);
        keys.put("pyongyang", kp);
        keys.put("kim", kim);
        keys.put("russia", ru);
        keys.put("moscow", ru);
        keys.put("kremlin", ru);
        keys.put("tass", tass);
        keys.put("associated press", ap);
        keys.put("netherlands", nl);
        keys.put("sea lark", tanker);
        keys.put("chon ma san", new Entry("e-chonmasan", "Chon Ma San", "VESSEL", "kp"));
    }

    public List<MentionRef> resolve(String text, List<MentionCandidate> candidates) {
        List<MentionRef> out = new ArrayList<>();
        for (MentionCandidate c : candidates) {
            String lower = c.text().toLowerCase(Locale.ROOT);
            Entry hit = null;
            for (var e : keys.entrySet()) {
                if (lower.contains(e.getKey())) {
                    hit = e.getValue();
                    break;
                }
            }
            TextSpan span = TextSpan.of(text, c.start(), c.end());
            if (hit != null) {
                out.add(new MentionRef(span, hit.id(), hit.caption(), hit.schema(), "name", 0.9,
                        hit.country().isEmpty() ? List.of() : List.of(hit.country())));
            } else {
                out.add(new MentionRef(span, "new:" + lower, c.text(), "LEGAL_ENTITY", "new", 0.3, List.of()));
            }
        }
        return out;
    }
}
