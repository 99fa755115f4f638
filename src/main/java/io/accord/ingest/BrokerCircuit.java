package io.accord.ingest;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Guards writes to Kafka. After a write the broker did not acknowledge, each later write first asks whether the broker
 * answers (one probe shared for {@code probeValidity}), so writes during an outage are refused in seconds rather than each
 * waiting the producer's whole delivery timeout. The first acknowledged write closes the circuit again.
 */
public final class BrokerCircuit {

    /** Refused without trying: the broker did not answer the last probe. */
    public static final class BrokerUnavailableException extends RuntimeException {
        BrokerUnavailableException() {
            super("Kafka does not answer", null, false, false);
        }
    }

    private final Supplier<Uni<Boolean>> probe;
    private final long probeValidityNanos;
    private final LongSupplier nanoTime;

    private volatile boolean open;
    private Uni<Boolean> lastProbe;
    private long lastProbeAt;

    public BrokerCircuit(Supplier<Uni<Boolean>> probe, Duration probeValidity, LongSupplier nanoTime) {
        this.probe = probe;
        this.probeValidityNanos = probeValidity.toNanos();
        this.nanoTime = nanoTime;
    }

    public boolean isOpen() {
        return open;
    }

    public <T> Uni<T> guard(Supplier<Uni<? extends T>> write) {
        if (!open) {
            return attempt(write);
        }
        return probe().chain(answers ->
                answers ? attempt(write) : Uni.createFrom().failure(new BrokerUnavailableException()));
    }

    private <T> Uni<T> attempt(Supplier<Uni<? extends T>> write) {
        return Uni.createFrom()
                .<T>deferred(write)
                .onItem()
                .invoke(() -> open = false)
                .onFailure()
                .invoke(() -> open = true);
    }

    private synchronized Uni<Boolean> probe() {
        long now = nanoTime.getAsLong();
        if (lastProbe == null || now - lastProbeAt >= probeValidityNanos) {
            lastProbe = probe.get().onFailure().recoverWithItem(false).memoize().indefinitely();
            lastProbeAt = now;
        }
        return lastProbe;
    }
}
