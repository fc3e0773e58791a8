package dossier.web.client;

import dossier.sanctions.v1.ListMeasuresRequest;
import dossier.sanctions.v1.Measure;
import dossier.sanctions.v1.MeasureServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class GrpcMeasureClient implements MeasureClient {

    @GrpcClient("sanctions")
    MeasureServiceGrpc.MeasureServiceBlockingStub stub;

    @Inject
    CallDeadlines deadlines;

    @Override
    public List<Measure> listMeasures() {
        return ServiceCalls.read(SERVICE, "measures' adoption dates cannot be shown right now",
                () -> stub.withDeadlineAfter(deadlines.standard().toMillis(), TimeUnit.MILLISECONDS)
                        .listMeasures(ListMeasuresRequest.getDefaultInstance()).getMeasuresList());
    }
}
