package io.accord.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class EvidenceRow {

    public String text;

    @Column(name = "start_char")
    public int start;

    @Column(name = "end_char")
    public int end;

    public EvidenceRow() {}

    EvidenceRow(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }
}
