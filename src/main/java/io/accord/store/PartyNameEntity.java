package io.accord.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;

/** A distinct party name, lower-cased: what a party filter searches before it looks up the parties themselves. */
@Entity
@Table(name = "party_names")
public class PartyNameEntity extends PanacheEntityBase {

    /** Past this many matching names, a party filter searches the party rows themselves. */
    static final int MAX_MATCHING = 1000;

    @Id
    public String name;

    /**
     * The names containing {@code text} (V3__party_names.sql): with them as values the planner can tell a name on
     * every tenth row from one on a handful. Empty for none; null for more than {@link #MAX_MATCHING}.
     */
    static Uni<List<String>> containing(String text) {
        return PartyNameEntity.<PartyNameEntity>find("name like ?1 escape '\\'", like(text))
                .page(Page.ofSize(MAX_MATCHING + 1))
                .list()
                .map(found -> found.size() > MAX_MATCHING
                        ? null
                        : found.stream().map(n -> n.name).toList());
    }

    /** A LIKE pattern for text anywhere, lower-cased, its wildcards escaped. */
    static String like(String s) {
        return "%"
                + s.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
