package dossier.source.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dossier.source.cache.LruMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The semantic classes of a common noun: WordNet's lexicographer file of each of its senses, most
 * frequent sense first ("buyer" → noun.person; "report" → noun.communication, noun.event ...). WordNet
 * 3.1 is read from the extjwnl data jar on the class path (about 5 s and 50 MB the first time).
 */
public final class NounClasses {

    /** Distinct nouns remembered; a text's vocabulary is far smaller, a hostile one cannot grow it further. */
    private static final int CACHE_ENTRIES = 50_000;

    private static volatile NounClasses wordNet;

    private final Dictionary dictionary;
    private final Map<String, List<String>> cache = LruMap.of(CACHE_ENTRIES);

    private NounClasses(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared WordNet, loaded on first use. */
    public static NounClasses wordNet() {
        NounClasses n = wordNet;
        if (n == null) {
            synchronized (NounClasses.class) {
                if (wordNet == null) {
                    try {
                        wordNet = new NounClasses(Dictionary.getDefaultResourceInstance());
                    } catch (JWNLException e) {
                        throw new IllegalStateException("WordNet cannot be read from the class path", e);
                    }
                }
                n = wordNet;
            }
        }
        return n;
    }

    /**
     * The classes of a noun's senses in WordNet's order (most frequent first); empty when WordNet does not
     * know it. Give the word as written: "arms" and "goods" are words of their own, "hackers" is found as hacker.
     */
    public List<String> of(String noun) {
        String key = noun.toLowerCase(Locale.ROOT);
        List<String> known = cache.get(key);
        if (known != null) {
            return known;
        }
        List<String> classes = lookUp(key);
        cache.put(key, classes);
        return classes;
    }

    private List<String> lookUp(String noun) {
        List<String> out = new ArrayList<>();
        try {
            IndexWord word;
            synchronized (dictionary) { // extjwnl's file readers are not made for concurrent lookups
                // the word itself first ("goods" is merchandise, "good" a quality), else its base form ("hackers")
                word = dictionary.getIndexWord(POS.NOUN, noun);
                if (word == null) {
                    word = dictionary.lookupIndexWord(POS.NOUN, noun);
                }
                if (word != null) {
                    for (Synset s : word.getSenses()) {
                        out.add(s.getLexFileName());
                    }
                }
            }
        } catch (JWNLException e) {
            return List.of(); // an unreadable entry is an unknown word: it restricts nothing
        }
        return List.copyOf(out);
    }
}
