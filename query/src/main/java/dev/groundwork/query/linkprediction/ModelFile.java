package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The model file, little-endian: magic {@code GWLPMODL}, format version (int), model type (string),
 * rank (int), entity names and relation names (count, then length-prefixed UTF-8 strings), Platt
 * parameters a and b (doubles), since version 2 the margin gamma of a distance model (double; 0
 * for the bilinear ones), then the entity table (N x width floats) and the relation table (2R x
 * width floats, reciprocals last), each as a float count followed by 64-byte aligned floats.
 * Version 1 files (no gamma) are still read.
 */
final class ModelFile {
    static final byte[] MAGIC = "GWLPMODL".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 2;

    /** What a model file holds. */
    record Contents(Vocabularies vocabularies, Embeddings embeddings, Calibration calibration) {}

    private ModelFile() {}

    static void write(Path file, Contents contents) {
        Embeddings model = contents.embeddings();
        try (BinaryOut out = new BinaryOut(file)) {
            out.bytes(MAGIC).integer(VERSION).string(model.type().name()).integer(model.rank());
            out.strings(contents.vocabularies().entities().names()).strings(contents.vocabularies().relations().names());
            out.real(contents.calibration().a()).real(contents.calibration().b()).real(model.gamma());
            out.floats(model.entities()).floats(model.relations());
            out.commit();
        }
    }

    static Contents read(Path file) {
        BinaryIn in = new BinaryIn(file);
        int version = expectHeader(in, MAGIC, 1, VERSION, "model");
        ModelType type = modelType(in);
        int rank = in.integer();
        Vocabularies vocabularies = new Vocabularies(new Vocabulary(in.strings()), new Vocabulary(in.strings()));
        Calibration calibration = new Calibration(in.real(), in.real());
        float gamma = version >= 2 ? (float) in.real() : 0f;
        int width = type.interaction().width(rank);
        int entities = vocabularies.entities().size();
        int relations = vocabularies.relations().size();
        float[] entityTable = in.floats(entities * width);
        float[] relationTable = in.floats(2 * relations * width);
        return new Contents(vocabularies, new Embeddings(type, rank, entities, relations, entityTable, relationTable, gamma), calibration);
    }

    /** Checks the magic and that the version is in {@code [oldest, newest]}; returns the version. */
    static int expectHeader(BinaryIn in, byte[] magic, int oldest, int newest, String kind) {
        byte[] found = in.bytes(magic.length);
        if (!Arrays.equals(found, magic)) {
            throw new BadInputException("file '" + in.file() + "' is not a Groundwork link-prediction " + kind + " file (magic '"
                    + new String(found, StandardCharsets.ISO_8859_1) + "', expected '" + new String(magic, StandardCharsets.US_ASCII) + "')");
        }
        int foundVersion = in.integer();
        if (foundVersion < oldest || foundVersion > newest) {
            throw new BadInputException("file '" + in.file() + "' has " + kind + " format version " + foundVersion + "; this build reads version "
                    + (oldest == newest ? oldest : oldest + " to " + newest) + "; retrain");
        }
        return foundVersion;
    }

    static ModelType modelType(BinaryIn in) {
        String name = in.string();
        try {
            return ModelType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("file '" + in.file() + "' has unknown model type '" + name + "'; expected one of " + Arrays.toString(ModelType.values()));
        }
    }
}
