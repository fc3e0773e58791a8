package dossier.source.eval.events;

/**
 * Prints the events scores of a corpus split: event-role precision/recall/F1 per role and overall,
 * event detection, party-with-role recall, conflict precision/recall, non-conflicts reported as
 * conflicts, and prohibitions or denials scored as transfers; "verbose" adds every miss and false
 * positive. Run (after ./mvnw -B -q -o -pl source-service -am package -DskipTests):
 * ./mvnw -B -q -pl source-service exec:java@events-eval -Dexec.args="dev" (or "test", "test21", "test verbose").
 */
public final class EventsEval {

    public static void main(String[] args) {
        if (args.length == 0 || !CorpusGold.SPLITS.contains(args[0])) {
            System.err.println("usage: EventsEval " + String.join("|", CorpusGold.SPLITS) + " [verbose]");
            System.exit(2);
        }
        EventsScorer.Report r = EventsEvaluation.run(args[0]);
        System.out.println("== events corpus, split " + args[0]);
        System.out.println("  event roles:");
        r.byRole().forEach((role, c) -> System.out.printf("    %-14s %s%n", role, c));
        System.out.printf("  %-16s %s%n", "ROLES OVERALL", r.roles());
        System.out.printf("  %-16s %s%n", "events", r.events());
        System.out.printf("  %-16s %s (%d of %d)%n", "party-with-role", "R=" + EventsScorer.Counts.fmt(r.partyRecall()),
                r.partiesFound(), r.parties());
        System.out.printf("  %-16s %s%n", "conflicts", r.conflicts());
        r.conflictsByEvent().forEach((event, c) -> System.out.printf("    %-20s found %d of %d gold, %d not in the gold%n",
                event, c.tp(), c.tp() + c.fn(), c.fp()));
        System.out.printf("  non-conflicts reported as conflicts: %d %s%n", r.nonConflictsFlagged().size(), r.nonConflictsFlagged());
        System.out.printf("  prohibitions or denials scored as transfers: %d%n", r.prohibitionsOrDenialsAsTransfers());
        System.out.printf("  modality agrees on %d of %d matched events%n", r.modalityAgree(), r.matched());
        if (args.length > 1 && args[1].equals("verbose")) {
            r.notes().forEach(n -> System.out.println("  " + n));
        }
    }

    private EventsEval() {
    }
}
