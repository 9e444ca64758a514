import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * One SHA-256 over every live document's id and the raw bits of its stored vector, in id order: two
 * search indexes with the same digest hold bit-identical vectors whatever their segments. Used to
 * tell whether a crash-harness difference in {@code SIMILAR_TO} scores came from the embeddings (the
 * vectors differ) or from the vector search (they do not).
 *
 * <pre>{@code
 * java -cp "api/target/lib/*" tools/bench/VectorDigest.java STORE/search/tickets
 * }</pre>
 */
public class VectorDigest {
    public static void main(String[] args) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            Map<String, String> vectors = new TreeMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues("vector");
                if (values == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                var it = values.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (live == null || live.get(d)) {
                        StringBuilder bits = new StringBuilder();
                        for (float x : values.vectorValue(it.index())) {
                            bits.append(Integer.toHexString(Float.floatToRawIntBits(x))).append(',');
                        }
                        vectors.put(stored.document(d).get("id"), bits.toString());
                    }
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            vectors.forEach((id, bits) -> {
                sha.update(id.getBytes(StandardCharsets.UTF_8));
                sha.update(bits.getBytes(StandardCharsets.UTF_8));
            });
            System.out.println("segments " + reader.leaves().size() + ", vectors " + vectors.size() + ", sha256 "
                    + HexFormat.of().formatHex(sha.digest()));
        }
    }
}
