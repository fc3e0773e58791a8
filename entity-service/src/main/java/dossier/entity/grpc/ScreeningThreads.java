package dossier.entity.grpc;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads brief matches (screening) run on: as many as the CPUs the service may use, so that
 * under load each stays busy taking the next call from the queue instead of dozens of worker threads
 * taking turns on two cores (a wake-up and a sleep per call, and caches emptied by each switch; at
 * 1,000 Screen calls/s that cost as much as the matching). Matching reads memory only; anything that
 * waits for I/O stays on Quarkus's worker pool.
 */
@ApplicationScoped
public class ScreeningThreads {

    @ConfigProperty(name = "dossier.matching.screening-threads", defaultValue = "0")
    int configured;

    private volatile ExecutorService pool;

    ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (this) {
                if (pool == null) {
                    int n = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
                    AtomicInteger count = new AtomicInteger();
                    pool = Executors.newFixedThreadPool(n,
                            r -> Thread.ofPlatform().daemon().name("screening-" + count.incrementAndGet()).unstarted(r));
                }
                p = pool;
            }
        }
        return p;
    }

    void onStop(@Observes ShutdownEvent event) {
        if (pool != null) pool.shutdownNow();
    }
}
