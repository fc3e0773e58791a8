package dossier.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dossier.sanctions.v1.Case;
import dossier.web.client.CaseClient;
import dossier.web.client.ServiceException;
import java.util.function.Consumer;

/** Title and description of a new case; the service decides what is valid and says why not. */
class NewCaseDialog extends Dialog {

    NewCaseDialog(CaseClient cases, Consumer<Case> created) {
        setHeaderTitle("New case");
        setId("new-case-dialog");
        setWidth("36em");

        TextField title = new TextField("Title");
        title.setId("new-case-title");
        title.setRequired(true);
        title.setMaxLength(200);
        TextArea description = new TextArea("Description");
        description.setId("new-case-description");
        TextField analyst = new TextField("Assigned analyst");
        analyst.setId("new-case-analyst");
        FormLayout form = new FormLayout(title, description, analyst);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save = new Button("Create", e -> {
            title.setInvalid(false);
            try {
                Case c = cases.createCase(title.getValue().strip(), description.getValue().strip(),
                        analyst.getValue().strip());
                close();
                Notices.success("Case \"" + c.getTitle() + "\" created");
                created.accept(c);
            } catch (ServiceException ex) {
                if (ex.kind() == ServiceException.Kind.INVALID_INPUT) {
                    title.setErrorMessage(ex.getMessage());
                    title.setInvalid(true);
                }
                Notices.error(ex.getMessage());
            }
        });
        save.setId("new-case-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }
}
