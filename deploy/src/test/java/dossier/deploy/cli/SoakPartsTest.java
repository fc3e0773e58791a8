package dossier.deploy.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The soak's readings of limits and memory, without a running suite. */
class SoakPartsTest {

    @Test
    void boundsAreReadAsTheServiceLooksThemUp() throws Exception {
        FieldLimits limits = FieldLimits.parse(List.of(
                "# comment: 5",
                "default: 1000",
                "lengths:",
                "  id: 128",
                "  IngestSourceRequest.title: 500   # a headline",
                "  url: 2048",
                "multiline: [text]",
                "ranges:",
                "  limit: [0, 1000]",
                "message_bytes:",
                "  default: 4194304"));
        assertThat(limits.max("IngestSourceRequest", "title")).isEqualTo(500);
        assertThat(limits.max("CreateCaseRequest", "title")).isEqualTo(1000);
        assertThat(limits.max("GetCaseFileRequest", "id")).isEqualTo(128);
        assertThat(limits.max("IngestSourceRequest", "url")).isEqualTo(2048);
        assertThat(limits.max("Anything", "default")).isEqualTo(1000);
        // the project's own files parse, with the bounds the services enforce
        Path repo = Path.of("..");
        assertThat(FieldLimits.of(repo.resolve("source-service/src/main/resources/request-limits.yaml")).max("IngestSourceRequest", "url"))
                .isEqualTo(2048);
        assertThat(FieldLimits.of(repo.resolve("entity-service/src/main/resources/request-limits.yaml")).max("Name", "value"))
                .isEqualTo(1000);
    }

    @Test
    void hostileStringsArePastTheBound() {
        assertThat(Soak.past(128, 1)).hasSize(129);
        assertThat(Soak.past(128, 100)).hasSize(12_800);
    }

    @Test
    void theHeapMaximumIsTheLastXmxOfTheCommandLine() {
        assertThat(MemorySampler.xmx("java -Xshare:auto -XX:+UseSerialGC -Xmx512m -jar x.jar")).isEqualTo(512L << 20);
        assertThat(MemorySampler.xmx("java -Xmx1g -Xmx3g -jar x.jar")).isEqualTo(3L << 30);
        assertThat(MemorySampler.xmx("java -jar x.jar")).isZero();
    }

    @Test
    void heapInUseIsTheSumOfTheHeapPools() {
        String metrics = """
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="Tenured Gen"} 1.048576E8
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.0E7
                jvm_memory_used_bytes{area="heap",id="Eden Space"} 2.097152E7
                jvm_memory_used_bytes{area="heap",id="Survivor Space"} 1048576.0
                """;
        assertThat(MemorySampler.heapUsed(metrics)).isEqualTo(104_857_600L + 20_971_520L + 1_048_576L);
        assertThat(MemorySampler.heapUsed("jvm_threads_live_threads 12.0")).isEqualTo(-1);
    }
}
