package dossier.web.ui;

import com.google.protobuf.ByteString;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.IngestSourceResponse;
import dossier.web.client.ServiceException;
import dossier.web.client.SourceClient;
import dossier.web.model.SourceFormats;

/**
 * Adds an article to a case: metadata plus either pasted text or an uploaded .txt/.md/.html file.
 * The dialog stays open on errors so nothing typed is lost; the service's message is shown.
 */
class AddSourceDialog extends Dialog {

    private final SourceClient sources;
    private final String caseId;
    private final Runnable added;
    private final TextField title = new TextField("Title");
    private final TextField outlet = new TextField("Outlet");
    private final TextField url = new TextField("URL");
    private final DatePicker published = new DatePicker("Published");
    private final TextArea text = new TextArea("Text");
    private final Span uploaded = new Span();
    private volatile byte[] fileBytes;
    private volatile String fileName;

    AddSourceDialog(SourceClient sources, String caseId, Runnable added) {
        this.sources = sources;
        this.caseId = caseId;
        this.added = added;
        setHeaderTitle("Add source");
        setId("add-source-dialog");
        setWidth("48em");

        title.setId("source-title-field");
        title.setHelperText("Optional: taken from the text when empty");
        outlet.setId("source-outlet-field");
        url.setId("source-url-field");
        published.setId("source-published-field");
        text.setId("source-text-field");
        text.setHeight("14em");
        text.setHelperText("Paste the article, or upload a file below");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            fileBytes = bytes;
            fileName = meta.fileName();
            ui.access(() -> uploaded.setText("File ready: " + meta.fileName() + " (" + bytes.length + " bytes)"));
        }));
        upload.setId("source-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SourceFormats.MAX_BYTES);
        upload.setAcceptedFileTypes(SourceFormats.ACCEPTED_EXTENSIONS);
        upload.addFileRejectedListener(e -> Notices.error(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> {
            fileBytes = null;
            fileName = null;
            uploaded.setText("");
        });

        FormLayout form = new FormLayout(title, outlet, url, published, text);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(text, 2);
        add(form, upload, uploaded);

        Button save = new Button("Add", e -> save());
        save.setId("source-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        IngestSourceRequest.Builder req = IngestSourceRequest.newBuilder()
                .setCaseId(caseId)
                .setTitle(title.getValue().strip())
                .setOutlet(outlet.getValue().strip())
                .setUrl(url.getValue().strip());
        if (published.getValue() != null) {
            req.setPublishedDate(published.getValue().toString());
        }
        byte[] bytes = fileBytes;
        if (bytes != null) {
            var type = SourceFormats.contentType(fileName);
            if (type.isEmpty()) {
                Notices.error("Only .txt, .md and .html files can be added as sources");
                return;
            }
            // the service checks the bytes are UTF-8 and says so when they are not
            req.setRaw(ByteString.copyFrom(bytes)).setContentType(type.get());
        } else if (!text.getValue().isBlank()) {
            req.setText(text.getValue()).setContentType("text/plain");
        } else {
            text.setErrorMessage("Paste the article's text or upload a file");
            text.setInvalid(true);
            return;
        }
        try {
            IngestSourceResponse r = sources.ingest(req.build());
            close();
            if (r.getDuplicate()) {
                Notices.success("This text is already in the case as \"" + r.getSource().getTitle() + "\"");
            } else {
                Notices.success("Source \"" + r.getSource().getTitle() + "\" added with "
                        + r.getClaimsCount() + " claims");
            }
            added.run();
        } catch (ServiceException e) {
            Notices.error(e.getMessage());
        }
    }
}
