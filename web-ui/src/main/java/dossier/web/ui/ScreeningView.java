package dossier.web.ui;

import static dossier.support.security.Roles.ANALYST;
import static dossier.support.security.Roles.REVIEWER;
import static dossier.support.security.Roles.INTEGRATOR;
import static dossier.support.security.Roles.LIST_ADMIN;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dossier.entity.v1.MatchReason;
import dossier.entity.v1.Schema;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningHit;
import dossier.web.client.ScreeningClient;
import dossier.web.client.ServiceException;
import dossier.web.model.Formats;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** Screens one name against the imported lists and shows why each hit scored as it did. */
@Route(value = "screening", layout = MainLayout.class)
@OpenTo({ANALYST, REVIEWER, INTEGRATOR, LIST_ADMIN})
@PageTitle("Screening · Dossier")
public class ScreeningView extends VerticalLayout {

    private final ScreeningClient screening;
    private final TextField name = new TextField("Name");
    private final Select<Schema> schema = new Select<>();
    private final TextField country = new TextField("Country");
    private final TextField birthDate = new TextField("Birth date");
    private final Grid<ScreeningHit> hits = new Grid<>();
    private final Span summary = new Span();

    @Inject
    public ScreeningView(ScreeningClient screening) {
        this.screening = screening;
        addClassName("page");
        setSizeFull();

        name.setId("screen-name");
        name.setWidth("20em");
        schema.setLabel("Schema");
        schema.setId("screen-schema");
        schema.setItems(Arrays.stream(Schema.values())
                .filter(s -> s != Schema.UNRECOGNIZED).toList());
        schema.setItemLabelGenerator(s -> s == Schema.SCHEMA_UNSPECIFIED ? "Any" : Formats.humanize(s.name()));
        schema.setValue(Schema.SCHEMA_UNSPECIFIED);
        country.setId("screen-country");
        country.setHelperText("ISO code or name");
        birthDate.setId("screen-birth-date");
        birthDate.setHelperText("YYYY, YYYY-MM or YYYY-MM-DD");
        Button screen = new Button("Screen", e -> screen());
        screen.setId("screen-button");
        screen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        screen.addClickShortcut(Key.ENTER);

        HorizontalLayout form = new HorizontalLayout(name, schema, country, birthDate, screen);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        hits.setId("screen-hits");
        hits.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        hits.addColumn(ScreeningHit::getName).setHeader("Entity").setFlexGrow(2);
        hits.addColumn(ScreeningHit::getMatchedName).setHeader("Matched name").setFlexGrow(2);
        hits.addColumn(new ComponentRenderer<>(h -> Parts.badge(Formats.percent(h.getScore()),
                h.getPassesThreshold() ? "badge error" : "badge contrast"))).setHeader("Score").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(ScreeningHit::getList).setHeader("List").setFlexGrow(2);
        hits.addColumn(ScreeningHit::getProgram).setHeader("Program").setFlexGrow(1);
        hits.addColumn(ScreeningHit::getReference).setHeader("Reference").setFlexGrow(1);
        hits.addColumn(new ComponentRenderer<>(ScreeningView::reasons)).setHeader("Reasons").setFlexGrow(4);
        hits.setEmptyStateText("Enter a name and press Screen.");

        summary.setId("screen-summary");
        add(new H2("Screening"), form, summary, hits);
        setFlexGrow(1, hits);
    }

    private void screen() {
        if (name.getValue().isBlank()) {
            name.setErrorMessage("Enter a name to screen");
            name.setInvalid(true);
            return;
        }
        name.setInvalid(false);
        ScreenRequest request = ScreenRequest.newBuilder()
                .setName(name.getValue().strip())
                .setSchema(schema.getValue() == null ? Schema.SCHEMA_UNSPECIFIED : schema.getValue())
                .setCountry(country.getValue().strip())
                .setBirthDate(birthDate.getValue().strip())
                .setLimit(20)
                .build();
        try {
            ScreenResponse r = screening.screen(request);
            hits.setItems(r.getHitsList());
            long passing = r.getHitsList().stream().filter(ScreeningHit::getPassesThreshold).count();
            summary.setText(r.getHitsCount() + " candidates, " + passing + " above the threshold of "
                    + Formats.percent(r.getThreshold()));
        } catch (ServiceException e) {
            hits.setItems(List.of());
            summary.setText(e.getMessage());
            Notices.error(e.getMessage());
        }
    }

    private static Div reasons(ScreeningHit h) {
        Div d = new Div();
        for (MatchReason r : h.getReasonsList()) {
            Div line = new Div(new Span(Formats.humanize(r.getFeature()) + " " + Formats.percent(r.getScore())),
                    Parts.muted(r.getDetail().isBlank() ? "" : " — " + r.getDetail()));
            line.getStyle().set("font-size", "var(--lumo-font-size-s)");
            d.add(line);
        }
        return d;
    }
}
