package dossier.deploy.cli;

import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import dossier.entity.v1.UpsertEntitiesRequest;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak of issue 20: mixed traffic for MINUTES against the launched suite, through the public
 * gRPC API, while each service's resident set and heap are sampled; at the end, per service its peak
 * against its limits (PASS/FAIL) and per RPC its calls, expected refusals and errors.
 *
 * <p>{@code dossier soak [MINUTES=30]}. The mix (each a thread calling back to back): 4 readers of
 * the sample case's file; 2 ingesters of distinct articles (a case of their own, a new one every 40
 * articles); one screener and one matcher of names never seen before (every cache meets new keys);
 * one evaluator of the ingesters' case; one reviewer overriding and withdrawing the sample case's
 * verdicts (each changes its file); one caller of hostile sizes: strings one character past their
 * bound and 100 times it in names, aliases, ids, titles, outlets and urls, bounds read from each
 * service's request-limits.yaml. A hostile request answered INVALID_ARGUMENT is as expected; any
 * other answer, and any failure of the rest, counts as an error.
 */
final class Soak {

    /** One RPC's outcomes over the run. */
    static final class Tally {
        final AtomicLong ok = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        volatile String firstError;

        void error(String what) {
            if (errors.incrementAndGet() == 1) {
                firstError = what;
            }
        }
    }

    private static final int ARTICLES_PER_CASE = 40;
    private static final List<String> SERVICES = List.of("entity", "source", "sanctions", "web", "keycloak");

    private final Endpoints reviewer;
    private final Endpoints listAdmin;
    private final Path repo;
    private final PrintStream out;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    private final CaseFileLoad articles;
    private final AtomicInteger articleNumber = new AtomicInteger();
    private final AtomicInteger nameNumber = new AtomicInteger();
    private final AtomicInteger overrideNumber = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    Soak(Endpoints reviewer, Endpoints listAdmin, Path repo, PrintStream out) {
        this.reviewer = reviewer;
        this.listAdmin = listAdmin;
        this.repo = repo;
        this.out = out;
        this.articles = new CaseFileLoad(reviewer, out);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) throws Exception {
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path repo = Path.of(env.getOrDefault("DOSSIER_REPO", "."));
        MemorySampler memory = new MemorySampler(Path.of(env.getOrDefault("DOSSIER_RUN", ".dossier/run")), SERVICES, env);
        try (Endpoints reviewer = Endpoints.renewing(env, "reviewer"); Endpoints listAdmin = Endpoints.renewing(env, "list-admin")) {
            return new Soak(reviewer, listAdmin, repo, out).soak(minutes, memory);
        }
    }

    int soak(int minutes, MemorySampler memory) throws Exception {
        List<Hostile> hostile = hostileRequests();
        String sample = new CaseLoader(reviewer, line -> out.println("dossier: " + line)).load(SampleCase.bundled());
        List<String> verdicts = CaseServiceGrpc.newBlockingStub(reviewer.sanctions).withDeadlineAfter(60, TimeUnit.SECONDS)
                .getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(sample).build()).getVerdictsList().stream()
                .map(v -> v.getId()).toList();
        out.printf("dossier: soak of %d minutes: 4 readers of case %s, 2 ingesters, a screener, a matcher, an evaluator,"
                + " a reviewer (%d verdicts), hostile sizes (%d kinds); memory sampled every 10 s%n", minutes, sample, verdicts.size(), hostile.size());
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        String[] ingestCase = {newCase()};
        ExecutorService pool = Executors.newFixedThreadPool(11);
        List<Future<?>> workers = new ArrayList<>();
        GetCaseFileRequest read = GetCaseFileRequest.newBuilder().setCaseId(sample).build();
        for (int i = 0; i < 4; i++) {
            workers.add(pool.submit(() -> loop(end, 0, () -> call("GetCaseFile", () -> CaseServiceGrpc.newBlockingStub(reviewer.sanctions)
                    .withDeadlineAfter(60, TimeUnit.SECONDS).getCaseFile(read)))));
        }
        for (int i = 0; i < 2; i++) {
            workers.add(pool.submit(() -> loop(end, 0, () -> {
                int n = articleNumber.incrementAndGet();
                if (n % ARTICLES_PER_CASE == 0) {
                    synchronized (ingestCase) {
                        ingestCase[0] = newCase();
                    }
                }
                String caseId;
                synchronized (ingestCase) {
                    caseId = ingestCase[0];
                }
                call("IngestSource", () -> SourceServiceGrpc.newBlockingStub(reviewer.source).withDeadlineAfter(120, TimeUnit.SECONDS)
                        .ingestSource(articles.article(caseId, n)));
            })));
        }
        workers.add(pool.submit(() -> loop(end, 0, () -> call("Screen", () -> ScreeningServiceGrpc.newBlockingStub(reviewer.sanctions)
                .withDeadlineAfter(30, TimeUnit.SECONDS).screen(ScreenRequest.newBuilder().setName(newName()).build())))));
        workers.add(pool.submit(() -> loop(end, 0, () -> call("MatchEntities", () -> EntityServiceGrpc.newBlockingStub(reviewer.entity)
                .withDeadlineAfter(30, TimeUnit.SECONDS).matchEntities(MatchEntitiesRequest.newBuilder().setName(newName()).build())))));
        workers.add(pool.submit(() -> loop(end, 3_000, () -> {
            String caseId;
            synchronized (ingestCase) {
                caseId = ingestCase[0];
            }
            call("EvaluateCase", () -> CaseServiceGrpc.newBlockingStub(reviewer.sanctions).withDeadlineAfter(120, TimeUnit.SECONDS)
                    .evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(caseId).setReason("soak").build()));
        })));
        workers.add(pool.submit(() -> loop(end, 5_000, () -> {
            int n = overrideNumber.incrementAndGet();
            // override one verdict, then withdraw it on the next turn
            call("OverrideVerdict", () -> CaseServiceGrpc.newBlockingStub(reviewer.sanctions).withDeadlineAfter(60, TimeUnit.SECONDS)
                    .overrideVerdict(OverrideVerdictRequest.newBuilder().setCaseId(sample).setVerdictId(verdicts.get((n / 2) % verdicts.size()))
                            .setOutcome(n % 2 == 0 ? Outcome.POSSIBLE_VIOLATION : Outcome.OUTCOME_UNSPECIFIED)
                            .setJustification("soak run " + run).setAnalyst("soak").build()));
        })));
        workers.add(pool.submit(() -> loop(end, 0, () -> {
            Hostile h = hostile.get(ThreadLocalRandom.current().nextInt(hostile.size()));
            refused(h.rpc(), h.call());
        })));
        ExecutorService sampling = Executors.newSingleThreadExecutor();
        Future<?> sampler = sampling.submit(() -> sampleUntil(end, memory));
        try {
            for (Future<?> w : workers) {
                w.get();
            }
            sampler.get();
        } finally {
            pool.shutdownNow();
            sampling.shutdownNow();
        }
        return report(memory);
    }

    /** A request breaking one bound, and the RPC it goes to. */
    record Hostile(String rpc, Runnable call) {
    }

    private List<Hostile> hostileRequests() throws Exception {
        FieldLimits entity = FieldLimits.of(repo.resolve("entity-service/src/main/resources/request-limits.yaml"));
        FieldLimits source = FieldLimits.of(repo.resolve("source-service/src/main/resources/request-limits.yaml"));
        FieldLimits sanctions = FieldLimits.of(repo.resolve("sanctions-service/src/main/resources/request-limits.yaml"));
        List<Hostile> all = new ArrayList<>();
        for (int times : new int[] {1, 100}) {
            // one past the bound, and a hundred times the bound
            String entityName = past(entity.max("MatchEntitiesRequest", "name"), times);
            String alias = past(entity.max("Name", "value"), times);
            String entityId = past(entity.max("GetEntityRequest", "id"), times);
            String screenName = past(sanctions.max("ScreenRequest", "name"), times);
            String caseId = past(sanctions.max("GetCaseFileRequest", "case_id"), times);
            String caseTitle = past(sanctions.max("CreateCaseRequest", "title"), times);
            String url = "https://example.org/" + past(source.max("IngestSourceRequest", "url") - 20, times);
            String title = past(source.max("IngestSourceRequest", "title"), times);
            String outlet = past(source.max("IngestSourceRequest", "outlet"), times);
            all.add(new Hostile("MatchEntities (hostile name)", () -> EntityServiceGrpc.newBlockingStub(reviewer.entity)
                    .withDeadlineAfter(30, TimeUnit.SECONDS).matchEntities(MatchEntitiesRequest.newBuilder().setName(entityName).build())));
            all.add(new Hostile("GetEntity (hostile id)", () -> EntityServiceGrpc.newBlockingStub(reviewer.entity)
                    .withDeadlineAfter(30, TimeUnit.SECONDS).getEntity(GetEntityRequest.newBuilder().setId(entityId).build())));
            all.add(new Hostile("UpsertEntities (hostile alias)", () -> EntityServiceGrpc.newBlockingStub(listAdmin.entity)
                    .withDeadlineAfter(30, TimeUnit.SECONDS).upsertEntities(UpsertEntitiesRequest.newBuilder().addEntities(Entity.newBuilder()
                            .setKey("soak-" + run).setSchema(Schema.PERSON).setCaption("Soak Person")
                            .addNames(Name.newBuilder().setValue("Soak Person").setKind(NameKind.PRIMARY))
                            .addNames(Name.newBuilder().setValue(alias).setKind(NameKind.ALIAS))).build())));
            all.add(new Hostile("Screen (hostile name)", () -> ScreeningServiceGrpc.newBlockingStub(reviewer.sanctions)
                    .withDeadlineAfter(30, TimeUnit.SECONDS).screen(ScreenRequest.newBuilder().setName(screenName).build())));
            all.add(new Hostile("GetCaseFile (hostile id)", () -> CaseServiceGrpc.newBlockingStub(reviewer.sanctions)
                    .withDeadlineAfter(30, TimeUnit.SECONDS).getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(caseId).build())));
            all.add(new Hostile("CreateCase (hostile title)", () -> CaseServiceGrpc.newBlockingStub(reviewer.sanctions)
                    .withDeadlineAfter(30, TimeUnit.SECONDS).createCase(CreateCaseRequest.newBuilder().setTitle(caseTitle).build())));
            for (String[] f : new String[][] {{"url", url}, {"title", title}, {"outlet", outlet}}) {
                all.add(new Hostile("IngestSource (hostile " + f[0] + ")", () -> {
                    IngestSourceRequest.Builder b = IngestSourceRequest.newBuilder().setCaseId("soak-hostile").setText("A short article.");
                    switch (f[0]) {
                        case "url" -> b.setUrl(f[1]);
                        case "title" -> b.setTitle(f[1]);
                        default -> b.setOutlet(f[1]);
                    }
                    SourceServiceGrpc.newBlockingStub(reviewer.source).withDeadlineAfter(30, TimeUnit.SECONDS).ingestSource(b.build());
                }));
            }
        }
        return all;
    }

    /** A string {@code times} times as long as {@code max} plus one character: always past the bound. */
    static String past(int max, int times) {
        int length = times == 1 ? max + 1 : max * times;
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            s.append("Soak Hostile Name ");
        }
        return s.substring(0, length);
    }

    /** A case for the ingesters; a failure is tallied, and the ingesters keep their case until the next try. */
    private String newCase() {
        String[] id = new String[1];
        call("CreateCase", () -> id[0] = CaseServiceGrpc.newBlockingStub(reviewer.sanctions).withDeadlineAfter(30, TimeUnit.SECONDS)
                .createCase(CreateCaseRequest.newBuilder().setTitle("Soak " + run + " case " + articleNumber.get()).build()).getId());
        if (id[0] == null) {
            throw new IllegalStateException("no case created");
        }
        return id[0];
    }

    /** A name no cache has seen: a made-up person's given and family names with a serial number. */
    private String newName() {
        int n = nameNumber.incrementAndGet();
        return "Soak" + Integer.toString(n, 36) + " Person" + run + " " + (char) ('A' + n % 26) + "ovich";
    }

    private void call(String rpc, Runnable call) {
        Tally t = tallies.computeIfAbsent(rpc, r -> new Tally());
        try {
            call.run();
            t.ok.incrementAndGet();
        } catch (StatusRuntimeException e) {
            t.error(e.getStatus().getCode() + ": " + e.getStatus().getDescription());
        }
    }

    private void refused(String rpc, Runnable call) {
        Tally t = tallies.computeIfAbsent(rpc, r -> new Tally());
        try {
            call.run();
            t.error("accepted a request past its bound");
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
                t.refused.incrementAndGet();
            } else {
                t.error(e.getStatus().getCode() + ": " + e.getStatus().getDescription());
            }
        }
    }

    private static Void loop(long end, long pauseMillis, Runnable turn) throws InterruptedException {
        while (System.nanoTime() < end) {
            try {
                turn.run();
            } catch (RuntimeException e) {
                // a failure outside a tallied call (a new case for the ingesters): the next turn tries again
                Thread.sleep(1_000);
            }
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
        return null;
    }

    private Void sampleUntil(long end, MemorySampler memory) throws InterruptedException {
        long start = System.nanoTime();
        int minute = 0;
        while (System.nanoTime() < end) {
            memory.sample();
            long elapsed = TimeUnit.NANOSECONDS.toMinutes(System.nanoTime() - start);
            if (elapsed > minute || minute == 0) {
                minute = (int) Math.max(elapsed, 1);
                StringBuilder line = new StringBuilder(String.format("dossier: %3d min", elapsed));
                for (MemorySampler.Service s : memory.services()) {
                    long[] last = s.samples.isEmpty() ? new long[] {0, -1, -1} : s.samples.getLast();
                    line.append(String.format("  %s %s/%s", s.name, mib(last[1]), mib(last[2])));
                }
                out.println(line.append("  (RSS/heap MiB)"));
            }
            Thread.sleep(10_000);
        }
        memory.sample();
        return null;
    }

    private int report(MemorySampler memory) {
        boolean passed = true;
        out.printf("%n%-10s %8s %17s %17s %21s  %s%n", "service", "samples", "peak RSS / limit", "peak heap / max", "live heap start->end", "");
        for (MemorySampler.Service s : memory.services()) {
            boolean ok = s.passed();
            passed &= ok;
            out.printf("%-10s %8d %8s / %6s %8s / %6s %10s -> %-8s  %s%s%n", s.name, s.samples.size(), mib(s.peakRss()), mib(s.rssLimit),
                    mib(s.peakHeap()), mib(s.heapLimit), mib(s.leastHeap(0, 0.25)), mib(s.leastHeap(0.75, 1)),
                    ok ? "PASS" : "FAIL", s.restarted ? " (the process stopped or was replaced)" : "");
        }
        out.printf("%n%-32s %8s %8s %8s  %s%n", "RPC", "ok", "refused", "errors", "first error");
        for (var e : new java.util.TreeMap<>(tallies).entrySet()) {
            Tally t = e.getValue();
            passed &= t.errors.get() == 0;
            out.printf("%-32s %8d %8d %8d  %s%n", e.getKey(), t.ok.get(), t.refused.get(), t.errors.get(),
                    t.firstError == null ? "" : t.firstError.substring(0, Math.min(160, t.firstError.length())));
        }
        out.printf("(refused: INVALID_ARGUMENT to a request past a bound, as expected)%nload average at the end: %s%nsoak %s%n",
                loadAverage(), passed ? "PASSED" : "FAILED");
        return passed ? 0 : 1;
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "-" : (bytes == 0 ? "none" : Long.toString(bytes >> 20));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
