package dossier.deploy.e2e;

import com.google.protobuf.ByteString;
import dossier.audit.v1.AuditServiceGrpc;
import dossier.audit.v1.VerifyAuditLogRequest;
import dossier.audit.v1.VerifyAuditLogResponse;
import dossier.deploy.cli.CaseLoader;
import dossier.deploy.cli.Endpoints;
import dossier.deploy.cli.SampleCase;
import dossier.deploy.e2e.Suite.Service;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.GetCaseHistoryRequest;
import dossier.sanctions.v1.GetCaseHistoryResponse;
import dossier.sanctions.v1.GetCaseRequest;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ListFile;
import dossier.sanctions.v1.ListFormat;
import dossier.sanctions.v1.ListImportRecord;
import dossier.sanctions.v1.ListImportsRequest;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictChange;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.ListSourcesRequest;
import dossier.source.v1.ListSourcesResponse;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite (issue 20): rounds of traffic — ingest into a case, EvaluateCase, OverrideVerdict,
 * ImportList of a small UN list extract, all at once — during which one service (entity, source,
 * sanctions: each at least once) is killed with SIGKILL at a random moment and started again with
 * the launcher ({@code deploy/local/dossier up}, right after the kill). Every write carries a
 * client_request_id and is retried with it until it is acknowledged. Then it checks that every
 * acknowledged write is there exactly once, no case is partial, every service's audit chain
 * verifies, each ingest case is re-evaluated by itself (source-service's outbox; the suite never
 * evaluates those cases), and that the launcher restarted only the killed service, on the first
 * try, and that the first calls after it reported ready succeed. Prints {@code N passed, N failed}.
 *
 * <p>Seeded: the seed is printed; {@code -Ddossier.fault.seed=N} replays its choices (which service
 * each round, when the kill comes, which verdicts are overridden; the threads' timing still varies).
 * {@code -Ddossier.fault.rounds=N} (default 3).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultSuiteIT {

    private static final Duration CALL = Duration.ofSeconds(30);
    /** How long a write is retried (through the kill and the restart) before it counts as lost. */
    private static final Duration GIVE_UP = Duration.ofMinutes(4);
    private static final Duration REEVALUATED_WITHIN = Duration.ofMinutes(3);
    private static final String ANALYST = "fault-suite";
    private static final Set<Status.Code> TRANSIENT = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED,
            Status.Code.UNKNOWN, Status.Code.INTERNAL, Status.Code.ABORTED, Status.Code.CANCELLED);
    private static final List<Outcome> OVERRIDES = List.of(Outcome.VIOLATION, Outcome.NO_VIOLATION, Outcome.POSSIBLE_VIOLATION);

    private final long seed = Long.getLong("dossier.fault.seed", new SecureRandom().nextLong());
    private final int rounds = Integer.getInteger("dossier.fault.rounds", 3);
    private final Random random = new Random(seed);
    private final Checks checks = new Checks();

    private Launcher launcher;
    private Endpoints reviewer;
    private Endpoints listAdmin;
    private Endpoints auditor;
    private String evaluatedCase;
    private List<String> articles;
    private List<String> unIndividuals;
    private String unHead;

    /** Acknowledged writes, by kind. */
    private final Map<String, String> casesCreated = new LinkedHashMap<>();          // title -> case id
    private final Map<String, List<Ingested>> ingests = new LinkedHashMap<>();       // case id -> ingests
    private final ConcurrentLinkedQueue<String> overrides = new ConcurrentLinkedQueue<>();  // justifications
    private final ConcurrentLinkedQueue<String> imports = new ConcurrentLinkedQueue<>();    // sha-256 of the files
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger importSize = new AtomicInteger(3);

    record Ingested(String requestId, String sourceId, Instant acknowledged) {
    }

    @BeforeAll
    void start() throws Exception {
        System.out.printf("fault suite: seed %d (replay: -Ddossier.fault.seed=%d), %d rounds%n", seed, seed, rounds);
        Path repo = Suite.repo();
        Path home = repo.resolve("deploy/target/fault-home");
        if (Files.exists(home)) {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        // no first-start import of the whole lists (the traffic imports extracts); a failed
        // re-evaluation is retried within 20 s at the latest (the default back-off grows to 5 min)
        launcher = new Launcher(repo, home, Map.of("DOSSIER_IMPORT_ON_START", "false", "DOSSIER_REEVALUATE_RETRY_MAX", "PT20S"));
        Launcher.Outcome up = launcher.up();
        assertThat(up.ok()).as("dossier up:\n%s", up.output()).isTrue();
        reviewer = Suite.endpointsAs("reviewer");
        listAdmin = Suite.endpointsAs("list-admin");
        auditor = Suite.endpointsAs("auditor");
        SampleCase sample = SampleCase.bundled();
        articles = sample.articles().stream().map(SampleCase.Article::text).toList();
        evaluatedCase = new CaseLoader(reviewer, line -> System.out.println("fault suite: " + line)).load(sample);
        String un = Files.readString(repo.resolve("sanctions-service/src/main/resources/lists/un_consolidated.xml"));
        Matcher individual = Pattern.compile("(?s)<INDIVIDUAL>.*?</INDIVIDUAL>").matcher(un);
        List<String> found = new ArrayList<>();
        while (individual.find() && found.size() < 100) {
            found.add(individual.group());
        }
        unIndividuals = found;
        unHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS>";
    }

    @AfterAll
    void stop() throws Exception {
        for (Endpoints e : new Endpoints[]{reviewer, listAdmin, auditor}) {
            if (e != null) {
                e.close();
            }
        }
        if (launcher != null) {
            launcher.down();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillsOfEachService() throws Exception {
        long started = System.nanoTime();
        List<Service> victims = new ArrayList<>(List.of(Service.ENTITY, Service.SOURCE, Service.SANCTIONS));
        Collections.shuffle(victims, random);
        while (victims.size() < rounds) {
            victims.add(List.of(Service.ENTITY, Service.SOURCE, Service.SANCTIONS).get(random.nextInt(3)));
        }
        for (int round = 1; round <= rounds; round++) {
            round(round, victims.get(round - 1));
        }
        checkWrites();
        // first the owed evaluations: until a case's is stored, its file may show the sources of the
        // last one for up to dossier.case-file-cache.max-age (CaseFileCache), by design
        checkReevaluatedByThemselves();
        checkCasesWhole();
        checkAuditChains();
        checks.check("no write answered with a status other than a transient one", unexpected.isEmpty(), String.join("; ", unexpected));
        System.out.printf("fault suite: %d rounds in %d s, %d calls retried after a failure, %d ingests, %d overrides, %d imports%n",
                rounds, (System.nanoTime() - started) / 1_000_000_000, retried.get(),
                ingests.values().stream().mapToInt(List::size).sum(), overrides.size(), imports.size());
        System.out.println(checks.summary());
        assertThat(checks.failed()).as("%s\n(the services' logs: %s)", checks.failures(), launcher.log(Service.SOURCE).getParent())
                .isZero();
    }

    private void round(int round, Service victim) throws Exception {
        String title = "Fault round " + round + " (seed " + seed + ")";
        String caseId = retry("CreateCase", () -> cases().createCase(CreateCaseRequest.newBuilder().setTitle(title)
                .setClientRequestId(UUID.randomUUID().toString()).build()).getId());
        casesCreated.put(title, caseId);
        List<Ingested> ingested = Collections.synchronizedList(new ArrayList<>());
        ingests.put(caseId, ingested);
        long killAfterMs = 1_500 + random.nextInt(6_000);
        long overrideSeed = random.nextLong();

        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService traffic = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = List.of(
                traffic.submit(() -> ingestUntil(stop, round, caseId, ingested)),
                traffic.submit(() -> evaluateUntil(stop)),
                traffic.submit(() -> overrideUntil(stop, new Random(overrideSeed))),
                traffic.submit(() -> importUntil(stop)));
        Thread.sleep(killAfterMs);
        Map<Service, Long> before = pids();
        long killed = launcher.kill9(victim);
        System.out.printf("fault suite: round %d: kill -9 %s (pid %d) %d ms into the traffic%n", round, victim.module, killed, killAfterMs);
        long t0 = System.nanoTime();
        Launcher.Outcome up = launcher.up();
        long upSeconds = (System.nanoTime() - t0) / 1_000_000_000;
        checks.check("round " + round + ": dossier up right after kill -9 of " + victim.module + " succeeds on the first try ("
                + upSeconds + " s)", up.ok(), up.output());
        Map<Service, Long> after = pids();
        for (Service s : List.of(Service.ENTITY, Service.SOURCE, Service.SANCTIONS, Service.WEB)) {
            boolean restarted = !before.get(s).equals(after.get(s));
            checks.check("round " + round + ": " + s.module + (s == victim ? " restarted" : " left running"),
                    restarted == (s == victim), "pid " + before.get(s) + " -> " + after.get(s));
        }
        if (up.ok()) {
            firstCallsSucceed(round, victim);
        } else {
            launcher.up(); // counted as failed above; a second try lets the remaining rounds run
        }
        Thread.sleep(2_000);
        stop.set(true);
        for (Future<?> w : workers) {
            w.get(GIVE_UP.toSeconds() + 60, TimeUnit.SECONDS);
        }
        traffic.shutdown();
    }

    /**
     * Ready means ready: the first Screen and EvaluateCase after up succeed, without waiting for a
     * connection, from a client that connects now (as the CLI does; a channel that was connected to
     * the killed process waits seconds before it reconnects: its client's own back-off, not the server's state).
     */
    private void firstCallsSucceed(int round, Service victim) throws InterruptedException {
        String what = "round " + round + ": the first %s after up (" + victim.module + " restarted) succeeds";
        try (Endpoints fresh = Suite.endpointsAs("reviewer")) {
            checks.check(what.formatted("Screen"), call(() -> ScreeningServiceGrpc.newBlockingStub(fresh.sanctions)
                    .withDeadlineAfter(CALL.toSeconds(), TimeUnit.SECONDS)
                    .screen(ScreenRequest.newBuilder().setName("Kim Jong Un").build())));
            checks.check(what.formatted("EvaluateCase"), call(() -> CaseServiceGrpc.newBlockingStub(fresh.sanctions)
                    .withDeadlineAfter(CALL.toSeconds(), TimeUnit.SECONDS)
                    .evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(evaluatedCase).setCaseOnly(true).build())));
        }
    }

    private static String call(Runnable call) {
        try {
            call.run();
            return "";
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode() + ": " + e.getStatus().getDescription();
        }
    }

    private void ingestUntil(AtomicBoolean stop, int round, String caseId, List<Ingested> ingested) {
        for (int n = 1; !stop.get(); n++) {
            String requestId = UUID.randomUUID().toString();
            // a seed article with a closing line of its own: every ingest is a distinct source
            IngestSourceRequest request = IngestSourceRequest.newBuilder().setCaseId(caseId)
                    .setText(articles.get(n % articles.size()) + "\n\nFault suite round " + round + ", article " + n + ".")
                    .setOutlet("Fault suite").setPublishedDate("2024-03-" + (10 + n % 18))
                    .setClientRequestId(requestId).build();
            String sourceId = retry("IngestSource", () -> SourceServiceGrpc.newBlockingStub(reviewer.source).withWaitForReady()
                    .withDeadlineAfter(120, TimeUnit.SECONDS).ingestSource(request).getSource().getId());
            if (sourceId != null) {
                ingested.add(new Ingested(requestId, sourceId, Instant.now()));
            }
        }
    }

    private void evaluateUntil(AtomicBoolean stop) {
        while (!stop.get()) {
            retry("EvaluateCase", () -> cases().evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(evaluatedCase)
                    .setCaseOnly(true).build()));
            pause(300);
        }
    }

    private void overrideUntil(AtomicBoolean stop, Random choices) {
        List<Verdict> verdicts = List.of();
        while (!stop.get()) {
            if (verdicts.isEmpty()) {
                verdicts = retry("GetCaseFile", () -> cases().getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(evaluatedCase).build())
                        .getVerdictsList());
                if (verdicts == null || verdicts.isEmpty()) {
                    unexpected.add("the evaluated case has no verdict to override");
                    return;
                }
            }
            Verdict verdict = verdicts.get(choices.nextInt(verdicts.size()));
            String justification = "fault suite override " + UUID.randomUUID();
            OverrideVerdictRequest request = OverrideVerdictRequest.newBuilder().setCaseId(evaluatedCase).setVerdictId(verdict.getId())
                    .setOutcome(OVERRIDES.get(choices.nextInt(OVERRIDES.size()))).setJustification(justification).setAnalyst(ANALYST)
                    .setClientRequestId(UUID.randomUUID().toString()).build();
            try {
                if (retry("OverrideVerdict", () -> cases().overrideVerdict(request), Status.Code.NOT_FOUND) != null) {
                    overrides.add(justification);
                }
            } catch (StatusRuntimeException notFound) {
                verdicts = List.of(); // re-evaluated meanwhile: read the verdicts again
            }
            pause(300);
        }
    }

    private void importUntil(AtomicBoolean stop) {
        while (!stop.get()) {
            // a growing extract: each import adds designations and delists none (the delisting guard stays quiet)
            int size = Math.min(unIndividuals.size(), importSize.getAndIncrement());
            byte[] file = (unHead + String.join("\n", unIndividuals.subList(0, size)) + "</INDIVIDUALS></CONSOLIDATED_LIST>\n")
                    .getBytes(StandardCharsets.UTF_8);
            ImportListRequest request = ImportListRequest.newBuilder().setFormat(ListFormat.UN_CONSOLIDATED_XML)
                    .addFiles(ListFile.newBuilder().setRole("consolidated").setContent(ByteString.copyFrom(file)))
                    .setClientRequestId(UUID.randomUUID().toString()).build();
            if (retry("ImportList", () -> ScreeningServiceGrpc.newBlockingStub(listAdmin.sanctions).withWaitForReady()
                    .withDeadlineAfter(120, TimeUnit.SECONDS).importList(request)) != null) {
                imports.add(sha256(file));
            }
            pause(500);
        }
    }

    // --- the checks after the rounds ---

    private void checkWrites() {
        List<Case> all = listCases();
        for (Map.Entry<String, String> created : casesCreated.entrySet()) {
            long n = all.stream().filter(c -> c.getTitle().equals(created.getKey())).count();
            checks.check("case \"" + created.getKey() + "\" exists once", n == 1, n + " cases of that title");
        }
        for (Map.Entry<String, List<Ingested>> e : ingests.entrySet()) {
            List<String> stored = sourceIds(e.getKey());
            for (Ingested i : e.getValue()) {
                long n = stored.stream().filter(i.sourceId()::equals).count();
                checks.check("ingest " + i.requestId() + " stored once", n == 1, n + " times in case " + e.getKey());
            }
            checks.check("case " + e.getKey() + " holds one source per acknowledged ingest and nothing else",
                    stored.size() == e.getValue().size() && new HashSet<>(stored).size() == stored.size(),
                    stored.size() + " stored, " + e.getValue().size() + " acknowledged");
        }
        List<VerdictChange> history = history(evaluatedCase);
        for (String justification : overrides) {
            long n = history.stream().filter(c -> c.getReason().equals("override: " + justification)).count();
            checks.check("override \"" + justification + "\" in the history once", n == 1, n + " entries");
        }
        List<ListImportRecord> records = ScreeningServiceGrpc.newBlockingStub(listAdmin.sanctions).withDeadlineAfter(60, TimeUnit.SECONDS)
                .listImports(ListImportsRequest.newBuilder().setDataset("un-sc").setLimit(1000).build()).getImportsList();
        for (String sha : imports) {
            long n = records.stream().filter(r -> r.getFilesList().stream().anyMatch(f -> f.getSha256().equals(sha))).count();
            checks.check("import of extract " + sha.substring(0, 12) + " recorded once", n == 1, n + " records");
        }
        checks.check("one import record per acknowledged import", records.size() == imports.size(),
                records.size() + " records, " + imports.size() + " acknowledged");
    }

    /** Every case's file assembles whole: no warning, its sources all there, one verdict per incident and measure. */
    private void checkCasesWhole() {
        for (Case c : listCases()) {
            try {
                CaseFile file = cases().getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(c.getId()).build());
                Set<String> incidents = new HashSet<>();
                file.getIncidentsList().forEach(i -> incidents.add(i.getId()));
                Set<String> keys = new HashSet<>();
                boolean verdictsWhole = file.getVerdictsList().stream()
                        .allMatch(v -> incidents.contains(v.getIncidentId()) && keys.add(v.getIncidentId() + "/" + v.getMeasureId()));
                List<String> inFile = file.getSourcesList().stream().map(s -> s.getId()).sorted().toList();
                List<String> stored = sourceIds(c.getId()).stream().sorted().toList();
                checks.check("case file of \"" + c.getTitle() + "\" is whole",
                        file.getWarningsList().isEmpty() && verdictsWhole && inFile.equals(stored),
                        "warnings " + file.getWarningsList() + ", verdicts whole " + verdictsWhole + ", " + inFile.size() + " sources");
            } catch (StatusRuntimeException e) {
                checks.check("case file of \"" + c.getTitle() + "\" is whole", false, e.getStatus().toString());
            }
        }
    }

    private void checkAuditChains() {
        Map<String, ManagedChannel> services = Map.of("entity-service", auditor.entity, "source-service", auditor.source,
                "sanctions-service", auditor.sanctions);
        for (var s : new java.util.TreeMap<>(services).entrySet()) {
            VerifyAuditLogResponse r = AuditServiceGrpc.newBlockingStub(s.getValue()).withDeadlineAfter(300, TimeUnit.SECONDS)
                    .verifyAuditLog(VerifyAuditLogRequest.getDefaultInstance());
            checks.check("audit chain of " + s.getKey() + " verifies (" + r.getEntries() + " entries)", r.getOk(),
                    "broken at sequence " + r.getBrokenSequence() + ": " + r.getProblem());
        }
    }

    /** The suite never evaluates the ingest cases: source-service's outbox must, after every kill. */
    private void checkReevaluatedByThemselves() throws InterruptedException {
        long deadline = System.nanoTime() + REEVALUATED_WITHIN.toNanos();
        for (Map.Entry<String, List<Ingested>> e : ingests.entrySet()) {
            Instant lastAck = e.getValue().stream().map(Ingested::acknowledged).max(Instant::compareTo).orElse(Instant.EPOCH);
            String state = "";
            boolean done = false;
            while (!done && System.nanoTime() < deadline) {
                try {
                    ListSourcesResponse sources = SourceServiceGrpc.newBlockingStub(reviewer.source).withDeadlineAfter(30, TimeUnit.SECONDS)
                            .listSources(ListSourcesRequest.newBuilder().setCaseId(e.getKey()).setPageSize(1).build());
                    String evaluatedAt = cases().getCase(GetCaseRequest.newBuilder().setId(e.getKey()).build()).getEvaluatedAt();
                    done = !sources.hasEvaluation() && !evaluatedAt.isEmpty() && !Instant.parse(evaluatedAt).isBefore(lastAck);
                    state = "evaluated at " + evaluatedAt + ", last ingest acknowledged " + lastAck
                            + (sources.hasEvaluation() ? ", still owed: " + sources.getEvaluation() : "");
                } catch (StatusRuntimeException x) {
                    state = x.getStatus().toString();
                }
                if (!done) {
                    Thread.sleep(1_000);
                }
            }
            checks.check("case " + e.getKey() + " re-evaluated by itself after its " + e.getValue().size() + " ingests", done, state);
        }
    }

    // --- helpers ---

    private CaseServiceGrpc.CaseServiceBlockingStub cases() {
        return CaseServiceGrpc.newBlockingStub(reviewer.sanctions).withWaitForReady().withDeadlineAfter(CALL.toSeconds(), TimeUnit.SECONDS);
    }

    private Map<Service, Long> pids() throws java.io.IOException {
        Map<Service, Long> pids = new HashMap<>();
        for (Service s : Service.values()) {
            pids.put(s, launcher.pid(s));
        }
        return pids;
    }

    private List<Case> listCases() {
        return cases().listCases(ListCasesRequest.newBuilder().setLimit(1000).build()).getCasesList();
    }

    private List<String> sourceIds(String caseId) {
        return SourceServiceGrpc.newBlockingStub(reviewer.source).withDeadlineAfter(60, TimeUnit.SECONDS)
                .listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).setPageSize(1000).build())
                .getSourcesList().stream().map(s -> s.getId()).toList();
    }

    private List<VerdictChange> history(String caseId) {
        List<VerdictChange> all = new ArrayList<>();
        String token = "";
        do {
            GetCaseHistoryResponse page = cases().getCaseHistory(GetCaseHistoryRequest.newBuilder().setCaseId(caseId)
                    .setPageSize(1000).setPageToken(token).build());
            all.addAll(page.getChangesList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return all;
    }

    private <T> T retry(String rpc, Supplier<T> call) {
        return retry(rpc, call, null);
    }

    /**
     * The call, again with the same request (so the same client_request_id) after each transient
     * failure, until it is answered; null when it never is within {@link #GIVE_UP} or is refused
     * for another reason (recorded: a failed check). {@code passThrough}: a code the caller handles.
     */
    private <T> T retry(String rpc, Supplier<T> call, Status.Code passThrough) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        StatusRuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                return call.get();
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() == passThrough) {
                    throw e;
                }
                if (!TRANSIENT.contains(e.getStatus().getCode())) {
                    unexpected.add(rpc + ": " + e.getStatus().getCode() + " " + e.getStatus().getDescription());
                    return null;
                }
                last = e;
                retried.incrementAndGet();
                pause(500);
            }
        }
        unexpected.add(rpc + " not answered within " + GIVE_UP + ": " + (last == null ? "" : last.getStatus()));
        return null;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Named checks, counted; each failure is printed with what was found. */
    static final class Checks {
        private final AtomicInteger passed = new AtomicInteger();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        void check(String name, boolean ok, String found) {
            if (ok) {
                passed.incrementAndGet();
            } else {
                failures.add(name + ": " + found);
            }
            System.out.println("fault suite: " + (ok ? "PASS " : "FAIL ") + name + (ok ? "" : " — " + found));
        }

        /** A check whose problem is the string given; empty: passed. */
        void check(String name, String problem) {
            check(name, problem.isEmpty(), problem);
        }

        int failed() {
            return failures.size();
        }

        String failures() {
            return String.join("\n", failures);
        }

        String summary() {
            return passed.get() + " passed, " + failures.size() + " failed";
        }
    }
}
