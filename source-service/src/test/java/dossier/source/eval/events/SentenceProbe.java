package dossier.source.eval.events;

import java.nio.file.Files;
import java.nio.file.Path;

import dossier.source.domain.Claim;
import dossier.source.nlp.AnalyzedSentence;
import dossier.source.support.Fixtures;

/**
 * Shows what the extraction makes of a text, for working out a pattern: each sentence's enhanced++
 * dependency graph (CoreNLP's compact form) and the claims with their roles. The text is an article
 * file or, when no such file exists, the argument itself as an article's body. Run:
 * ./mvnw -B -q -pl source-service exec:java@probe -Dexec.args="'The cars were shipped to Nampo.' 2019-06-01".
 */
public final class SentenceProbe {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: SentenceProbe TEXT|FILE [published yyyy-mm-dd]");
            System.exit(2);
        }
        // an article's first line is its headline, which carries no claims: a bare sentence gets one
        String text = Files.isRegularFile(Path.of(args[0])) ? Files.readString(Path.of(args[0])) : "Probe\n\n" + args[0];
        String date = args.length > 1 ? args[1] : "";
        Fixtures.Result r = Fixtures.run(text, "probe", date);
        for (AnalyzedSentence s : r.sentences()) {
            System.out.println("== " + s.text());
            System.out.println(s.parsed() ? s.graph().toCompactString(true) : "   (not parsed)");
        }
        for (Claim c : r.claims()) {
            System.out.printf("-- %s %s [%s] \"%s\"%n", c.eventKind().isEmpty() ? c.type() : c.eventKind(), c.modality(),
                    c.incident(), c.span() == null ? "" : c.span().text());
            c.arguments().forEach(arg -> System.out.printf("     %s = %s%s%n", arg.role(), arg.value(),
                    arg.interval() == null ? "" : " " + arg.interval()));
        }
    }

    private SentenceProbe() {
    }
}
