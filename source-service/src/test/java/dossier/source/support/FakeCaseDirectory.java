package dossier.source.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import dossier.source.client.CaseDirectory;
import dossier.source.domain.DependencyUnavailableException;

/** Stands in for sanctions-service in @QuarkusTest: knows the cases a test adds, can be "down". */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeCaseDirectory implements CaseDirectory {

    // accessed through methods: tests hold a client proxy, whose fields are not the bean's
    private final Set<String> cases = ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private final java.util.List<String> evaluations = new java.util.concurrent.CopyOnWriteArrayList<>();

    public void add(String caseId) {
        cases.add(caseId);
    }

    public void setDown(boolean down) {
        this.down = down;
    }

    @Override
    public boolean exists(String caseId) {
        if (down) {
            throw new DependencyUnavailableException("sanctions-service", new RuntimeException("connection refused"));
        }
        return cases.contains(caseId);
    }

    @Override
    public void evaluate(String caseId, String reason) {
        if (down) {
            throw new DependencyUnavailableException("sanctions-service", new RuntimeException("connection refused"));
        }
        evaluations.add(caseId + ": " + reason);
    }

    /** "case: reason" of every evaluation asked for, in order. */
    public java.util.List<String> evaluations() {
        return java.util.List.copyOf(evaluations);
    }
}
