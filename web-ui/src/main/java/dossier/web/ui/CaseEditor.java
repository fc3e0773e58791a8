package dossier.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.web.client.ServiceException;
import dossier.web.model.Badges;
import java.util.List;

/** Status, assigned analyst and notes of a case, saved together with UpdateCase. */
final class CaseEditor extends Div {

    CaseEditor(Case c, CaseActions actions) {
        setId("case-editor");
        addClassName("case-editor");

        Select<CaseStatus> status = new Select<>();
        status.setId("case-status-select");
        status.setLabel("Status");
        // only a reviewer closes a case
        status.setItems(SignedInUser.mayReview() || c.getStatus() == CaseStatus.CLOSED
                ? List.of(CaseStatus.OPEN, CaseStatus.IN_REVIEW, CaseStatus.CLOSED)
                : List.of(CaseStatus.OPEN, CaseStatus.IN_REVIEW));
        status.setItemLabelGenerator(s -> Badges.caseStatus(s).label());
        if (c.getStatus() != CaseStatus.CASE_STATUS_UNSPECIFIED && c.getStatus() != CaseStatus.UNRECOGNIZED) {
            status.setValue(c.getStatus());
        }
        status.setWidth("11em");

        TextField analyst = new TextField("Assigned analyst");
        analyst.setId("case-analyst-field");
        analyst.setValue(c.getAssignedAnalyst());
        analyst.setWidth("16em");

        TextArea notes = new TextArea("Notes");
        notes.setId("case-notes-field");
        notes.setValue(c.getNotes());
        notes.setWidthFull();
        notes.setMinHeight("5em");
        notes.setMaxHeight("14em");
        notes.setPlaceholder("What is open, who was asked, what to check next");

        Button save = new Button("Save", e -> {
            UpdateCaseRequest.Builder req = UpdateCaseRequest.newBuilder().setId(c.getId())
                    .setAssignedAnalyst(analyst.getValue().strip()).setNotes(notes.getValue());
            if (status.getValue() != null) {
                req.setStatus(status.getValue());
            }
            try {
                actions.change(() -> {
                    actions.cases.updateCase(req.build());
                    return "Case saved";
                });
            } catch (ServiceException ex) {
                // shown as a notice; the typed notes stay in the field
            }
        });
        save.setId("case-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setVisible(SignedInUser.mayEvaluate());
        Div fields = Parts.row(status, analyst, save);
        fields.addClassName("case-editor-fields");
        add(fields, notes);
    }
}
