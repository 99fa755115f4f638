package io.accord.cli;

import io.accord.runtime.ServiceStartup;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;

/**
 * The command line: {@code extract}, {@code publish}, {@code read}, {@code train-gate} and {@code evaluate} run a command with no Kafka and no
 * database; no command starts the services ({@link ServiceStartup}).
 */
@QuarkusMain
public class AccordMain {

    static final String USAGE = """
            usage: java -jar quarkus-run.jar [COMMAND]
              (no command)  run the services: ACCORD_ROLES=ingest,extract,store (default all), with an embedded Kafka
                            broker and PostgreSQL unless KAFKA_BOOTSTRAP_SERVERS / QUARKUS_DATASOURCE_REACTIVE_URL are set;
                            the embedded parts keep their data in ACCORD_DATA_DIR (default ./accord-data; empty: throw-away)
              extract       extract events from JSONL or a text file, no Kafka or database (extract --help)
              publish       publish article files or folders to the articles topic (publish --help)
              read          print the text Accord reads from a web page or article file (read --help)
              train-gate    train the extraction's mention gate from labelled articles (train-gate --help)
              evaluate      score the extractor on whole articles labelled by the guidelines (evaluate --help)""";

    /** {@code accord train-gate}, callable from tests. */
    public static int trainGate(String... args) throws java.io.IOException {
        return TrainGateCommand.run(args);
    }

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("extract")) {
            System.exit(BatchExtract.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("train-gate")) {
            System.exit(trainGate(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("evaluate")) {
            System.exit(EvaluateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("read")) {
            System.exit(ReadCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("publish")) {
            System.exit(PublishCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            System.out.println(USAGE);
            return;
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.err.println("unknown command '" + args[0] + "'\n" + USAGE);
            System.exit(2);
        }
        ServiceStartup.run(args);
    }
}
