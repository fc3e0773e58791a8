package dossier.support.testing;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Role checks of one RPC, as each role and without a token, for the services' access tests. */
public final class AccessChecks {

    private AccessChecks() {
    }

    /**
     * Asserts of each call that a user holding one of {@code allowed} gets through, a user of any
     * other role gets PERMISSION_DENIED and a caller without a token UNAUTHENTICATED.
     */
    public static void onlyRolesMayCall(Set<String> allowed, Supplier<?>... calls) {
        for (Supplier<?> call : calls) {
            onlyRolesMayCall(allowed, call);
        }
    }

    private static void onlyRolesMayCall(Set<String> allowed, Supplier<?> call) {
        for (String role : TestTokens.ALL_ROLES) {
            if (allowed.contains(role)) {
                assertThatCode(() -> TestCaller.as(TestTokens.forRole(role), call)).as(role).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> TestCaller.as(TestTokens.forRole(role), call)).as(role)
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
            }
        }
        assertThatThrownBy(() -> TestCaller.anonymous(call)).as("anonymous")
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }
}
