package io.accord.extraction.reader;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

/**
 * The pretrained encoder the reader stands on, all-MiniLM-L6-v2 as shipped in its Maven jar (frozen: the reader's own
 * layers are trained on its output). Gives each token of a passage its 384 numbers.
 */
public final class BaseEncoder implements AutoCloseable {

    public static final String MODEL = "all-minilm-l6-v2.onnx";
    public static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    public static final int WIDTH = 384;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    public BaseEncoder() {
        this(MODEL);
    }

    /** Another ONNX encoder of the same vocabulary and width on the classpath, such as the jar family's int8 one. */
    public BaseEncoder(String model) {
        try (InputStream in = resource(model)) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // one thread per session: the extraction pool runs one article per thread
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = env.createSession(in.readAllBytes(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + model, e);
        }
    }

    public static WordPieceTokenizer tokenizer() {
        return new WordPieceTokenizer(resource(TOKENIZER));
    }

    /** Hidden states [passages][longest passage][WIDTH]; rows past a passage's length are padding. */
    public float[][][] encode(List<Passage> passages) {
        int batch = passages.size();
        int length = passages.stream().mapToInt(Passage::size).max().orElse(0);
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        long[] types = new long[batch * length];
        for (int b = 0; b < batch; b++) {
            Passage p = passages.get(b);
            boolean second = false;
            for (int t = 0; t < p.size(); t++) {
                ids[b * length + t] = p.ids()[t];
                mask[b * length + t] = 1;
                second |= p.parts()[t] == Passage.CONTEXT || p.parts()[t] == Passage.SENTENCE;
                types[b * length + t] = second ? 1 : 0;
            }
        }
        long[] shape = {batch, length};
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
                OrtSession.Result r =
                        session.run(Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT))) {
            return (float[][][]) r.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("the base encoder failed", e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = BaseEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath (dev.langchain4j:langchain4j-embeddings-"
                    + "all-minilm-l6-v2 brings it)");
        }
        return in;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
