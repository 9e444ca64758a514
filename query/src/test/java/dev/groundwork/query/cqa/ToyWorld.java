package dev.groundwork.query.cqa;

import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.ModelType;
import dev.groundwork.query.linkprediction.TrainingConfig;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;
import java.util.ArrayList;
import java.util.List;

/**
 * A toy world whose answers are known by construction: people p0..p11 live in city c(i mod 4) and
 * work for organisation o(i mod 3); cities c0, c1 are in country k0, c2, c3 in k1 (relation cityIn,
 * and the same pairs again as locatedIn); o0 is based in c0, o1 in c2, o2 in c3.
 */
final class ToyWorld {
    /** The edge missing from the incomplete graph: recoverable only because locatedIn mirrors cityIn. */
    static final Triple DELETED = new Triple("c3", "locatedIn", "k1");

    private ToyWorld() {}

    static List<Triple> all() {
        List<Triple> t = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            t.add(new Triple("p" + i, "livesIn", "c" + (i % 4)));
            t.add(new Triple("p" + i, "worksFor", "o" + (i % 3)));
        }
        for (int c = 0; c < 4; c++) {
            t.add(new Triple("c" + c, "cityIn", c < 2 ? "k0" : "k1"));
            t.add(new Triple("c" + c, "locatedIn", c < 2 ? "k0" : "k1"));
        }
        t.add(new Triple("o0", "basedIn", "c0"));
        t.add(new Triple("o1", "basedIn", "c2"));
        t.add(new Triple("o2", "basedIn", "c3"));
        return t;
    }

    /** Train = all but {@link #DELETED}, which is the only test triple. */
    static TripleSplits incomplete() {
        List<Triple> train = new ArrayList<>(all());
        train.remove(DELETED);
        return new TripleSplits(train, List.of(), List.of(DELETED));
    }

    static TripleSplits complete() {
        return new TripleSplits(all(), List.of(), List.of());
    }

    static LinkPredictor train(TripleSplits splits) {
        return LinkPredictor.train(splits, TrainingConfig.builder().type(ModelType.COMPLEX).rank(16).epochs(300).batchSize(16)
                .learningRate(0.1f).regularization(0f).initScale(0.1f).validEvery(0).seed(7).threads(1).build());
    }
}
