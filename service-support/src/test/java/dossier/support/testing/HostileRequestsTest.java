package dossier.support.testing;

import com.google.protobuf.Api;
import com.google.protobuf.DoubleValue;
import com.google.protobuf.Empty;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Int32Value;
import com.google.protobuf.Message;
import dossier.support.grpc.RequestLimits;
import dossier.support.testing.HostileRequests.Case;
import dossier.support.testing.HostileRequests.Refused;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.protobuf.ProtoUtils;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cases derived from protobuf's own well-known messages, which nest, repeat and hold every kind of field. */
class HostileRequestsTest {

    private static RequestLimits limits(String yaml) throws IOException {
        return RequestLimits.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static <Q extends Message> MethodDescriptor<Q, Empty> method(Q prototype) {
        return MethodDescriptor.<Q, Empty>newBuilder().setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName("test.Service/" + prototype.getDescriptorForType().getName())
                .setRequestMarshaller(ProtoUtils.marshaller(prototype)).setResponseMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
                .build();
    }

    private static Case only(List<Case> cases, String field, String variantStart) {
        List<Case> found = cases.stream().filter(c -> c.field().equals(field) && c.variant().startsWith(variantStart)).toList();
        assertThat(found).as(field + ": " + variantStart).hasSize(1);
        return found.getFirst();
    }

    @Test
    void everyScalarFieldIsReachedThroughNestedAndRepeatedMessagesButNoTypeInsideItself() {
        List<String> names = RequestFields.of(Api.getDescriptor()).stream().map(RequestFields::name).toList();
        assertThat(names).contains("Api.name", "Api.version", "Api.methods.name", "Api.methods.request_streaming",
                "Api.source_context.file_name", "Api.options.value.type_url", "Api.options.value.value", "Api.syntax");
        assertThat(names).allMatch(n -> n.split("\\.").length <= RequestFields.MAX_DEPTH + 1);
    }

    @Test
    void aRequestHoldsTheValueAtItsPathAndNothingElse() throws InvalidProtocolBufferException {
        RequestFields methodName = RequestFields.of(Api.getDescriptor()).stream().filter(f -> f.name().equals("Api.methods.name"))
                .findFirst().orElseThrow();
        Api api = (Api) methodName.with(Api.getDefaultInstance(), "m");
        assertThat(api).isEqualTo(Api.newBuilder().addMethods(com.google.protobuf.Method.newBuilder().setName("m")).build());
    }

    @Test
    void aStringFieldGetsEveryVariantWithItsExpectedAnswer() throws IOException {
        List<Case> cases = new HostileRequests(limits("default: 50\nlengths:\n  Method.name: 5\nmultiline: [version]\n"))
                .of(method(Api.getDefaultInstance()));
        assertThat(cases.stream().filter(c -> c.field().equals("Api.methods.name")).map(Case::variant)).containsExactly(
                "empty", "at its maximum (5)", "one over its maximum (6)", "100 times its maximum (500)", "not UTF-8", "with NUL",
                "with a control character (BEL)", "with a line break (a single-line field)");
        Case over = only(cases, "Api.methods.name", "one over");
        assertThat(over.expected()).isEqualTo(new Refused(Status.Code.INVALID_ARGUMENT, "Api.methods.name", "at most 5 "));
        assertThat(Api.parseFrom(over.request().get()).getMethods(0).getName()).isEqualTo("qqqqqq");
        assertThat(only(cases, "Api.methods.name", "not UTF-8").request().get()).contains((byte) 0xFF);
        assertThat(Api.parseFrom(only(cases, "Api.methods.name", "with NUL").request().get()).getMethods(0).getName())
                .isEqualTo("qq\0qq");
        assertThat(only(cases, "Api.version", "with a line break").refused()).as("version is multi-line here").isFalse();
        assertThat(only(cases, "Api", "bytes that are no message").expected())
                .isEqualTo(new Refused(Status.Code.INVALID_ARGUMENT, "Api", "not a well-formed"));
    }

    @Test
    void aHundredTimesTheMaximumIsCappedAtWhatTheRequestMayHold() throws IOException {
        RequestLimits limits = limits("""
                default: 1000
                lengths:
                  Api.version: 4000
                message_bytes:
                  default: 10000
                """);
        List<Case> cases = new HostileRequests(limits).of(method(Api.getDefaultInstance()));
        Case capped = only(cases, "Api.name", "100 times");
        assertThat(capped.variant()).isEqualTo("100 times its maximum, capped at what the request may hold (9936)");
        assertThat(capped.expected()).isEqualTo(new Refused(Status.Code.INVALID_ARGUMENT, "Api.name", "at most 1000 "));
        assertThat(capped.request().get().length).isLessThanOrEqualTo(10000);

        RequestLimits asLargeAsTheRequest = limits("default: 10000\nmessage_bytes:\n  default: 10000\n");
        List<Case> whole = new HostileRequests(asLargeAsTheRequest).of(method(Api.getDefaultInstance()));
        assertThat(only(whole, "Api.name", "one over").expected())
                .isEqualTo(new Refused(Status.Code.RESOURCE_EXHAUSTED, "Api is ", "at most 10000 "));
        assertThat(only(whole, "Api.name", "100 times").request().get().length).isGreaterThan(10000);
    }

    @Test
    void numbersAreNotFiniteOutsideTheirRangeAndAtTheEdgesOfTheirType() throws IOException {
        RequestLimits limits = limits("ranges:\n  DoubleValue.value: [0, 1]\n");
        List<Case> doubles = new HostileRequests(limits).of(method(DoubleValue.getDefaultInstance()));
        assertThat(doubles.stream().filter(Case::refused).map(Case::variant))
                .containsExactly("bytes that are no message", "NaN", "Infinity", "-Infinity", "below its range (-1.0)", "above its range (2.0)");
        assertThat(only(doubles, "DoubleValue.value", "NaN").expected())
                .isEqualTo(new Refused(Status.Code.INVALID_ARGUMENT, "DoubleValue.value", "finite number"));
        List<Case> ints = new HostileRequests(limits).of(method(Int32Value.getDefaultInstance()));
        assertThat(ints.stream().filter(c -> !c.refused()).map(Case::variant))
                .containsExactly("the type's lowest (-2147483648)", "the type's highest (2147483647)", "-1");
    }
}
