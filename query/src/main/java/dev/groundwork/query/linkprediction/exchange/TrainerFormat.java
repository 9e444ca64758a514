package dev.groundwork.query.linkprediction.exchange;

import java.util.Locale;

/** The layouts of the trainers Groundwork exchanges triples and embeddings with. */
public enum TrainerFormat {
    /** DGL-KE: id-mapped {@code udd_hrt} triples; {@code <dataset>_<model>_entity.npy} and {@code _relation.npy} embeddings. */
    DGLKE,
    /** PyTorch-BigGraph: name triples in TSV plus a {@code config.py} for {@code torchbiggraph_import_from_tsv}. */
    PBG,
    /** Plain TSV: {@code train.txt}/{@code valid.txt}/{@code test.txt} name triples; {@code name<TAB>values} embedding tables. */
    TSV;

    /** The spelling on the command line: {@code dglke}, {@code pbg}, {@code tsv}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
