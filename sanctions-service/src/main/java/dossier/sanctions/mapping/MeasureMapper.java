package dossier.sanctions.mapping;

import dossier.sanctions.measures.MeasureDefinition;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.Measure;

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
                .addAllConduct(m.conduct())
                .setVersion(m.version());
        m.citations().forEach(c -> b.addCitations(Citation.newBuilder().setInstrument(c.instrument())
                .setProvision(c.provision()).setSummary(c.summary() == null ? "" : c.summary())));
        if (m.itemCategories() != null) {
            b.addAllItemCategories(m.itemCategories());
        }
        if (m.hsHeadings() != null) {
            b.addAllHsHeadings(m.hsHeadings());
        }
        b.putAllValueThresholdsUsd(m.thresholdsOrEmpty());
        m.exemptionsOrEmpty().forEach(e -> b.addExemptions(e.description()));
        return b.build();
    }
}
