package dossier.web.client;

import dossier.sanctions.v1.Measure;
import java.util.List;

/** The measures the rules evaluate, with their adoption dates (sanctions-service's MeasureService). */
public interface MeasureClient {

    String SERVICE = "sanctions-service";

    List<Measure> listMeasures();
}
