package io.accord.testing;

import io.accord.runtime.EmbeddedInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real KRaft broker and a real PostgreSQL for the @QuarkusTest suite, on free ports. */
public class AccordTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedInfrastructure infrastructure;

    public static synchronized EmbeddedInfrastructure infrastructure() {
        if (infrastructure == null) {
            infrastructure = new EmbeddedInfrastructure().startKafka(0).startPostgres(0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(AccordTestResource::close));
        }
        return infrastructure;
    }

    @Override
    public Map<String, String> start() {
        return infrastructure().config();
    }

    /** Quarkus stops the resource when the application for it stops (a test profile starts its own). */
    @Override
    public void stop() {
        close();
    }

    private static synchronized void close() {
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
    }
}
