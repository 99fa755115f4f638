// Reads Kafka records with the official CloudEvents SDK (its Kafka binding) and validates each event against the
// CloudEvents 1.0 spec, then checks what Accord promises on top: the type of each topic, and data whose id is the
// record's key. Run by ConformanceTest.
// usage: node cloudevents.check.mjs records.json   ([{topic, key, value, headers: {name: value}}])
import { readFileSync } from "node:fs";
import { Kafka } from "cloudevents";

const TYPES = { events: "io.accord.agreement.v1", agreements: "io.accord.agreement-record.v1" };
const records = JSON.parse(readFileSync(process.argv[2], "utf8"));
const valid = {};
const failures = [];
for (const r of records) {
    try {
        const event = Kafka.toEvent({ key: r.key, value: r.value, headers: r.headers });
        event.validate();
        if (event.specversion !== "1.0") throw new Error(`specversion ${event.specversion}`);
        if (event.type !== TYPES[r.topic]) throw new Error(`type ${event.type} on ${r.topic}`);
        if (typeof event.data !== "object" || event.data.id !== r.key) throw new Error("data is not the record keyed by its id");
        valid[r.topic] = (valid[r.topic] || 0) + 1;
    } catch (e) {
        failures.push(`${r.topic} ${r.key}: ${e.message}${e.errors ? " " + JSON.stringify(e.errors) : ""}`);
    }
}
for (const topic of Object.keys(TYPES)) {
    console.log(`${topic}: ${valid[topic] || 0} of ${records.filter((r) => r.topic === topic).length} valid CloudEvents`);
}
if (failures.length) {
    console.error(failures.slice(0, 20).join("\n"));
    process.exit(1);
}
