package dossier.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dossier.sanctions.v1.ExportCaseFileResponse;
import dossier.sanctions.v1.ExportFormat;
import dossier.web.client.CaseClient;
import dossier.web.client.ServiceException;
import dossier.web.model.Exports;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Download the case file as JSON, Markdown or PDF. The export is fetched when the button is
 * pressed, so a refusal (an unknown case, a format the service cannot produce yet) is a readable
 * notice rather than a failed download; the file then downloads through a link that stays
 * beside the buttons for a second copy.
 */
final class ExportBar extends Div {

    private final CaseClient cases;
    private final String caseId;
    private final Div links = new Div();

    ExportBar(CaseClient cases, String caseId) {
        this.cases = cases;
        this.caseId = caseId;
        setId("export-bar");
        addClassName("row");
        add(Parts.muted("Export"));
        for (ExportFormat format : Exports.OFFERED) {
            Button b = new Button(Exports.label(format), VaadinIcon.DOWNLOAD_ALT.create(), e -> export(format));
            b.setId("export-" + key(format));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(b);
        }
        links.addClassName("row");
        add(links);
    }

    private static String key(ExportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private void export(ExportFormat format) {
        ExportCaseFileResponse r;
        try {
            r = cases.exportCaseFile(caseId, format);
        } catch (ServiceException e) {
            Notices.error(e.getMessage());
            return;
        }
        byte[] bytes = r.getContent().toByteArray();
        String name = Exports.fileName(r, caseId, format);
        String type = Exports.contentType(r, format);
        Anchor link = new Anchor();
        link.setHref(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length)), AttachmentType.DOWNLOAD);
        link.setText(name);
        link.setId("export-link-" + key(format));
        link.getElement().setAttribute("download", name);
        links.getChildren().filter(c -> c.getId().equals(link.getId())).toList().forEach(links::remove);
        links.add(link);
        // start the download at once; the link stays for another copy
        link.getElement().executeJs("this.click()");
    }
}
