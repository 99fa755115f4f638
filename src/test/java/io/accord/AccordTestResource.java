package io.accord;

import java.util.Map;

import io.accord.app.EmbeddedInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real KRaft broker and a real PostgreSQL for the @QuarkusTest suite, on free ports. */
public class AccordTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedInfrastructure infrastructure;

    public static synchronized EmbeddedInfrastructure infrastructure() {
        if (infrastructure == null) {
            infrastructure = new EmbeddedInfrastructure().startKafka(0).startPostgres(0, null);
            EmbeddedInfrastructure started = infrastructure;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return infrastructure;
    }

    @Override
    public Map<String, String> start() {
        return infrastructure().config();
    }

    @Override
    public void stop() {
        // the broker and database live as long as the test JVM, shared by every test class
    }
}
