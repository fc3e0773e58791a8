package dossier.source.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.source.nlp.NounClasses;
import dossier.source.nlp.Token;
import dossier.support.model.EventModel;
import net.sf.extjwnl.data.LexFileNameFileIdMap;

/**
 * Whether a phrase can fill a role by what its head noun means (events/role-classes.json): a giver is
 * a person, group or place, an item is no message or quality. Selectional restrictions, read from
 * WordNet's classes of the noun's most frequent senses.
 */
final class RoleFit {

    @JsonIgnoreProperties({"comment", "agentsComment", "entitiesComment"})
    record Classes(int senses, Map<EventModel.ValueType, Set<String>> types, Map<EventModel.ValueType, Set<String>> words,
                   Set<String> agents, Map<EventModel.ValueType, Set<String>> entities) {
        Classes {
            words = words == null ? Map.of() : words;
            agents = agents == null ? Set.of() : agents;
            entities = entities == null ? Map.of() : entities;
        }
    }

    /** WordNet's class of places: a noun with such a sense is somewhere, not someone. */
    private static final String PLACE_CLASS = "noun.location";

    private final Classes classes;
    private final Function<String, List<String>> nounClasses;
    private final Lexicon lex;

    RoleFit(Classes classes, Function<String, List<String>> nounClasses, Lexicon lex) {
        if (classes.senses() < 1) {
            throw new IllegalArgumentException("role classes: senses must be at least 1");
        }
        Stream.concat(classes.types().values().stream(), Stream.of(classes.agents()))
                .forEach(names -> names.stream()
                .filter(n -> !LexFileNameFileIdMap.getMap().containsKey(n)).findFirst().ifPresent(n -> {
                    throw new IllegalArgumentException("role classes: \"" + n
                            + "\" is not one of WordNet's classes (noun.person, noun.artifact ...)");
                }));
        this.classes = classes;
        this.nounClasses = nounClasses;
        this.lex = lex;
    }

    /** The shipped classes, read once. */
    private static final class Standard {
        static final Classes CLASSES = load("events/role-classes.json");
    }

    static RoleFit standard(Lexicon lex) {
        return new RoleFit(Standard.CLASSES, NounClasses.wordNet()::of, lex);
    }

    static Classes load(String resource) {
        try (InputStream in = RoleFit.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("role classes " + resource + " are missing");
            }
            return new ObjectMapper().readValue(in, Classes.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read role classes " + resource, e);
        }
    }

    /** Whether the phrase {@code tokens[from, to)} with head {@code head} can fill a role of this type. */
    boolean fits(EventModel.ValueType type, List<Token> tokens, int from, int to, int head) {
        Set<String> admitted = classes.types().get(type);
        Token h = tokens.get(head);
        if (classes.entities().getOrDefault(type, Set.of()).contains(h.ner())) {
            return false;
        }
        if (admitted == null || !h.is("NOUN") || !h.ner().isEmpty() || lex.isItemNoun(h.lemma())) {
            return true;
        }
        for (int i = from; i < to; i++) {
            boolean possessor = i + 1 < tokens.size() && tokens.get(i + 1).ptb().equals("POS");
            if (tokens.get(i).is("PROPN") && !possessor) {
                return true; // "the Ronin bridge": a name, whatever its head noun means ("Kim's personal use" is a use)
            }
        }
        Set<String> words = classes.words().getOrDefault(type, Set.of());
        if (words.contains(h.lower()) || words.contains(h.lemma())) {
            return true;
        }
        List<String> senses = frequentSenses(h);
        return senses.isEmpty() || senses.stream().anyMatch(admitted::contains);
    }

    /**
     * Whether the phrase headed by {@code head} is someone rather than somewhere (events/role-classes.json,
     * "agents"): "through trading houses" names an intermediary, "through the port" a route.
     */
    boolean isAgent(List<Token> tokens, int head) {
        Token h = tokens.get(head);
        if (h.ner().equals("PERSON") || h.ner().equals("ORGANIZATION")) {
            return true;
        }
        if (!h.is("NOUN") || !h.ner().isEmpty()) {
            return false;
        }
        List<String> senses = frequentSenses(h);
        return senses.stream().anyMatch(classes.agents()::contains) && !senses.contains(PLACE_CLASS);
    }

    /** The WordNet classes of the noun's most frequent senses, as many as the file says; empty when unknown. */
    private List<String> frequentSenses(Token noun) {
        return nounClasses.apply(noun.text()).stream().limit(classes.senses()).toList();
    }
}
