package dossier.web.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The browser-facing security headers are on every page (README, "TLS"); the browser tests render under them. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesCarryTheSecurityHeaders() {
        given().when().get("/").then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", not(containsString("*")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void noStrictTransportSecurityOverPlainHttp() {
        // The tests serve plain HTTP (no profile tls): HSTS is sent only where the UI is served over TLS.
        given().when().get("/").then().header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
    }
}
