package io.accord.store;

import jakarta.enterprise.context.ApplicationScoped;

import io.accord.model.AgreementEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** Newly stored events for live subscribers; a slow subscriber loses events rather than holding up storage. */
@ApplicationScoped
public class EventBroadcaster {

    private final BroadcastProcessor<AgreementEvent> hub = BroadcastProcessor.create();

    void stored(AgreementEvent event) {
        hub.onNext(event);
    }

    public Multi<AgreementEvent> stream() {
        return hub.onOverflow().drop();
    }
}
