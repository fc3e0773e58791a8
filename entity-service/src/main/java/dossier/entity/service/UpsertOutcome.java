package dossier.entity.service;

import dossier.entity.matching.MatchSubject;

import java.util.List;

/** Result of one upsert batch: per key its id and status, plus what the matcher must (re)index and the write's time. */
public record UpsertOutcome(List<Item> items, List<MatchSubject> touched, java.time.Instant writtenAt) {
    public record Item(String key, String id, String status) {
    }

    public long count(String status) {
        return items.stream().filter(i -> i.status().equals(status)).count();
    }
}
