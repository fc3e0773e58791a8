package dossier.web.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * The analyst's name, kept in the Vaadin session: entered once (in the header, or when an action
 * first needs it) and recorded with every override, dismissal and decision. Until sign-in comes
 * (see DESIGN.md, security), this is who the services are told acts.
 */
final class AnalystSession {

    private static final String KEY = "dossier.analyst";

    private AnalystSession() {
    }

    /** Fired on the UI when the name changes, so the header field follows a name entered in a dialog. */
    static final class Changed extends ComponentEvent<UI> {
        private final String name;

        Changed(UI ui, String name) {
            super(ui, false);
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    static String name() {
        Object value = VaadinSession.getCurrent().getAttribute(KEY);
        return value == null ? "" : value.toString();
    }

    static void set(String name) {
        String clean = name == null ? "" : name.strip();
        VaadinSession.getCurrent().setAttribute(KEY, clean.isEmpty() ? null : clean);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new Changed(ui, clean));
        }
    }

    static Registration onChange(UI ui, Consumer<String> listener) {
        return ComponentUtil.addListener(ui, Changed.class, e -> listener.accept(e.name()));
    }

    /** Runs the action with the analyst's name, asking for it first when the session has none. */
    static void require(Consumer<String> action) {
        String current = name();
        if (!current.isEmpty()) {
            action.accept(current);
            return;
        }
        Dialog ask = new Dialog();
        ask.setId("analyst-dialog");
        ask.setHeaderTitle("Who is working on this case?");
        TextField field = new TextField("Your name");
        field.setId("analyst-dialog-name");
        field.setHelperText("Recorded with your overrides, dismissals and decisions in this session");
        field.setWidthFull();
        ask.add(field);
        Button ok = new Button("Continue", e -> {
            if (field.getValue().isBlank()) {
                field.setErrorMessage("Enter your name");
                field.setInvalid(true);
                return;
            }
            set(field.getValue());
            ask.close();
            action.accept(name());
        });
        ok.setId("analyst-dialog-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(new Button("Cancel", e -> ask.close()), ok);
        ask.open();
        field.focus();
    }
}
