package dev.groundwork.api.cli;

import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.ModelType;
import dev.groundwork.query.linkprediction.exchange.TrainerExchange;
import dev.groundwork.query.linkprediction.exchange.TrainerFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** {@code groundwork import}: reads what other tools produced. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Read what other tools produced.",
        subcommands = ImportCommand.Embeddings.class)
final class ImportCommand extends CommandGroup {

    @Command(name = "embeddings", mixinStandardHelpOptions = true,
            footer = "--json: {model, type, rank, entities, relations}.",
            description = "Turn embeddings trained elsewhere into a Groundwork model that predictLinks, complexQuery and eval"
                    + " linkpred serve: dglke (<dataset>_<model>_entity.npy, _relation.npy, entities.tsv, relations.tsv, config.json),"
                    + " pbg (PyTorch-BigGraph's checkpoint_path: config.json, checkpoint_version.txt, embeddings_<type>_<part>.vN.h5,"
                    + " model.vN.h5, with the importer's entity_names_*.json and dynamic_rel_names.json there or in entity_path),"
                    + " tsv (entity_embeddings.tsv and relation_embeddings.tsv: name<TAB>values a line). ComplEx, DistMult and"
                    + " TransE (L1, L2); head prediction scores (h, r, t) itself through exact reciprocal relations.")
    static final class Embeddings implements Runnable {
        @Option(names = "--format", required = true, description = "dglke, pbg or tsv.")
        TrainerFormat format;

        @Parameters(paramLabel = "DIR", description = "Directory holding the saved embeddings.")
        Path dir;

        @Option(names = "--type", completionCandidates = ChoiceConverter.ModelTypes.class,
                description = "complex, distmult, transe_l1 or transe_l2 (transe = transe_l2, as in DGL-KE); for dglke,"
                        + " config.json's model by default.")
        ModelType type;

        @Option(names = "--gamma", paramLabel = "G", description = "TransE's margin (score = G - ||h + r - t||); for dglke,"
                + " config.json's gamma by default.")
        Double gamma;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model file to write.")
        Path out;

        @Mixin
        Output output;

        @Override
        public void run() {
            LinkPredictor model = TrainerExchange.importEmbeddings(format, dir,
                    Optional.ofNullable(type), gamma == null ? OptionalDouble.empty() : OptionalDouble.of(gamma));
            model.save(out);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", out.toString());
            o.put("type", model.type().name().toLowerCase(java.util.Locale.ROOT));
            o.put("rank", model.rank());
            if (model.type().isDistance()) {
                o.put("gamma", model.gamma());
            }
            o.put("entities", model.entityCount());
            o.put("relations", model.relationCount());
            output.print(o, w -> w.printf("wrote %s: %s, rank %d, %,d entities, %,d relations%n", out,
                    model.type().name().toLowerCase(java.util.Locale.ROOT), model.rank(), model.entityCount(), model.relationCount()));
        }
    }
}
