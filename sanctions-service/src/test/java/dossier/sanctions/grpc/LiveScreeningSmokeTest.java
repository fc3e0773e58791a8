package dossier.sanctions.grpc;

import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a running suite (real entity-service matcher, shipped lists imported): set
 * DOSSIER_SANCTIONS_LIVE=host:port. Skipped otherwise, since it needs the other services.
 */
@EnabledIfEnvironmentVariable(named = "DOSSIER_SANCTIONS_LIVE", matches = ".+")
class LiveScreeningSmokeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dmitry Peskov|PESKOV, Dmitriy Sergeevich",
            "Kim Jong Un|KIM, Jong Un",
            "Vladimir Putin|PUTIN, Vladimir Vladimirovich",
            "Kim Yo Jong|KIM, Yo Jong"})
    void findsTheListedNameOfACommonSpelling(String query, String listed) throws Exception {
        ManagedChannel ch = ManagedChannelBuilder.forTarget(System.getenv("DOSSIER_SANCTIONS_LIVE")).usePlaintext().build();
        try {
            List<ScreeningHit> hits = ScreeningServiceGrpc.newBlockingStub(ch).withDeadlineAfter(30, TimeUnit.SECONDS)
                    .screen(ScreenRequest.newBuilder().setName(query).build()).getHitsList();
            assertThat(hits).as(query).anySatisfy(h -> {
                assertThat(h.getName()).isEqualTo(listed);
                assertThat(h.getPassesThreshold()).isTrue();
            });
        } finally {
            ch.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
