package dossier.web.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Notifications with their text in a span (kept as text, and findable by tests). */
final class Notices {

    private Notices() {
    }

    static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR, "notice-error", 10_000);
    }

    static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, "notice-success", 5_000);
    }

    private static void show(String message, NotificationVariant variant, String className, int millis) {
        Span text = new Span(message);
        text.addClassName(className);
        Notification n = new Notification(text);
        n.addThemeVariants(variant);
        n.setDuration(millis);
        n.setPosition(Notification.Position.TOP_CENTER);
        n.open();
    }
}
