package dossier.web.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the UI waits for the services: short for reads, long for evaluation and ingestion. */
@ConfigMapping(prefix = "dossier.web.deadline")
public interface CallDeadlines {

    /** Reads and small writes (list, get, create, screen). */
    @WithDefault("10s")
    Duration standard();

    /** EvaluateCase and IngestSource, which run extraction and rules. */
    @WithDefault("60s")
    Duration processing();
}
