package io.accord.store;

import io.accord.model.Agreement;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.enterprise.context.ApplicationScoped;

/** Created and changed agreements for live subscribers, buffered per subscriber as {@link EventBroadcaster} does. */
@ApplicationScoped
public class AgreementBroadcaster {

    private final BroadcastProcessor<Agreement> hub = BroadcastProcessor.create();

    void changed(Agreement agreement) {
        hub.onNext(agreement);
    }

    public Multi<Agreement> stream() {
        return hub.onOverflow()
                .buffer(EventBroadcaster.SUBSCRIBER_BUFFER)
                .onFailure(BackPressureFailure.class)
                .recoverWithCompletion();
    }
}
