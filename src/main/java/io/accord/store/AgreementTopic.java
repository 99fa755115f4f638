package io.accord.store;

import io.accord.runtime.AccordConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * The {@code agreements} topic must be compacted (the latest record per agreement is the state): where it does not
 * exist yet, the store creates it so, rather than let the broker auto-create it with the default delete policy.
 * Production clusters declare it (deploy/k8s/topics.yaml); a client without the right to create topics logs and goes on.
 */
@ApplicationScoped
public class AgreementTopic {

    private static final Logger LOG = Logger.getLogger(AgreementTopic.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    AccordConfig config;

    void ensure() {
        String name = config.topics().agreements();
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                settings.put(k, v);
            }
        });
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "accord-topics");
        try (Admin admin = Admin.create(settings)) {
            NewTopic topic = new NewTopic(name, Optional.empty(), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            LOG.infof("created the compacted topic %s", name);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf(
                        "could not create the topic %s (%s): declare it compacted",
                        name, e.getCause().getMessage());
            }
        } catch (Exception e) {
            LOG.warnf("could not create the topic %s (%s): declare it compacted", name, e.getMessage());
        }
    }
}
