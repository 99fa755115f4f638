package io.accord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accord.testing.AccordTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's SASL/SCRAM and TLS settings, given once as kafka.* (KAFKA_* in the environment), reach every producer
 * and consumer. The test broker speaks PLAINTEXT, so the protocol stays PLAINTEXT and the clients still connect.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
@TestProfile(KafkaSettingsTest.WithSaslSettings.class)
class KafkaSettingsTest {

    static final Map<String, String> SETTINGS = Map.of(
            "kafka.sasl.mechanism", "SCRAM-SHA-512",
            "kafka.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"accord\" password=\"x\";",
            "kafka.ssl.truststore.type", "PKCS12",
            "kafka.ssl.endpoint.identification.algorithm", "https");

    public static class WithSaslSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return SETTINGS;
        }
    }

    @Inject
    KafkaClientService clients;

    @Test
    void clientSettingsReachEveryChannel() {
        for (String channel : new String[] {"normalized-out", "events-out"}) {
            Map<String, ?> config = clients.getProducer(channel).configuration();
            SETTINGS.forEach((key, value) -> assertEquals(
                    value, String.valueOf(config.get(key.substring("kafka.".length()))), channel + " " + key));
            assertEquals("all", String.valueOf(config.get("acks")), channel);
            assertEquals("true", String.valueOf(config.get("enable.idempotence")), channel);
        }
        for (String channel : new String[] {"articles-in", "normalized-in", "events-in"}) {
            Map<String, ?> config = clients.getConsumer(channel).configuration();
            SETTINGS.forEach((key, value) -> assertEquals(
                    value, String.valueOf(config.get(key.substring("kafka.".length()))), channel + " " + key));
            assertEquals(
                    "false",
                    String.valueOf(config.get("enable.auto.commit")),
                    channel + ": offsets are committed by Accord after processing");
        }
    }
}
