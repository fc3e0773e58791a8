package dossier.web.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo (with its badge styles) plus a small stylesheet of our own, both loaded at run time so the
 * prebuilt production bundle serves the app and no npm build is needed. Server push is on.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("dossier.css")
// files added in a batch and the re-evaluation after them update the page as they finish. Long
// polling, not WebSocket: the WebSocket's open runs on the Vert.x event loop and waits there for
// the Vaadin session lock, while the request holding that lock waits for a gRPC answer on the
// same event loop (seen as a deadlock in the browser tests)
@Push(transport = Transport.LONG_POLLING)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Dossier");
    }
}
