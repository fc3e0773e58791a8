package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import dossier.sanctions.v1.CaseFile;
import dossier.source.v1.Source;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.Timeline;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The timeline picture, and below it the claims and sentences of the event date picked in it.
 */
final class TimelineSection {

    static final int DETAIL_LIMIT = 12;

    private TimelineSection() {
    }

    static Component of(CaseFile file, Timeline timeline, CaseFileIndex index) {
        Div root = new Div();
        root.setId("timeline");
        Map<String, Source> sources = new LinkedHashMap<>();
        file.getSourcesList().forEach(s -> sources.put(s.getId(), s));
        Div legend = Parts.row(Parts.legendKey("tl-key-bar", "event, over the dates it may have happened"),
                Parts.legendKey("tl-key-dot", "event on a day"), Parts.legendKey("tl-key-conflict", "sources disagree on the date"),
                Parts.legendKey("tl-key-diamond", "source published"), Parts.legendKey("tl-key-flag", "measure adopted"));
        legend.addClassName("legend");
        Div picture = new Div();
        picture.addClassName("picture");
        picture.getElement().setProperty("innerHTML", TimelineSvg.render(timeline));
        Div detail = new Div(Parts.muted("Pick an event date in the timeline to read its claims and sentences."));
        detail.setId("timeline-detail");
        detail.addClassName("detail-panel");
        detail.getElement().setAttribute("aria-live", "polite");
        Links.onActivate(picture.getElement(), Links.DETAIL, id -> timeline.items().stream()
                .filter(i -> i.id().equals(id)).findFirst().ifPresent(i -> show(detail, i, index, sources)));
        root.add(legend, picture, detail);
        return root;
    }

    private static void show(Div detail, Timeline.Item item, CaseFileIndex index, Map<String, Source> sources) {
        detail.removeAll();
        H4 title = new H4(item.ariaLabel());
        title.setId("timeline-detail-title");
        detail.add(title);
        // a date fifty reports agree on would list fifty sentences: the first ones, then a count
        int shown = 0;
        for (String claimId : item.claimIds()) {
            if (shown == DETAIL_LIMIT) {
                detail.add(Parts.muted("… and " + (item.claimIds().size() - shown) + " more claims give this date (see Claims)"));
                break;
            }
            var c = index.claim(claimId);
            if (c.isPresent()) {
                detail.add(Sentences.of(c.get(), index, sources, "timeline-sentence-" + c.get().getId()));
                shown++;
            }
        }
        if (item.claimIds().isEmpty()) {
            detail.add(Parts.muted("No claim in the case file gives this date."));
        }
    }
}
