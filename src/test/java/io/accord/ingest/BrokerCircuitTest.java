package io.accord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BrokerCircuitTest {

    final AtomicLong now = new AtomicLong();
    final AtomicInteger probes = new AtomicInteger();
    final AtomicBoolean brokerAnswers = new AtomicBoolean(true);
    final AtomicInteger writes = new AtomicInteger();
    final BrokerCircuit circuit = new BrokerCircuit(
            () -> {
                probes.incrementAndGet();
                return Uni.createFrom().item(brokerAnswers.get());
            },
            Duration.ofSeconds(1),
            now::get);

    Uni<String> acknowledged() {
        writes.incrementAndGet();
        return Uni.createFrom().item("ok");
    }

    Uni<String> timedOut() {
        writes.incrementAndGet();
        return Uni.createFrom().failure(new IllegalStateException("delivery timeout"));
    }

    @Test
    void whileWritesSucceedNothingIsProbed() {
        for (int i = 0; i < 3; i++) {
            assertEquals("ok", circuit.guard(this::acknowledged).await().indefinitely());
        }
        assertEquals(3, writes.get());
        assertEquals(0, probes.get());
        assertFalse(circuit.isOpen());
    }

    @Test
    void afterAFailedWriteTheNextWritesAreRefusedWithoutTryingWhileTheBrokerDoesNotAnswer() {
        assertThrows(
                IllegalStateException.class,
                () -> circuit.guard(this::timedOut).await().indefinitely());
        assertTrue(circuit.isOpen());
        brokerAnswers.set(false);

        assertThrows(
                BrokerCircuit.BrokerUnavailableException.class,
                () -> circuit.guard(this::acknowledged).await().indefinitely());
        assertThrows(
                BrokerCircuit.BrokerUnavailableException.class,
                () -> circuit.guard(this::acknowledged).await().indefinitely());
        assertEquals(1, writes.get(), "only the first, failed write reached the producer");
        assertEquals(1, probes.get(), "one probe answers every write within its validity");

        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThrows(
                BrokerCircuit.BrokerUnavailableException.class,
                () -> circuit.guard(this::acknowledged).await().indefinitely());
        assertEquals(2, probes.get(), "a stale probe is asked again");
    }

    @Test
    void whenTheBrokerAnswersAgainTheWriteIsTriedAndItsSuccessClosesTheCircuit() {
        assertThrows(
                IllegalStateException.class,
                () -> circuit.guard(this::timedOut).await().indefinitely());
        brokerAnswers.set(true);
        assertEquals("ok", circuit.guard(this::acknowledged).await().indefinitely());
        assertFalse(circuit.isOpen());
        assertEquals("ok", circuit.guard(this::acknowledged).await().indefinitely());
        assertEquals(1, probes.get());
        assertEquals(3, writes.get());
    }

    @Test
    void aProbeThatFailsCountsAsNoAnswer() {
        BrokerCircuit failing = new BrokerCircuit(
                () -> Uni.createFrom().failure(new IllegalStateException("admin closed")),
                Duration.ofSeconds(1),
                now::get);
        assertThrows(
                IllegalStateException.class,
                () -> failing.guard(this::timedOut).await().indefinitely());
        assertThrows(
                BrokerCircuit.BrokerUnavailableException.class,
                () -> failing.guard(this::acknowledged).await().indefinitely());
    }
}
