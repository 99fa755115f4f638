package io.accord.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A distinct party name, lower-cased: what a party filter searches before it looks up the parties themselves. */
@Entity
@Table(name = "party_names")
public class PartyNameEntity extends PanacheEntityBase {

    @Id
    public String name;
}
