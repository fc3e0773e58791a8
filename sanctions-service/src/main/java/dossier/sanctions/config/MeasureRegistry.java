package dossier.sanctions.config;

import dossier.sanctions.measures.ItemClassifier;
import dossier.sanctions.measures.MeasureCatalog;
import dossier.sanctions.measures.MeasureDefinition;
import dossier.sanctions.rules.RuleEngine;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/** Loads measures and item classification at start; a defect in either stops the start with its message. */
@Startup
@ApplicationScoped
public class MeasureRegistry {
    private static final Logger LOG = Logger.getLogger(MeasureRegistry.class);

    @ConfigProperty(name = "dossier.measures.files")
    List<String> files;

    @ConfigProperty(name = "dossier.classification.file", defaultValue = "classification/items.json")
    String classificationFile;

    @ConfigProperty(name = "dossier.classification.makes-file", defaultValue = "classification/makes-models.json")
    String makesFile;

    private MeasureCatalog catalog;
    private ItemClassifier classifier;
    private RuleEngine engine;

    @PostConstruct
    void load() {
        catalog = MeasureCatalog.fromClasspath(files);
        classifier = ItemClassifier.fromClasspath(classificationFile, makesFile);
        engine = new RuleEngine(catalog.all(), classifier);
        LOG.infof("Loaded %d measures from %s", catalog.all().size(), files);
    }

    public MeasureCatalog catalog() {
        return catalog;
    }

    public ItemClassifier classifier() {
        return classifier;
    }

    public RuleEngine engine() {
        return engine;
    }

    /** The title of a measure, or "" for an id no longer loaded. */
    public String title(String measureId) {
        return catalog.all().stream().filter(m -> m.id().equals(measureId)).map(MeasureDefinition::title).findFirst().orElse("");
    }
}
