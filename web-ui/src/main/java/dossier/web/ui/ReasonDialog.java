package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dossier.web.client.ServiceException;
import java.util.function.Function;

/**
 * A change an analyst must justify in writing (an override, a dismissed hit). The service decides
 * what is valid: its message marks the reason field and the dialog stays open with what was typed.
 */
class ReasonDialog extends Dialog {

    private final CaseActions actions;
    private final TextArea reason;
    private final FormLayout form = new FormLayout();

    ReasonDialog(CaseActions actions, String id, String title, String reasonLabel, String analyst) {
        this.actions = actions;
        setId(id);
        setHeaderTitle(title);
        setWidth("38em");
        reason = new TextArea(reasonLabel);
        reason.setId(id + "-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMinHeight("8em");
        reason.setHelperText("Recorded as " + analyst);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(reason);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()));
    }

    /** A field shown above the reason (e.g. the outcome to set). */
    void addField(Component field) {
        form.addComponentAsFirst(field);
    }

    /**
     * A footer button that performs the change with the typed reason; the function returns the
     * sentence shown on success.
     */
    Button addAction(String label, String id, boolean primary, Function<String, String> call) {
        Button b = new Button(label, e -> {
            reason.setInvalid(false);
            try {
                actions.change(() -> call.apply(reason.getValue().strip()));
                close();
            } catch (ServiceException ex) {
                if (ex.kind() == ServiceException.Kind.INVALID_INPUT) {
                    reason.setErrorMessage(ex.getMessage());
                    reason.setInvalid(true);
                }
            }
        });
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        getFooter().add(b);
        return b;
    }
}
