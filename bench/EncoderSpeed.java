import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Milliseconds a base encoder takes for one passage on one thread (the reader's setting: one article per thread), for
 * each ONNX model inside the given Maven jars. Best of three rounds of 100 runs; prints, asserts nothing.
 *
 * <pre>
 * java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/EncoderSpeed.java [--tokens 57] JAR…
 * </pre>
 */
public class EncoderSpeed {
    public static void main(String[] args) throws Exception {
        int tokens = 57;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        for (int a = 0; a < args.length; a++) {
            if (args[a].equals("--tokens")) {
                tokens = Integer.parseInt(args[++a]);
                continue;
            }
            String jarPath = args[a];
            try (ZipFile jar = new ZipFile(Path.of(jarPath).toFile())) {
                ZipEntry model = jar.stream()
                        .filter(e -> e.getName().endsWith(".onnx"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no .onnx in " + jarPath));
                byte[] bytes = jar.getInputStream(model).readAllBytes();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                try (OrtSession session = env.createSession(bytes, options)) {
                    long[] ids = new long[tokens];
                    long[] ones = new long[tokens];
                    for (int t = 0; t < tokens; t++) {
                        ids[t] = t == 0 ? 101 : t == tokens - 1 ? 102 : 1000 + (t * 7919) % 20000;
                        ones[t] = 1;
                    }
                    long[] shape = {1, tokens};
                    Map<String, OnnxTensor> inputs = new HashMap<>();
                    inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
                    inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(ones), shape));
                    if (session.getInputNames().contains("token_type_ids")) {
                        inputs.put(
                                "token_type_ids",
                                OnnxTensor.createTensor(env, LongBuffer.wrap(new long[tokens]), shape));
                    }
                    double best = Double.MAX_VALUE;
                    for (int round = 0; round < 4; round++) {
                        long start = System.nanoTime();
                        for (int i = 0; i < 100; i++) {
                            session.run(inputs).close();
                        }
                        double ms = (System.nanoTime() - start) / 1e6 / 100;
                        if (round > 0) {
                            best = Math.min(best, ms);
                        }
                    }
                    System.out.printf(
                            "%s  %s (%.1f MB): %.2f ms per %d-token passage, one thread%n",
                            Path.of(jarPath).getFileName(), model.getName(), bytes.length / 1e6, best, tokens);
                }
            }
        }
    }
}
