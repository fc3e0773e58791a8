package dossier.source.grpc;

import jakarta.enterprise.context.ApplicationScoped;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.quarkus.grpc.ExceptionHandler;
import io.quarkus.grpc.ExceptionHandlerProvider;

/** Routes anything a service method lets escape through {@link ErrorMapper}; authentication will enter here too. */
@ApplicationScoped
public class GrpcExceptionHandlerProvider implements ExceptionHandlerProvider {

    @Override
    public <ReqT, RespT> ExceptionHandler<ReqT, RespT> createHandler(ServerCall.Listener<ReqT> listener,
            ServerCall<ReqT, RespT> call, Metadata metadata) {
        return new ExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable t, ServerCall<ReqT, RespT> call, Metadata metadata) {
                var status = ErrorMapper.toStatus(t);
                call.close(status.getStatus(), status.getTrailers() == null ? new Metadata() : status.getTrailers());
            }
        };
    }

    @Override
    public Throwable transform(Throwable t) {
        return ErrorMapper.toStatus(t);
    }
}
