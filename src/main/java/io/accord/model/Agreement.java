package io.accord.model;

import java.util.List;

/**
 * One real-world agreement, told by one or many reports (events) and mentions across articles and outlets: what the
 * store publishes on {@code agreements} and the API serves. {@code status} and {@code date} are those of its latest
 * stage, told by reports where it has any ({@code reported}), else by its mentions; an agreement found to be the same
 * as another keeps answering with {@code mergedInto} set to the one kept.
 */
public record Agreement(
        String id,
        List<Party> parties,
        String status,
        String subject,
        List<String> topics,
        String date,
        String firstReported,
        String lastReported,
        List<Stage> timeline,
        int events,
        int mentions,
        boolean reported,
        int articles,
        int stories,
        List<String> sources,
        double confidence,
        String mergedInto) {

    /** One stage of the agreement (talks, intent, signature …) and the reports and mentions that tell of it. */
    public record Stage(String status, String date, String firstReported, List<String> events, List<String> mentions) {}

    /** What an agreement merged into another publishes under its own key: only where to look now. */
    public static Agreement mergedInto(String id, String keptId) {
        return new Agreement(
                id, List.of(), null, null, List.of(), null, null, null, List.of(), 0, 0, false, 0, 0, List.of(), 0,
                keptId);
    }
}
