package dossier.sanctions.mapping;

import dossier.sanctions.measures.MeasureDefinition;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.Measure;
import dossier.sanctions.v1.MeasureScope;

/** Measure definitions → wire messages. */
public final class MeasureMapper {
    private MeasureMapper() {
    }

    public static Measure toProto(MeasureDefinition m) {
        Measure.Builder b = Measure.newBuilder()
                .setId(m.id())
                .setRegime(m.regime())
                .setTitle(m.title())
                .setAdopted(m.adopted())
                .setDirection(m.direction())
                .setTargetCountry(m.targetCountry())
                .setBound(m.bound() == null ? "" : m.bound())
                .addAllConduct(m.conductOrEmpty())
                .setVersion(m.version())
                .setNature(m.nature())
                .addAllElements(m.elements())
                .setExposed(m.exposed() == null ? "" : m.exposed());
        m.citations().forEach(c -> b.addCitations(Citation.newBuilder().setInstrument(c.instrument())
                .setProvision(c.provision()).setSummary(c.summary() == null ? "" : c.summary())));
        b.addAllItemCategories(m.itemCategories());
        b.addAllHsHeadings(m.hsHeadings());
        b.putAllValueThresholdsUsd(m.thresholdsOrEmpty());
        m.exemptionsOrEmpty().forEach(e -> b.addExemptions(e.description() + " (" + e.citation() + ")"));
        m.scopeOrEmpty().forEach(s -> b.addScope(MeasureScope.newBuilder().setLabel(s.label()).addAllHs(s.hsOrEmpty())
                .addAllCategories(s.categoriesOrEmpty()).setAnyItem(s.any()).setAdopted(s.adopted()).setCitation(s.citation())
                .setMinValueUsd(s.minValueUsd() == null ? 0 : s.minValueUsd())));
        return b.build();
    }
}
