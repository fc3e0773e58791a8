package dossier.support.testing;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dossier.support.grpc.RequestLimits;
import io.grpc.MethodDescriptor;
import io.grpc.Status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The hostile requests for one RPC, derived from its request descriptor and the service's
 * {@link RequestLimits}, so that no field is left out: every string and byte string at 0, its
 * maximum, one more, 100 times its maximum, not UTF-8, with NUL, a control character and a line
 * break; every floating-point number NaN and infinite; every number with a declared range just
 * outside and at its ends; every other integer at its type's extremes; every enum at an unknown value.
 *
 * <p>A value 100 times the maximum is capped where it would make the whole request larger than
 * its {@code message_bytes}: it is then as long as fits, so the field's own check still answers.
 * Where not even one character more than the maximum fits (a field as large as its request's bound),
 * the variant is sent one byte over the request's bound and must be refused RESOURCE_EXHAUSTED naming
 * the request and its bound (RequestValidation's whole-message check).
 */
public final class HostileRequests {

    /** Filler of long values; a refusal must never hold a run of it longer than {@link #ECHO}. */
    public static final char FILL = 'q';
    /** The longest part of a value a refusal may repeat. */
    public static final int ECHO = 32;
    /** Room for the tags and length prefixes around a value, however deep it sits. */
    private static final int FRAMING = 64;

    /** What the service must answer. */
    public sealed interface Expected {
    }

    /** Refused with this code, naming {@code names}, its description holding {@code because}. */
    public record Refused(Status.Code code, String names, String because) implements Expected {
    }

    /** Any answer but a bug's (INTERNAL, UNKNOWN) or a hang: the value is allowed, or refused for another reason. */
    public record Tolerated() implements Expected {
    }

    /** One call: the RPC, the field, what is sent there, the request's bytes (built when sent) and the answer expected. */
    public record Case(MethodDescriptor<?, ?> method, String field, String variant, Supplier<byte[]> request, Expected expected) {
        public boolean refused() {
            return expected instanceof Refused;
        }
    }

    private final RequestLimits limits;

    public HostileRequests(RequestLimits limits) {
        this.limits = limits;
    }

    /** The empty request of {@code method}, whose requests must be protobuf messages. */
    public static Message prototype(MethodDescriptor<?, ?> method) {
        if (!(method.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<?> marshaller)
                || !(marshaller.getMessagePrototype() instanceof Message prototype)) {
            throw new IllegalArgumentException(method.getFullMethodName() + " does not take protobuf messages");
        }
        return prototype;
    }

    /** Every case for {@code method}. */
    public List<Case> of(MethodDescriptor<?, ?> method) {
        Message prototype = prototype(method);
        List<Case> cases = new ArrayList<>();
        String request = prototype.getDescriptorForType().getName();
        cases.add(new Case(method, request, "bytes that are no message", () -> new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                new Refused(Status.Code.INVALID_ARGUMENT, request, "not a well-formed")));
        for (RequestFields field : RequestFields.of(prototype.getDescriptorForType())) {
            new ForField(method, prototype, field, cases).add();
        }
        return cases;
    }

    /** The cases of one field. */
    private final class ForField {
        private final MethodDescriptor<?, ?> method;
        private final Message prototype;
        private final RequestFields field;
        private final FieldDescriptor f;
        private final List<Case> cases;

        ForField(MethodDescriptor<?, ?> method, Message prototype, RequestFields field, List<Case> cases) {
            this.method = method;
            this.prototype = prototype;
            this.field = field;
            this.f = field.field();
            this.cases = cases;
        }

        void add() {
            switch (f.getJavaType()) {
                case STRING, BYTE_STRING -> text();
                case DOUBLE, FLOAT -> floating();
                case INT, LONG -> integer();
                case ENUM -> tolerated("an unknown enum number (999)", f.getEnumType().findValueByNumberCreatingIfUnknown(999));
                default -> {
                    // booleans: every value is valid
                }
            }
        }

        private void text() {
            int max = limits.maxLength(f);
            boolean bytes = f.getJavaType() == FieldDescriptor.JavaType.BYTE_STRING;
            int fits = limits.messageBytes(field.request()) - FRAMING; // the longest value the whole request takes
            tolerated("empty", value(""));
            tolerated("at its maximum (" + max + ")", filled(max));
            tooLong("one over its maximum (" + (max + 1) + ")", max + 1, max, fits);
            long hundred = 100L * max;
            if (hundred <= fits) {
                tooLong("100 times its maximum (" + hundred + ")", (int) hundred, max, fits);
            } else if (fits > max) {
                tooLong("100 times its maximum, capped at what the request may hold (" + fits + ")", fits, max, fits);
            } else {
                tooLong("100 times its maximum, capped one byte over the request's bound", fits + FRAMING + 1, max, fits);
            }
            if (bytes) {
                // binary content: the service decides what bytes mean; none of them may break it
                tolerated("not UTF-8", (Object) ByteString.copyFrom(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}));
                tolerated("with NUL", value(inner(max, '\0')));
                tolerated("with a control character", value(inner(max, '\u0007')));
                return;
            }
            cases.add(new Case(method, field.name(), "not UTF-8", () -> RawCalls.invalidUtf8(field.with(prototype, RawCalls.MARK)),
                    new Refused(Status.Code.INVALID_ARGUMENT, field.name(), "is not valid UTF-8")));
            refused("with NUL", inner(max, '\0'), "control character");
            refused("with a control character (BEL)", inner(max, '\u0007'), "control character");
            if (limits.multiline(f)) {
                tolerated("with a line break (a multi-line field)", value(inner(max, '\n')));
            } else {
                refused("with a line break (a single-line field)", inner(max, '\n'), "control character");
            }
        }

        /** A value of {@code length}, refused by the field's bound or, when the request cannot hold it, by the request's. */
        private void tooLong(String variant, int length, int max, int fits) {
            boolean fitsRequest = length <= fits
                    || length <= limits.messageBytes(field.request()) && field.with(prototype, filled(length)).getSerializedSize()
                    <= limits.messageBytes(field.request());
            Expected expected = fitsRequest
                    ? new Refused(Status.Code.INVALID_ARGUMENT, field.name(), "at most " + max + " ")
                    : new Refused(Status.Code.RESOURCE_EXHAUSTED, field.request().getName() + " is ",
                            "at most " + limits.messageBytes(field.request()) + " ");
            cases.add(new Case(method, field.name(), variant, () -> bytes(filled(length)), expected));
        }

        private void floating() {
            for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                refusedNumber(Double.toString(v), number(v), "finite number");
            }
            limits.range(f).ifPresent(r -> {
                refusedNumber("below its range (" + (r[0] - 1) + ")", number(r[0] - 1), "between");
                refusedNumber("above its range (" + (r[1] + 1) + ")", number(r[1] + 1), "between");
                tolerated("at its lowest (" + r[0] + ")", number(r[0]));
                tolerated("at its highest (" + r[1] + ")", number(r[1]));
            });
        }

        private void integer() {
            boolean wide = f.getJavaType() == FieldDescriptor.JavaType.LONG;
            long lowest = wide ? Long.MIN_VALUE : Integer.MIN_VALUE;
            long highest = wide ? Long.MAX_VALUE : Integer.MAX_VALUE;
            limits.range(f).ifPresentOrElse(r -> {
                long low = (long) r[0];
                long high = (long) r[1];
                if (low > lowest) {
                    refusedNumber("below its range (" + (low - 1) + ")", number(low - 1), "between");
                }
                if (high < highest) {
                    refusedNumber("above its range (" + (high + 1) + ")", number(high + 1), "between");
                }
                tolerated("at its lowest (" + low + ")", number(low));
                tolerated("at its highest (" + high + ")", number(high));
            }, () -> {
                tolerated("the type's lowest (" + lowest + ")", number(lowest));
                tolerated("the type's highest (" + highest + ")", number(highest));
                tolerated("-1", number(-1));
            });
        }

        /** {@code v} as the field's own Java type. */
        private Object number(double v) {
            return switch (f.getJavaType()) {
                case DOUBLE -> v;
                case FLOAT -> (float) v;
                case INT -> (int) v;
                default -> (long) v;
            };
        }

        private Object number(long v) {
            return f.getJavaType() == FieldDescriptor.JavaType.INT ? (Object) (int) v : (Object) v;
        }

        private void refused(String variant, String value, String because) {
            cases.add(new Case(method, field.name(), variant, () -> bytes(value),
                    new Refused(Status.Code.INVALID_ARGUMENT, field.name(), because)));
        }

        private void refusedNumber(String variant, Object value, String because) {
            cases.add(new Case(method, field.name(), variant, () -> field.with(prototype, value).toByteArray(),
                    new Refused(Status.Code.INVALID_ARGUMENT, field.name(), because)));
        }

        private void tolerated(String variant, Object value) {
            cases.add(new Case(method, field.name(), variant, () -> field.with(prototype, value).toByteArray(), new Tolerated()));
        }

        /** The field's own representation of a text: the string, or its UTF-8 bytes for a byte string. */
        private Object value(String text) {
            return f.getJavaType() == FieldDescriptor.JavaType.BYTE_STRING ? ByteString.copyFrom(text, StandardCharsets.UTF_8) : text;
        }

        private Object filled(int length) {
            return value(String.valueOf(FILL).repeat(length));
        }

        private byte[] bytes(Object value) {
            return field.with(prototype, value).toByteArray();
        }
    }

    /** A value within {@code max} with {@code c} in its middle, so that only the character is wrong with it. */
    static String inner(int max, char c) {
        int length = Math.max(1, Math.min(max, 2 * ECHO + 9));
        int before = (length - 1) / 2;
        return String.valueOf(FILL).repeat(before) + c + String.valueOf(FILL).repeat(length - 1 - before);
    }
}
