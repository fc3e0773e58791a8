package dossier.web.client;

import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;

/** Screening of one name against the imported lists (sanctions-service). */
public interface ScreeningClient {

    String SERVICE = "sanctions-service";

    ScreenResponse screen(ScreenRequest request);
}
