package dossier.web.client;

import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.IngestSourceResponse;

/** Adding sources to a case (source-service). Reading goes through the case file. */
public interface SourceClient {

    String SERVICE = "source-service";

    IngestSourceResponse ingest(IngestSourceRequest request);
}
