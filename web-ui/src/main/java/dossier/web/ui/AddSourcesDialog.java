package dossier.web.ui;

import com.google.protobuf.ByteString;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.IngestSourceResponse;
import dossier.web.client.ServiceException;
import dossier.web.client.SourceClient;
import dossier.web.model.SourceFormats;
import dossier.web.model.UploadBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Adds several files at once. The upload shows each file's transfer; below, each file has its own
 * line for the ingest (waiting, extracting, added with its claims, or the service's reason), done
 * one file at a time off the request thread and pushed to the page as it goes. When the last file
 * is through and any was added, {@code whenDone} is told when the last source was stored, so the
 * case file can wait for the re-evaluation source-service starts after each source.
 */
class AddSourcesDialog extends Dialog {

    private final SourceClient sources;
    private final String caseId;
    private final java.util.function.Consumer<String> whenDone;
    /** The server's time the last added source was stored: its evaluation finishes after it. */
    private volatile String lastIngestedAt = "";
    private final UploadBatch batch = new UploadBatch();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-add-sources");
        t.setDaemon(true);
        return t;
    });
    private final Div lines = new Div();
    private final Span summary = new Span();
    private final List<ProgressBar> bars = new ArrayList<>();
    private final List<Span> states = new ArrayList<>();

    AddSourcesDialog(SourceClient sources, String caseId, java.util.function.Consumer<String> whenDone) {
        this.sources = sources;
        this.caseId = caseId;
        this.whenDone = whenDone;
        setHeaderTitle("Add files");
        setId("add-files-dialog");
        setWidth("44em");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String name = meta.fileName();
            int index = batch.add(name);
            ui.access(() -> line(index, name));
            worker.submit(SignedInUser.carryingToken(() -> ingest(ui, index, name, bytes)));
        }));
        upload.setId("files-upload");
        upload.setMaxFiles(20);
        upload.setMaxFileSize(SourceFormats.MAX_BYTES);
        upload.setAcceptedFileTypes(SourceFormats.ACCEPTED_EXTENSIONS);
        upload.addFileRejectedListener(e -> Notices.error(e.getErrorMessage()));
        lines.setId("files-progress");
        lines.addClassName("file-lines");
        lines.getElement().setAttribute("aria-live", "polite");
        summary.setId("files-summary");
        add(new Span("Drop .txt, .md or .html files: each becomes a source of the case."), upload, lines, summary);
        Button close = new Button("Close", e -> close());
        close.setId("files-close");
        getFooter().add(close);
        addDetachListener(e -> worker.shutdown());
    }

    private void line(int index, String name) {
        Span file = new Span(name);
        file.addClassName("file-name");
        Span state = new Span(batch.entries().get(index).status());
        state.setId("file-state-" + index);
        ProgressBar bar = new ProgressBar();
        bar.setId("file-bar-" + index);
        bar.getElement().setAttribute("aria-label", "Progress of " + name);
        bar.setValue(0);
        Div line = new Div(file, state, bar);
        line.setId("file-line-" + index);
        line.addClassName("file-line");
        lines.add(line);
        bars.add(bar);
        states.add(state);
        summary.setText(batch.summary());
    }

    private void ingest(UI ui, int index, String name, byte[] bytes) {
        show(ui, batch.update(index, UploadBatch.State.INGESTING, null));
        var type = SourceFormats.contentType(name);
        if (type.isEmpty()) {
            show(ui, batch.update(index, UploadBatch.State.FAILED, "only .txt, .md and .html files can be added"));
            return;
        }
        IngestSourceRequest req = IngestSourceRequest.newBuilder().setCaseId(caseId)
                .setRaw(ByteString.copyFrom(bytes)).setContentType(type.get()).build();
        try {
            IngestSourceResponse r = sources.ingest(req);
            if (!r.getDuplicate() && r.getSource().getIngestedAt().compareTo(lastIngestedAt) > 0) {
                lastIngestedAt = r.getSource().getIngestedAt();
            }
            show(ui, r.getDuplicate()
                    ? batch.update(index, UploadBatch.State.DUPLICATE, "“" + r.getSource().getTitle() + "”")
                    : batch.update(index, UploadBatch.State.ADDED, r.getClaimsCount() + (r.getClaimsCount() == 1 ? " claim" : " claims")));
        } catch (ServiceException e) {
            show(ui, batch.update(index, UploadBatch.State.FAILED, e.getMessage()));
        } catch (RuntimeException e) {
            show(ui, batch.update(index, UploadBatch.State.FAILED, "the file could not be read"));
        }
    }

    /** Pushes a file's new state to the page; the last one tells the case file to wait for its evaluation. */
    private void show(UI ui, UploadBatch.Entry e) {
        boolean last = batch.finished();
        ui.access(() -> {
            if (e.index() < states.size()) {
                states.get(e.index()).setText(e.status());
                ProgressBar bar = bars.get(e.index());
                bar.setIndeterminate(e.state() == UploadBatch.State.INGESTING);
                bar.setValue(e.done() ? 1 : 0);
                if (e.state() == UploadBatch.State.FAILED) {
                    bar.addThemeName("error");
                } else if (e.done()) {
                    bar.addThemeName("success");
                }
            }
            summary.setText(batch.summary());
            if (last && batch.anyAdded()) {
                whenDone.accept(lastIngestedAt);
            }
        });
    }
}
