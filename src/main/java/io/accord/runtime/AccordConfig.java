package io.accord.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Accord's own settings ({@code accord.*}, or {@code ACCORD_*} in the environment). */
@ConfigMapping(prefix = "accord")
public interface AccordConfig {

    /** The services this process runs: ingest, extract, store, or all. */
    @WithDefault("all")
    String roles();

    Ingest ingest();

    Topics topics();

    /** When set, writes (POST /articles) need it as "X-API-Key" or "Authorization: Bearer …". */
    java.util.Optional<String> apiKey();

    Embedded embedded();

    /** The embedded default's folder (broker log, PostgreSQL cluster); read by {@code cli.AccordMain} before Quarkus starts. */
    java.util.Optional<String> dataDir();

    Extract extract();

    Agreements agreements();

    Store store();

    default Set<Roles> activeRoles() {
        return Roles.parse(roles());
    }

    default boolean runs(Roles role) {
        return activeRoles().contains(role);
    }

    interface Topics {
        @WithDefault("articles")
        String articles();

        @WithDefault("articles.normalized")
        String normalized();

        @WithDefault("events")
        String events();

        @WithDefault("mentions")
        String mentions();

        @WithDefault("articles.dlq")
        String dlq();

        @WithDefault("events.dlq")
        String eventsDlq();

        @WithDefault("agreements")
        String agreements();
    }

    /** Read by {@code cli.AccordMain} before Quarkus starts; declared here so that they are known settings. */
    interface Embedded {
        @WithDefault("9092")
        int kafkaPort();

        @WithDefault("5433")
        int postgresPort();

        @WithDefault("2")
        int partitions();

        /** Messages between two flushes of the embedded broker's log to disk; 1 = every acknowledged append is on disk. */
        @WithDefault("1")
        long kafkaFlushMessages();

        /** synchronous_commit of the embedded PostgreSQL. */
        @WithDefault("on")
        String postgresSynchronousCommit();
    }

    interface Ingest {
        /** Largest accepted POST /articles body. */
        @WithDefault("1048576")
        int maxBodyBytes();
    }

    interface Extract {
        /** Articles extracted at once; extraction is CPU-bound, so about the number of cores. */
        @WithDefault("2")
        int concurrency();

        /**
         * Publish mentions (sentences that only refer to an agreement) to the mentions topic. Off by default: read as
         * a user would, 3 of 20 agreements known only from mentions were right (docs/agreements.md).
         */
        @WithDefault("false")
        boolean mentions();
    }

    interface Store {
        /** How long the store keeps an article's text (GET /articles/{id}) after storing it; 0 keeps none. */
        @WithDefault("P365D")
        java.time.Duration articleRetention();

        /** How often texts older than the retention are deleted. */
        @WithDefault("PT1H")
        java.time.Duration articlePurgeInterval();
    }

    interface Agreements {
        /** Off: the store keeps events only (no linking, no agreements topic); for those who need no more, and to measure. */
        @WithDefault("true")
        boolean enabled();

        /** Reports of the same sides and matter at most this many days apart tell of one agreement. */
        @WithDefault("30")
        int windowDays();
    }
}
