package dossier.source.extraction.events;

import java.util.Map;

/**
 * One event found in a sentence: its kind (wire name), the token index of its trigger, the token
 * index of each role's head word, how it is held, and the speaker of a denial (or -1).
 */
public record EventFrame(String kind, int trigger, Map<String, Integer> roles, Stance stance, int speaker) {

    /** How the sentence holds the event; PROHIBITED and DENIED change what kind of claim it is. */
    public enum Stance { ASSERTED, PROHIBITED, DENIED, ALLEGED, SPECULATIVE }
}
