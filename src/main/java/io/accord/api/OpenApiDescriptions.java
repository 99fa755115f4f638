package io.accord.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the message contracts in the OpenAPI document. The records live in the plain-Java {@code model} package,
 * which carries no framework annotations, so their descriptions are added here.
 */
public class OpenApiDescriptions implements OASFilter {

    private static final Map<String, String> SCHEMAS = Map.ofEntries(
            Map.entry("AgreementEvent", "An agreement between two or more parties, as reported in one article"),
            Map.entry(
                    "Agreement",
                    "One real-world agreement, told by one or many reports (events) across articles and outlets"),
            Map.entry("Stage", "One stage of an agreement and the reports that tell of it"),
            Map.entry("Party", "One side of the agreement"),
            Map.entry("Plover", "The PLOVER event category"),
            Map.entry("Location", "Where the agreement was made or is to take effect"),
            Map.entry("Speaker", "Who the article quotes on the agreement"),
            Map.entry("ArticleRef", "The article the event was read from"),
            Map.entry("Evidence", "A sentence of the normalised article that states the agreement"),
            Map.entry(
                    "StoredArticle", "An article as Accord read it: its metadata and the text evidence offsets index"),
            Map.entry("Dateline", "Where and when the story was filed, and by whom, as its first line says"),
            Map.entry("Problem", "An RFC 9457 problem: what was wrong with the request"));

    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("AgreementEvent.schema", "Version of this contract (1)"),
            Map.entry("AgreementEvent.id", "Deterministic id: the same article always gives the same event id"),
            Map.entry("AgreementEvent.type", "Always 'agreement'"),
            Map.entry(
                    "AgreementEvent.status",
                    "How far along: signed, agreed, intent, negotiating, proposed, rejected or suspended"),
            Map.entry("AgreementEvent.plover", "PLOVER event and context"),
            Map.entry("AgreementEvent.cameo", "CAMEO event code, e.g. 0312 (express intent to cooperate militarily)"),
            Map.entry("AgreementEvent.parties", "At least two distinct parties"),
            Map.entry("AgreementEvent.subject", "What was agreed, as the article words it"),
            Map.entry(
                    "AgreementEvent.topics",
                    "What the agreement covers (deliveries, joint production, maintenance, ...)"),
            Map.entry(
                    "AgreementEvent.date",
                    "When it happened (ISO date), resolved against the dateline or publication date"),
            Map.entry("AgreementEvent.dateText", "The words the date was read from, e.g. 'on Tuesday'"),
            Map.entry("AgreementEvent.datePrecision", "day, month or year"),
            Map.entry("AgreementEvent.location", "Where, when the article says"),
            Map.entry("AgreementEvent.speaker", "The quoted source, when there is one"),
            Map.entry("AgreementEvent.article", "The source article"),
            Map.entry(
                    "AgreementEvent.evidence",
                    "The sentences the event was read from, with offsets into the normalised body"),
            Map.entry(
                    "AgreementEvent.confidence",
                    "0 to 1: the extraction gate's probability that the surest sentence reporting this event reports an agreement"),
            Map.entry("AgreementEvent.extractor", "Name and version of the extractor that produced the event"),
            Map.entry(
                    "AgreementEvent.agreement",
                    "The agreement this event reports (null on the events topic; set by the store)"),
            Map.entry("Agreement.id", "Agreement id, given out once and answering for good"),
            Map.entry("Agreement.parties", "The sides, as its most confident report names them"),
            Map.entry(
                    "Agreement.status",
                    "The latest stage: signed, agreed, intent, negotiating, proposed, rejected or suspended"),
            Map.entry("Agreement.subject", "What was agreed, as most reports word it"),
            Map.entry("Agreement.topics", "What it covers, from all its reports"),
            Map.entry("Agreement.date", "The date of the latest stage (ISO), when a report gives one"),
            Map.entry(
                    "Agreement.firstReported",
                    "When it was first reported: the article's publication date, else when the store received the report"),
            Map.entry("Agreement.lastReported", "When it was last reported"),
            Map.entry("Agreement.timeline", "Its stages in the order they were first reported"),
            Map.entry("Agreement.events", "How many events report it"),
            Map.entry(
                    "Agreement.mentions",
                    "How many mentions refer to it: sentences that speak of it without reporting news of it (background, a recap)"),
            Map.entry(
                    "Agreement.reported",
                    "True when at least one event reports it; false when it is known only from mentions, its status then the one they state"),
            Map.entry("Agreement.articles", "How many articles report or mention it"),
            Map.entry(
                    "Agreement.stories",
                    "How many stories report or mention it: versions of one story (a refiled or updated wire story, the same text under another URL) count once"),
            Map.entry("Agreement.sources", "The outlets that report it"),
            Map.entry(
                    "Agreement.confidence",
                    "0 to 1: that at least one of its reports is right, 1 - the product of (1 - each report's confidence)"),
            Map.entry("Agreement.mergedInto", "Null, or the agreement this one turned out to be"),
            Map.entry("Stage.status", "The stage"),
            Map.entry("Stage.date", "Its latest date a report gives (ISO), or null"),
            Map.entry("Stage.firstReported", "When a report first told of it"),
            Map.entry("Stage.events", "The events that report this stage"),
            Map.entry("Stage.mentions", "The mentions that state this stage"),
            Map.entry("Party.name", "The party as the article names it"),
            Map.entry(
                    "Party.actor",
                    "One stable key per real-world side: the country code for a state and the government, ministries, forces and officials acting for it (GBR), the IGO code for an international body, org:<folded name> or person:<folded name> otherwise (org:deutsche-boerse)"),
            Map.entry("Party.country", "ISO 3166-1 alpha-3 code, an IGO code (NATO, EU, UN, ...) or null when unknown"),
            Map.entry("Party.sector", "PLOVER/CAMEO actor sector: GOV, MIL, BUS, IGO, ..."),
            Map.entry("Party.kind", "country, government, military, company, organization or person"),
            Map.entry("Plover.event", "PLOVER event type, e.g. AGREE"),
            Map.entry("Plover.mode", "PLOVER mode, when one applies"),
            Map.entry("Plover.context", "PLOVER context, e.g. military, economic, political"),
            Map.entry("Location.name", "Place name"),
            Map.entry("Location.country", "ISO 3166-1 alpha-3 code of the place"),
            Map.entry("Location.region", "Region, province or state"),
            Map.entry("Speaker.name", "Who said it"),
            Map.entry("Speaker.title", "Their title or office as the article gives it"),
            Map.entry("ArticleRef.id", "Article id (deterministic: from the given id, the URL or the text)"),
            Map.entry("ArticleRef.url", "Where the article was published, when given"),
            Map.entry("ArticleRef.title", "Headline"),
            Map.entry("ArticleRef.source", "Publisher, given or read from the dateline"),
            Map.entry("ArticleRef.published", "Publication date (ISO), given or read from the dateline"),
            Map.entry("StoredArticle.id", "Article id (deterministic: from the given id, the URL or the text)"),
            Map.entry("StoredArticle.url", "Where the article was published, when given"),
            Map.entry("StoredArticle.title", "Headline: given, else the page's metadata, else the text's first line"),
            Map.entry("StoredArticle.source", "Publisher: given, else the page's site name or the dateline's agency"),
            Map.entry("StoredArticle.byline", "Author a web page names; null for plain text"),
            Map.entry("StoredArticle.published", "Publication date (ISO): given, else the page's metadata"),
            Map.entry("StoredArticle.language", "Language (ISO 639-1): declared, else guessed from the text"),
            Map.entry("StoredArticle.dateline", "The dateline read from the text's first line, if any"),
            Map.entry("StoredArticle.receivedAt", "When ingest received the article"),
            Map.entry("StoredArticle.storedAt", "When the store kept this text; it is deleted after the retention"),
            Map.entry(
                    "StoredArticle.text",
                    "The normalised body: every event's evidence start and end are offsets into this text"),
            Map.entry("Dateline.place", "Place of filing, e.g. PATRIOT PARK"),
            Map.entry("Dateline.date", "Date of filing (ISO), when the dateline gives one"),
            Map.entry("Dateline.agency", "The agency, e.g. Reuters"),
            Map.entry("Evidence.text", "The sentence"),
            Map.entry("Evidence.start", "Offset of its first character in the normalised body"),
            Map.entry("Evidence.end", "Offset just after its last character"),
            Map.entry("Problem.type", "A URI for the kind of problem (about:blank)"),
            Map.entry("Problem.title", "Short summary of the HTTP status"),
            Map.entry("Problem.status", "The HTTP status code"),
            Map.entry("Problem.detail", "What was wrong, for a person to read"),
            Map.entry("Problem.field", "The offending input field or parameter, when there is one"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getDescription() == null && SCHEMAS.containsKey(name)) {
                schema.setDescription(SCHEMAS.get(name));
            }
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.forEach((property, s) -> {
                    String description = PROPERTIES.get(name + "." + property);
                    if (description != null && s.getDescription() == null) {
                        s.setDescription(description);
                    }
                });
            }
        });
    }
}
