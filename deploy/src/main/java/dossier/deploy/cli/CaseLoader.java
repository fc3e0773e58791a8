package dossier.deploy.cli;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.IngestSourceResponse;
import dossier.source.v1.SourceServiceGrpc;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Creates a case, ingests its articles and evaluates it — only through the public gRPC API. */
public final class CaseLoader {

    private final Endpoints endpoints;
    private final Consumer<String> progress;

    public CaseLoader(Endpoints endpoints, Consumer<String> progress) {
        this.endpoints = endpoints;
        this.progress = progress;
    }

    /** Returns the id of the new case. */
    public String load(SampleCase sample) {
        var cases = CaseServiceGrpc.newBlockingStub(endpoints.sanctions).withDeadlineAfter(30, TimeUnit.SECONDS);
        Case created = cases.createCase(CreateCaseRequest.newBuilder()
                .setTitle(sample.title()).setDescription(sample.description()).build());
        progress.accept("created case \"" + created.getTitle() + "\" (" + created.getId() + ")");
        for (SampleCase.Article article : sample.articles()) {
            IngestSourceResponse ingested = SourceServiceGrpc.newBlockingStub(endpoints.source)
                    .withDeadlineAfter(120, TimeUnit.SECONDS)
                    .ingestSource(IngestSourceRequest.newBuilder()
                            .setCaseId(created.getId())
                            .setText(article.text())
                            .setOutlet(article.outlet())
                            .setUrl(article.url())
                            .setPublishedDate(article.publishedDate())
                            .build());
            progress.accept("ingested " + article.name() + ": \"" + ingested.getSource().getTitle() + "\", "
                    + ingested.getClaimsCount() + " claims" + (ingested.getDuplicate() ? " (duplicate)" : ""));
        }
        EvaluateCaseResponse evaluated = CaseServiceGrpc.newBlockingStub(endpoints.sanctions)
                .withDeadlineAfter(120, TimeUnit.SECONDS)
                .evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(created.getId()).build());
        progress.accept("evaluated: " + evaluated.getIncidentsCount() + " incidents, " + evaluated.getVerdictsCount() + " verdicts");
        return created.getId();
    }
}
