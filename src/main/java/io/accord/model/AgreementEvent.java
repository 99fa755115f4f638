package io.accord.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The agreement event: what extract publishes on {@code events}, what store keeps and the API serves. {@code agreement}
 * is null as extract publishes it; the store sets it to the agreement the event reports. A mention ({@link #isMention})
 * has the same shape, on {@code mentions}.
 */
public record AgreementEvent(
        int schema,
        String id,
        String type,
        String status,
        Plover plover,
        String cameo,
        List<Party> parties,
        String subject,
        List<String> topics,
        String date,
        String dateText,
        String datePrecision,
        Location location,
        Speaker speaker,
        ArticleRef article,
        List<Evidence> evidence,
        double confidence,
        String agreement,
        String extractor) {

    public static final int SCHEMA = 1;
    public static final String TYPE = "agreement";
    /** A sentence that refers to an agreement without reporting news of it (background, a recap): on {@code mentions}. */
    public static final String MENTION_TYPE = "mention";
    /** How far along an agreement is, as the contract names the stages. */
    public static final List<String> STATUSES =
            List.of("signed", "agreed", "intent", "negotiating", "proposed", "rejected", "suspended");

    /** The same event with its parties' keys as the store now keys them. */
    public AgreementEvent withParties(List<Party> newParties) {
        return new AgreementEvent(
                schema,
                id,
                type,
                status,
                plover,
                cameo,
                newParties,
                subject,
                topics,
                date,
                dateText,
                datePrecision,
                location,
                speaker,
                article,
                evidence,
                confidence,
                agreement,
                extractor);
    }

    /** Whether this is a mention of an agreement, not an event ({@code type}); no field of its own. */
    @JsonIgnore
    public boolean isMention() {
        return MENTION_TYPE.equals(type);
    }

    /** The same sentences as a mention: another id ({@code men_…}) and type, never an event. */
    public AgreementEvent asMention() {
        return new AgreementEvent(
                schema,
                "men_" + id.substring(id.indexOf('_') + 1),
                MENTION_TYPE,
                status,
                plover,
                cameo,
                parties,
                subject,
                topics,
                date,
                dateText,
                datePrecision,
                location,
                speaker,
                article,
                evidence,
                confidence,
                agreement,
                extractor);
    }

    /** The same event as a report of the agreement the store linked it to. */
    public AgreementEvent withAgreement(String agreementId) {
        return new AgreementEvent(
                schema,
                id,
                type,
                status,
                plover,
                cameo,
                parties,
                subject,
                topics,
                date,
                dateText,
                datePrecision,
                location,
                speaker,
                article,
                evidence,
                confidence,
                agreementId,
                extractor);
    }
}
