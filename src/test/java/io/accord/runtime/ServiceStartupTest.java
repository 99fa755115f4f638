package io.accord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServiceStartupTest {

    @Test
    void theEmbeddedDefaultListensOnLoopbackOnly() {
        assertEquals("127.0.0.1", ServiceStartup.httpHost(Map.of(), new Properties(), true));
    }

    @Test
    void aSplitOrContainerDeploymentKeepsQuarkussAllInterfaces() {
        assertNull(ServiceStartup.httpHost(Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092"), new Properties(), false));
    }

    @Test
    void accordHttpHostExposesTheEmbeddedDefault() {
        assertEquals("0.0.0.0", ServiceStartup.httpHost(Map.of("ACCORD_HTTP_HOST", "0.0.0.0"), new Properties(), true));
        assertEquals(
                "192.0.2.7",
                ServiceStartup.httpHost(Map.of("ACCORD_HTTP_HOST", " 192.0.2.7 "), new Properties(), false));
    }

    @Test
    void quarkusHttpHostIsLeftToQuarkus() {
        assertNull(ServiceStartup.httpHost(Map.of("QUARKUS_HTTP_HOST", "0.0.0.0"), new Properties(), true));
        Properties given = new Properties();
        given.setProperty("quarkus.http.host", "0.0.0.0");
        assertNull(ServiceStartup.httpHost(Map.of(), given, true));
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironment() {
        Properties given = new Properties();
        given.setProperty("accord.http.host", "::");
        assertEquals("::", ServiceStartup.httpHost(Map.of("ACCORD_HTTP_HOST", "0.0.0.0"), given, true));
    }
}
