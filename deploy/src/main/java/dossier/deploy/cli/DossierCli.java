package dossier.deploy.cli;

import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import io.grpc.StatusRuntimeException;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The command-line client of the launcher ({@code deploy/local/dossier demo}): it talks to the
 * services only through their public gRPC API, as an integrator would.
 */
@QuarkusMain
public class DossierCli implements QuarkusApplication {

    private static final String USAGE = """
            usage: dossier-cli demo [DIR]     create the sample case (or the case in DIR: case.json + articles)
                   dossier-cli cases          list the cases
                   dossier-cli case ID [--markdown|--json]   print the case file (or export it as a report / JSON)
                   dossier-cli screen NAME    screen a name against the imported lists
                   dossier-cli audit-verify   check each service's audit chain as an auditor (exit 1 when one is broken)
                   dossier-cli load [SECONDS] [READERS] [INGESTERS] [WARMUP] [other|same]   GetCaseFile under ingest load: calls/s, p50/p95/p99
                   dossier-cli soak [MINUTES]   mixed traffic and hostile sizes; each service's peak memory against its limits (run by dossier soak)""";

    @Override
    public int run(String... args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            return 2;
        }
        try (Endpoints endpoints = Endpoints.fromEnvironment(System.getenv())) {
            return switch (args[0]) {
                case "demo" -> demo(endpoints, args.length > 1 ? SampleCase.fromDirectory(Path.of(args[1])) : SampleCase.bundled());
                case "cases" -> cases(endpoints);
                case "case" -> args.length > 2 ? export(endpoints, args[1], args[2])
                        : args.length > 1 ? printCase(endpoints, args[1]) : usage();
                case "audit-verify" -> AuditCheck.run(endpoints, System.out);
                case "load" -> CaseFileLoad.run(endpoints, args, System.out);
                case "soak" -> Soak.run(args, System.getenv(), System.out);
                case "screen" -> args.length > 1 ? screen(endpoints, String.join(" ", java.util.Arrays.copyOfRange(args, 1, args.length))) : usage();
                default -> usage();
            };
        } catch (StatusRuntimeException e) {
            System.err.println("dossier: " + e.getStatus().getCode() + ": " + e.getStatus().getDescription()
                    + (e.getStatus().getCode() == io.grpc.Status.Code.UNAVAILABLE ? " (is the suite up? deploy/local/dossier up)" : ""));
            return 1;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("dossier: " + e.getMessage());
            return 1;
        }
    }

    private static int usage() {
        System.err.println(USAGE);
        return 2;
    }

    private static int cases(Endpoints endpoints) {
        CaseServiceGrpc.newBlockingStub(endpoints.sanctions).withDeadlineAfter(30, TimeUnit.SECONDS)
                .listCases(dossier.sanctions.v1.ListCasesRequest.newBuilder().setLimit(200).build()).getCasesList()
                .forEach(c -> System.out.printf("%s  %-10s %s%n", c.getId(), c.getStatus(), c.getTitle()));
        return 0;
    }

    private static int printCase(Endpoints endpoints, String caseId) {
        CaseFilePrinter.print(CaseServiceGrpc.newBlockingStub(endpoints.sanctions).withDeadlineAfter(60, TimeUnit.SECONDS)
                .getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(caseId).build()), System.out);
        return 0;
    }

    private static int export(Endpoints endpoints, String caseId, String option) {
        dossier.sanctions.v1.ExportFormat format = switch (option) {
            case "--markdown" -> dossier.sanctions.v1.ExportFormat.MARKDOWN;
            case "--json" -> dossier.sanctions.v1.ExportFormat.JSON;
            default -> null;
        };
        if (format == null) {
            return usage();
        }
        System.out.print(CaseServiceGrpc.newBlockingStub(endpoints.sanctions).withDeadlineAfter(60, TimeUnit.SECONDS)
                .exportCaseFile(dossier.sanctions.v1.ExportCaseFileRequest.newBuilder().setCaseId(caseId).setFormat(format).build())
                .getContent().toStringUtf8());
        return 0;
    }

    private static int demo(Endpoints endpoints, SampleCase sample) {
        String caseId = new CaseLoader(endpoints, line -> System.out.println("dossier: " + line)).load(sample);
        CaseFile file = CaseServiceGrpc.newBlockingStub(endpoints.sanctions).withDeadlineAfter(60, TimeUnit.SECONDS)
                .getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(caseId).build());
        CaseFilePrinter.print(file, System.out);
        String web = System.getenv().getOrDefault("DOSSIER_WEB_PORT", "8080");
        String scheme = System.getenv().getOrDefault("DOSSIER_TLS_CA", "").isBlank() ? "http" : "https";
        System.out.println("Open the case file: " + scheme + "://localhost:" + web + "/cases/" + caseId);
        return 0;
    }

    private static int screen(Endpoints endpoints, String name) {
        ScreenResponse response = ScreeningServiceGrpc.newBlockingStub(endpoints.sanctions).withDeadlineAfter(30, TimeUnit.SECONDS)
                .screen(ScreenRequest.newBuilder().setName(name).build());
        for (ScreeningHit hit : response.getHitsList()) {
            System.out.printf("%.3f %s %-40s %s %s %s%n", hit.getScore(), hit.getPassesThreshold() ? "PASS" : "    ",
                    hit.getName(), hit.getList(), hit.getProgram(), hit.getReference());
        }
        return 0;
    }
}
