package io.accord.store;

import jakarta.persistence.Embeddable;

@Embeddable
public class PartyRow {

    public String name;
    public String country;
    public String sector;
    public String kind;

    public PartyRow() {
    }

    PartyRow(String name, String country, String sector, String kind) {
        this.name = name;
        this.country = country;
        this.sector = sector;
        this.kind = kind;
    }
}
