package dossier.entity.grpc;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dossier.support.concurrent.CpuPools;

import java.util.concurrent.ExecutorService;

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

    private ExecutorService pool;

    @PostConstruct
    void start() {
        pool = CpuPools.fixed("screening", configured);
    }

    ExecutorService pool() {
        return pool;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
