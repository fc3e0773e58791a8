package dossier.entity.service;

import dossier.support.grpc.Echo;

import dossier.support.grpc.CallBudget;
import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatchQuery;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.MatcherIndex;
import dossier.entity.matching.NameMatch;
import dossier.entity.matching.NameNormalizer;
import dossier.entity.matching.SameAsGraph;
import dossier.entity.resolution.EntityDirectory;
import dossier.entity.resolution.MentionCandidate;
import dossier.entity.resolution.MentionResolver;
import dossier.entity.resolution.ReferenceLexicon;
import dossier.entity.resolution.Resolution;
import dossier.entity.v1.Entity;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Holds the matcher's in-memory index (loaded from the store at start, refreshed after every
 * upsert), seeds the reference countries, and runs matching and mention resolution.
 */
@ApplicationScoped
public class MatchingService implements EntityDirectory {

    private static final Logger LOG = Logger.getLogger(MatchingService.class);
    public static final String COUNTRY_KEY_PREFIX = "ref-country:";

    @Inject
    EntityStore store;
    @Inject
    DecisionService decisions;

    @ConfigProperty(name = "dossier.matching.threshold", defaultValue = "0.70")
    double threshold;
    @ConfigProperty(name = "dossier.resolution.threshold", defaultValue = "0.80")
    double resolutionThreshold;
    @ConfigProperty(name = "dossier.resolution.margin", defaultValue = "0.05")
    double resolutionMargin;

    private static final int MENTION_IDS_KEPT = 50_000;

    private final NameNormalizer normalizer = NameNormalizer.standard();
    private final MatcherIndex index = new MatcherIndex(normalizer);
    private final Map<String, String> countryIds = new ConcurrentHashMap<>();
    // the ids of entities made from mentions, by key: a shortcut past the store for names met again,
    // bounded as every cache (the entities themselves are data and stay in the index, as the lists' do)
    private final Map<String, String> mentionIds = Caffeine.newBuilder().maximumSize(MENTION_IDS_KEPT)
            .executor(Runnable::run).<String, String>build().asMap();
    private volatile EntityMatcher matcher;
    private volatile ReferenceLexicon lexicon;
    private volatile MentionResolver resolver;
    private volatile boolean ready;
    private volatile SameAsGraph sameAs = SameAsGraph.EMPTY;

    /**
     * Replicas share the database but each holds its own index: every interval the index takes in
     * what other replicas wrote since the last look (0 turns it off, e.g. for a single instance).
     */
    @ConfigProperty(name = "dossier.matching.refresh-seconds", defaultValue = "30")
    int refreshSeconds;
    private volatile java.time.Instant refreshedFrom = java.time.Instant.EPOCH;
    /** What this replica has indexed (its own writes, earlier refreshes), with the write's time: a refresh need not load it again. */
    private final Map<String, java.time.Instant> indexedWrites = new java.util.concurrent.ConcurrentHashMap<>();
    private java.util.concurrent.ScheduledExecutorService refresher;

    void onStart(@Observes StartupEvent event) {
        long t0 = System.nanoTime();
        lexicon = new ReferenceLexicon(normalizer);
        matcher = new EntityMatcher(index, threshold);
        resolver = new MentionResolver(matcher, lexicon, new MentionResolver.Settings(resolutionThreshold, resolutionMargin));
        seedCountries();
        refreshedFrom = java.time.Instant.now();
        List<MatchSubject> all = store.loadSubjects();
        index.clear();
        index.putAll(all);
        reloadDecisions();
        ready = true;
        LOG.infof("matcher index ready: %d entities in %d ms", all.size(), (System.nanoTime() - t0) / 1_000_000);
        if (refreshSeconds > 0) {
            refresher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                    r -> Thread.ofPlatform().daemon().name("matcher-index-refresh").unstarted(r));
            refresher.scheduleWithFixedDelay(this::refreshSafely, refreshSeconds, refreshSeconds,
                    java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    void onStop(@Observes io.quarkus.runtime.ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /**
     * Takes into the index what was written since the last refresh (by this or another replica).
     * The window reaches back a minute so that clocks of replicas a little apart lose nothing;
     * re-indexing an entity twice is harmless. Only what this replica did not write itself (or what was
     * written again since) is loaded. Returns how many entities were re-indexed.
     */
    public int refresh() {
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant since = refreshedFrom.minusSeconds(60);
        Map<String, java.time.Instant> written = store.changedSince(since);
        written.entrySet().removeIf(w -> w.getValue().equals(indexedWrites.get(w.getKey())));
        List<MatchSubject> changed = store.loadSubjects(written.keySet());
        index.putAll(changed);
        indexedWrites.putAll(written);
        indexedWrites.values().removeIf(at -> at.isBefore(since)); // out of every later window
        reloadDecisions(); // another replica may have recorded judgements
        refreshedFrom = now;
        return changed.size();
    }

    private void refreshSafely() {
        try {
            int n = refresh();
            if (n > 0) {
                LOG.debugf("matcher index refresh: %d entities", n);
            }
        } catch (RuntimeException e) {
            LOG.warnf("matcher index refresh failed (will retry): %s", e.getMessage());
        }
    }

    public boolean ready() {
        return ready;
    }

    public int indexedEntities() {
        return index.size();
    }

    public ReferenceLexicon lexicon() {
        return lexicon;
    }

    public UpsertOutcome upsert(List<Entity> batch) {
        long t0 = System.nanoTime();
        UpsertOutcome outcome = store.upsert(batch);
        long t1 = System.nanoTime();
        index.putAll(outcome.touched());
        if (refreshSeconds > 0) { // what a refresh would load again (it also forgets them)
            outcome.touched().forEach(t -> indexedWrites.put(t.id(), outcome.writtenAt()));
        }
        LOG.infof("upsert of %d entities: store %d ms, index %d ms", batch.size(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return outcome;
    }

    /** Records an analyst's judgement; matching and resolution see it at once. */
    public DecisionService.Decision recordDecision(String left, String right, String judgement, String analyst, String note) {
        CallBudget.checkBefore("storing the decision");
        DecisionService.Decision d = decisions.record(left, right, judgement, analyst, note);
        reloadDecisions();
        return d;
    }

    /** The entities currently judged the same as this one. */
    public List<String> sameAs(String entityId) {
        return sameAs.others(entityId);
    }

    private void reloadDecisions() {
        SameAsGraph g = decisions.sameAsGraph();
        // the periodic refresh reloads them: an unchanged graph is kept, so remembered matches stay valid
        if (g.equals(sameAs)) return;
        sameAs = g;
        matcher.sameAs(g);
    }

    public double thresholdFor(MatchQuery q) {
        return matcher.thresholdFor(q);
    }

    public List<NameMatch> match(MatchQuery query) {
        if (query.limit() < 0) throw new IllegalArgumentException("limit must not be negative");
        if (query.threshold() < 0 || query.threshold() > 1) throw new IllegalArgumentException("threshold must be within [0,1]");
        String country = query.country();
        if (country != null && !country.isBlank()) {
            country = lexicon.countryCode(country).orElseThrow(
                    () -> new IllegalArgumentException("unknown country \"" + Echo.of(query.country()) + "\": give an ISO alpha-2 code or an English country name"));
        }
        return matcher.match(new MatchQuery(query.name(), query.schema(), query.birthDate(), country,
                query.datasets(), Math.min(query.limit(), 500), query.threshold()));
    }

    public List<Resolution> resolve(String documentId, String text, List<MentionCandidate> candidates, boolean createUnknown) {
        for (MentionCandidate c : candidates) {
            if (c.text() == null || c.text().isBlank()) {
                throw new IllegalArgumentException("candidate at " + c.start() + ".." + c.end() + " has no text");
            }
            if (c.start() < 0 || c.end() < c.start()) {
                throw new IllegalArgumentException("candidate \"" + c.text() + "\" has an invalid span " + c.start() + ".." + c.end());
            }
        }
        if (candidates.isEmpty() && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("give the document text or candidate spans");
        }
        return resolver.resolve(documentId, text, candidates, createUnknown, this).stream()
                .map(this::asJudgedSame).toList();
    }

    /** Mentions of entities judged the same resolve to one of them, the group's representative. */
    private Resolution asJudgedSame(Resolution r) {
        if (r.entityId() == null) return r;
        String rep = sameAs.representative(r.entityId());
        MatchSubject s = rep.equals(r.entityId()) ? null : index.subject(rep);
        if (s == null) return r;
        return new Resolution(r.span(), rep, s.caption(), s.schema(), r.confidence(), r.method(), r.countries());
    }

    @Override
    public Optional<MatchSubject> country(String code) {
        String id = countryIds.get(code);
        return Optional.ofNullable(id == null ? null : index.subject(id));
    }

    @Override
    public MatchSubject createUnknown(String name, String schema, String documentId) {
        String key = "mention:" + normalizer.fold(name);
        String known = mentionIds.get(key);
        if (known != null && index.subject(known) != null) return index.subject(known);
        Optional<String> stored = store.idByKey(key);
        if (stored.isEmpty()) {
            Entity e = Entity.newBuilder().setKey(key).setSchema(Schema.valueOf(schema)).setCaption(name.strip())
                    .addNames(Name.newBuilder().setValue(name.strip()).setKind(NameKind.PRIMARY)
                            .setProvenance(documentId == null || documentId.isBlank() ? "mention" : documentId))
                    .addDatasets("mention").setVerified(false).build();
            try {
                stored = Optional.of(upsert(List.of(e)).items().get(0).id());
            } catch (PersistenceException lost) {
                // another request (or replica) created the same name between the read and the write:
                // the unique key kept one entity, and this request uses it
                stored = store.idByKey(key);
                if (stored.isEmpty()) throw lost;
            }
        }
        mentionIds.put(key, stored.get());
        MatchSubject s = index.subject(stored.get());
        if (s == null) { // written by the other request or replica, not indexed here yet
            index.putAll(store.loadSubjects(List.of(stored.get())));
            s = index.subject(stored.get());
        }
        return s;
    }

    private void seedCountries() {
        List<Entity> batch = new ArrayList<>();
        for (ReferenceLexicon.Country c : lexicon.countries()) {
            Entity.Builder b = Entity.newBuilder().setKey(COUNTRY_KEY_PREFIX + c.code()).setSchema(Schema.COUNTRY)
                    .setCaption(c.name()).addCountries(c.code()).addDatasets("reference").setVerified(true)
                    .addNames(Name.newBuilder().setValue(c.name()).setKind(NameKind.PRIMARY).setScript("Latn").setProvenance("reference"));
            for (String n : c.otherNames()) {
                if (!n.equalsIgnoreCase(c.name())) {
                    b.addNames(Name.newBuilder().setValue(n).setKind(NameKind.ALIAS).setScript("Latn").setProvenance("reference"));
                }
            }
            batch.add(b.build());
        }
        UpsertOutcome outcome = store.upsert(batch);
        for (UpsertOutcome.Item i : outcome.items()) {
            countryIds.put(i.key().substring(COUNTRY_KEY_PREFIX.length()), i.id());
        }
        LOG.infof("reference countries: %d added, %d changed, %d unchanged",
                outcome.count("added"), outcome.count("changed"), outcome.count("unchanged"));
    }
}
