package dossier.web.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Files added to a case in one go, each with where it stands: waiting, being ingested, added (with
 * its claims), already in the case, or refused with the service's reason. Ingested one at a time.
 */
public final class UploadBatch {

    public enum State { WAITING, INGESTING, ADDED, DUPLICATE, FAILED }

    /** One file; {@code detail} is the claim count, the stored title or the reason it failed. */
    public record Entry(int index, String fileName, State state, String detail) {
        public boolean done() {
            return state == State.ADDED || state == State.DUPLICATE || state == State.FAILED;
        }

        /** What the file's line says. */
        public String status() {
            return switch (state) {
                case WAITING -> "waiting";
                case INGESTING -> "reading and extracting claims…";
                case ADDED -> "added, " + detail;
                case DUPLICATE -> "already in the case as " + detail;
                case FAILED -> "not added: " + detail;
            };
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a file to the batch; returns its index. */
    public synchronized int add(String fileName) {
        entries.add(new Entry(entries.size(), fileName, State.WAITING, ""));
        return entries.size() - 1;
    }

    public synchronized Entry update(int index, State state, String detail) {
        Entry e = new Entry(index, entries.get(index).fileName(), state, detail == null ? "" : detail);
        entries.set(index, e);
        return e;
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized boolean finished() {
        return !entries.isEmpty() && entries.stream().allMatch(Entry::done);
    }

    /** Whether any file became a new source (then the case is re-evaluated). */
    public synchronized boolean anyAdded() {
        return entries.stream().anyMatch(e -> e.state() == State.ADDED);
    }

    /** "2 of 3 files added, 1 not added" — or how many are still under way. */
    public synchronized String summary() {
        long added = entries.stream().filter(e -> e.state() == State.ADDED).count();
        long duplicate = entries.stream().filter(e -> e.state() == State.DUPLICATE).count();
        long failed = entries.stream().filter(e -> e.state() == State.FAILED).count();
        long open = entries.size() - added - duplicate - failed;
        StringBuilder b = new StringBuilder(added + " of " + entries.size() + (entries.size() == 1 ? " file" : " files") + " added");
        if (duplicate > 0) {
            b.append(", ").append(duplicate).append(" already in the case");
        }
        if (failed > 0) {
            b.append(", ").append(failed).append(" not added");
        }
        if (open > 0) {
            b.append(", ").append(open).append(" under way");
        }
        return b.toString();
    }
}
