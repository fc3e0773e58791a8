package dossier.support.testing;

import com.google.protobuf.Descriptors.FieldDescriptor;
import dossier.support.grpc.RequestLimits;
import dossier.support.testing.HostileRequests.Case;
import dossier.support.testing.HostileRequests.Refused;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every RPC of a service's gRPC services, every field of its request ({@link HostileRequests}),
 * sent as raw bytes over the service's own channel, one named JUnit test per call. Each hostile
 * value must be refused with its status (INVALID_ARGUMENT, or RESOURCE_EXHAUSTED for a request too
 * large as a whole) within {@link #REFUSAL_MILLIS} (plus transfer time for requests over 1 MiB), with a
 * description naming the field, saying why, never longer than 300 characters and never repeating more
 * than {@value HostileRequests#ECHO} characters of the value. Values at the edges (empty, at the
 * maximum, range ends, extreme integers, unknown enum numbers) may be answered anything but
 * INTERNAL, UNKNOWN or a hang. What the service stores must be the same before and after the refused
 * calls, and afterwards the service must still answer a normal call.
 *
 * <p>Usage, in a service's {@code @QuarkusTest}: {@code @TestFactory Stream<DynamicNode> hostile() {
 * return HostileInputSuite.of(stub.getChannel(), XServiceGrpc.getServiceDescriptor()).storing(...).answering(...).tests(); }}
 */
public final class HostileInputSuite {

    /** The time a refusal may take ("within a second", issue 20). */
    public static final long REFUSAL_MILLIS = 1000;
    /** A value at an edge may be worked on (a 5 MB article); it must still be answered. */
    public static final long TOLERATED_MILLIS = 30_000;
    /** Requests over 1 MiB also get this long per MiB to travel and be read before the checks. */
    public static final long MILLIS_PER_MIB = 100;
    private static final int MIB = 1024 * 1024;
    private static final int LONGEST_DESCRIPTION = 300;
    private static final Set<Status.Code> BUGS = Set.of(Status.Code.INTERNAL, Status.Code.UNKNOWN, Status.Code.DEADLINE_EXCEEDED);

    private final Channel channel;
    private final RequestLimits limits;
    private final HostileRequests requests;
    private final List<ServiceDescriptor> services;
    private Supplier<?> stored = () -> "nothing looked at";
    private Runnable normalCall = () -> {
    };

    private HostileInputSuite(Channel channel, RequestLimits limits, List<ServiceDescriptor> services) {
        this.channel = channel;
        this.limits = limits;
        this.requests = new HostileRequests(limits);
        this.services = services;
    }

    /** The suite for these services, held to the {@code request-limits.yaml} on the class path (the service under test's). */
    public static HostileInputSuite of(Channel channel, ServiceDescriptor... services) {
        try {
            RequestLimits limits = RequestLimits.onClasspath()
                    .orElseThrow(() -> new IllegalStateException("no " + RequestLimits.RESOURCE + " on the class path"));
            return new HostileInputSuite(channel, limits, List.of(services));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the service stores (counts of rows, audit entries ...): must be equal before and after the refused calls. */
    public HostileInputSuite storing(Supplier<?> whatIsStored) {
        this.stored = whatIsStored;
        return this;
    }

    /** A normal call, made before (to open the connection) and after the suite: must be answered. */
    public HostileInputSuite answering(Runnable normalCall) {
        this.normalCall = normalCall;
        return this;
    }

    /** Every case of every method, as named dynamic tests in the order they must run. */
    public Stream<DynamicNode> tests() {
        List<Case> cases = new ArrayList<>();
        for (ServiceDescriptor service : services) {
            for (MethodDescriptor<?, ?> method : service.getMethods()) {
                cases.addAll(requests.of(method));
            }
        }
        AtomicReference<Object> before = new AtomicReference<>();
        return Stream.of(
                DynamicTest.dynamicTest("request-limits.yaml names only fields of these requests and bounds every id itself",
                        this::limitsFitTheRequests),
                DynamicTest.dynamicTest("before: a normal call is answered; what is stored", () -> {
                    normalCall.run();
                    before.set(stored.get());
                }),
                DynamicContainer.dynamicContainer("refused", byMethod(cases, Case::refused)),
                DynamicTest.dynamicTest("nothing is stored by the refused calls", () ->
                        assertThat(stored.get()).isEqualTo(Objects.requireNonNull(before.get(), "the first test did not run"))),
                DynamicContainer.dynamicContainer("values at the edges are answered", byMethod(cases, c -> !c.refused())),
                DynamicTest.dynamicTest("after: a normal call is answered", normalCall::run));
    }

    private void limitsFitTheRequests() {
        Set<String> fields = new TreeSet<>();
        List<String> idsAtTheDefault = new ArrayList<>();
        for (ServiceDescriptor service : services) {
            for (MethodDescriptor<?, ?> method : service.getMethods()) {
                for (RequestFields path : RequestFields.of(HostileRequests.prototype(method).getDescriptorForType())) {
                    FieldDescriptor f = path.field();
                    fields.add(f.getName());
                    fields.add(f.getContainingType().getName() + "." + f.getName());
                    boolean id = f.getName().equals("id") || f.getName().endsWith("_id") || f.getName().endsWith("_ids");
                    if (id && f.getJavaType() == FieldDescriptor.JavaType.STRING && !limits.declaresLength(f)) {
                        idsAtTheDefault.add(path.name());
                    }
                }
            }
        }
        assertThat(limits.fieldsNamed()).as("entries that name no field of a request (misspelt or left over)").isSubsetOf(fields);
        assertThat(idsAtTheDefault).as("ids bounded only by the default length").isEmpty();
    }

    private Stream<DynamicNode> byMethod(List<Case> cases, Predicate<Case> which) {
        return services.stream().flatMap(s -> s.getMethods().stream()).map(method -> DynamicContainer.dynamicContainer(
                method.getFullMethodName(), cases.stream().filter(c -> c.method() == method && which.test(c))
                        .map(c -> DynamicTest.dynamicTest(c.field() + ": " + c.variant(), () -> run(c)))));
    }

    private void run(Case c) {
        byte[] request = c.request().get();
        long budget = c.refused() ? REFUSAL_MILLIS + (request.length > MIB ? MILLIS_PER_MIB * request.length / MIB : 0)
                : TOLERATED_MILLIS;
        Status status;
        try {
            RawCalls.call(channel, c.method(), request, budget, TimeUnit.MILLISECONDS);
            status = Status.OK;
        } catch (StatusRuntimeException e) {
            status = e.getStatus();
        }
        String description = Objects.requireNonNullElse(status.getDescription(), "");
        String said = c.method().getFullMethodName() + " " + c.field() + " " + c.variant() + ": " + status.getCode() + " " + description;
        if (c.expected() instanceof Refused refused) {
            assertThat(status.getCode()).as("answered within %d ms: %s", budget, said).isEqualTo(refused.code());
            assertThat(description.replaceAll("\\[\\d+]", "")).as("names the field and says why: %s", said)
                    .contains(refused.names()).contains(refused.because());
        } else {
            assertThat(status.getCode()).as("answered within %d ms, and not as a bug: %s", budget, said).isNotIn(BUGS);
        }
        assertThat(description).as("a short description that does not echo the value: %s", said)
                .hasSizeLessThanOrEqualTo(LONGEST_DESCRIPTION)
                .doesNotContain(String.valueOf(HostileRequests.FILL).repeat(HostileRequests.ECHO + 1));
    }
}
