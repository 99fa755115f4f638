package io.accord.store;

import io.accord.model.AgreementEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Newly stored events for live subscribers. The store hands over a whole batch at once, so each subscriber gets a
 * buffer; one that falls further behind than that is disconnected (an SSE client reconnects) rather than holding up
 * storage or silently missing events.
 */
@ApplicationScoped
public class EventBroadcaster {

    static final int SUBSCRIBER_BUFFER = 10_000;

    private final BroadcastProcessor<AgreementEvent> hub = BroadcastProcessor.create();

    void stored(AgreementEvent event) {
        hub.onNext(event);
    }

    public Multi<AgreementEvent> stream() {
        return hub.onOverflow()
                .buffer(SUBSCRIBER_BUFFER)
                .onFailure(BackPressureFailure.class)
                .recoverWithCompletion();
    }
}
