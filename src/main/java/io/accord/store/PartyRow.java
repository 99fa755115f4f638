package io.accord.store;

import jakarta.persistence.Embeddable;

@Embeddable
public class PartyRow {

    public String name;
    public String actor;
    public String country;
    public String sector;
    public String kind;

    public PartyRow() {}

    PartyRow(String name, String actor, String country, String sector, String kind) {
        this.name = name;
        this.actor = actor;
        this.country = country;
        this.sector = sector;
        this.kind = kind;
    }
}
