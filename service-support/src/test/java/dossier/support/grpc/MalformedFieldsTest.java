package dossier.support.grpc;

import com.google.protobuf.Api;
import com.google.protobuf.Method;
import com.google.protobuf.Mixin;
import com.google.protobuf.Option;
import org.junit.jupiter.api.Test;

import dossier.support.testing.RawCalls;

import java.util.Arrays;


import static org.assertj.core.api.Assertions.assertThat;

/** On protobuf's own proto3 messages: strings at the top, in nested and in repeated messages. */
class MalformedFieldsTest {

    private static final String MARK = RawCalls.MARK;

    @Test
    void aTopLevelStringIsNamed() {
        byte[] wire = RawCalls.invalidUtf8(Api.newBuilder().setName(MARK).setVersion("v1").build());
        assertThat(MalformedFields.firstInvalidUtf8(Api.getDescriptor(), wire)).hasValue("Api.name");
        assertThat(MalformedFields.describe(Api.getDescriptor(), wire)).isEqualTo("Api.name is not valid UTF-8");
    }

    @Test
    void aStringInARepeatedNestedMessageIsNamedWithItsIndex() {
        Api api = Api.newBuilder().setName("ok").addMethods(Method.newBuilder().setName("first"))
                .addMethods(Method.newBuilder().setName("second").addOptions(Option.newBuilder().setName(MARK)))
                .addMixins(Mixin.newBuilder().setName("m")).build();
        assertThat(MalformedFields.firstInvalidUtf8(Api.getDescriptor(), RawCalls.invalidUtf8(api))).hasValue("Api.methods[1].options[0].name");
    }

    @Test
    void wellFormedBytesAndBytesThatAreNoMessageNameNoField() {
        Api api = Api.newBuilder().setName("Ким 金 🚗").addMethods(Method.newBuilder().setName("x")).build();
        assertThat(MalformedFields.firstInvalidUtf8(Api.getDescriptor(), api.toByteArray())).isEmpty();
        byte[] truncated = Arrays.copyOf(api.toByteArray(), 5);
        assertThat(MalformedFields.firstInvalidUtf8(Api.getDescriptor(), truncated)).isEmpty();
        assertThat(MalformedFields.describe(Api.getDescriptor(), truncated)).isEqualTo("the request is not a well-formed Api message");
    }
}
