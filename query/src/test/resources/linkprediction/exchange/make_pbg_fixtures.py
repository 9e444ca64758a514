# Writes the PyTorch-BigGraph checkpoint fixtures of PbgCheckpointTest with the real HDF5 writer,
# h5py (Debian's python3-h5py), in the layout PBG's own code writes. Rules and where they come from
# are in README.md beside this script. Run from this directory: /usr/bin/python3 make_pbg_fixtures.py
import json, os, random, shutil
import h5py
import numpy as np

ENTITIES = ["alga", "plant", "fungus", "cell", "tissue", "Zürich"]
TRAIN = [("alga", "isa", "plant"), ("fungus", "isa", "plant"), ("cell", "part_of", "tissue"),
         ("tissue", "part_of", "plant"), ("Zürich", "isa", "cell")]
VALID = [("alga", "part_of", "cell")]
TEST = [("fungus", "part_of", "tissue")]


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False)


def write_text(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def save_h5(path, metadata, datasets, model_group=None):
    # checkpoint_storage.py: save_entity_partition / save_model.
    with h5py.File(path, "w") as hf:
        hf.attrs["format_version"] = 1
        for k, v in metadata.items():
            hf.attrs[k] = v
        for name, data in datasets.items():
            hf.create_dataset(name, data=data)
        if model_group is not None:
            g = hf.create_group("model", track_order=True)
            for public_name, (private_name, data) in model_group.items():
                ds = g.create_dataset(public_name, data=data)
                ds.attrs["state_dict_key"] = private_name
        # The optimizer state is a torch.save blob stored as opaque bytes (dtype V1); Groundwork ignores it.
        hf.create_dataset("optimizer/state_dict", data=np.frombuffer(b"\x80\x02}q\x00.", dtype=np.dtype("V1")))
        hf.flush()


def checkpoint(root, config, entity_names, parts, embeddings, model_params, version, known):
    shutil.rmtree(root, ignore_errors=True)
    data, model = os.path.join(root, "data"), os.path.join(root, "model")
    os.makedirs(data)
    os.makedirs(model)
    # The edges Groundwork's export wrote (export triples --format pbg), which PBG's importer read.
    for stem, triples in (("train", TRAIN), ("valid", VALID), ("test", TEST)):
        write_text(os.path.join(root, stem + ".tsv"), "".join(f"{h}\t{r}\t{t}\n" for h, r, t in triples))
    # What torchbiggraph_import_from_tsv writes into entity_path: names and counts per (type, part).
    for p in range(parts):
        names = [n for i, n in enumerate(entity_names) if i % parts == p]
        write_json(os.path.join(data, f"entity_names_all_{p}.json"), names)
        write_text(os.path.join(data, f"entity_count_all_{p}.txt"), f"{len(names)}\n")
    if config["dynamic_relations"]:
        write_json(os.path.join(data, "dynamic_rel_names.json"), ["isa", "part_of"])
        write_text(os.path.join(data, "dynamic_rel_count.txt"), "2\n")
    config_json = json.dumps(config, indent=4)
    write_text(os.path.join(model, "config.json"), config_json)
    write_text(os.path.join(model, "checkpoint_version.txt"), f"{version}")
    metadata = {"config/json": config_json, "iteration/num_epochs": 7, "iteration/epoch_idx": 6}
    for p in range(parts):
        rows = np.array([embeddings[n] for i, n in enumerate(entity_names) if i % parts == p], dtype=np.float32)
        save_h5(os.path.join(model, f"embeddings_all_{p}.v{version}.h5"), metadata, {"embeddings": rows})
    save_h5(os.path.join(model, f"model.v{version}.h5"), metadata, {}, model_params)
    # An older version left behind must not be read (checkpoint_version.txt names the current one).
    save_h5(os.path.join(model, f"embeddings_all_0.v{version - 1}.h5"), metadata,
            {"embeddings": np.zeros((1, config["dimension"]), dtype=np.float32)})
    write_json(os.path.join(root, "known.json"), known)


def base_config(root, dimension, comparator, operator, relations, dynamic, global_emb, parts):
    return {
        "entity_path": os.path.join(root, "data"),  # rewritten to a relative path below
        "edge_paths": [os.path.join(root, "train_partitioned")],
        "checkpoint_path": os.path.join(root, "model"),
        "entities": {"all": {"num_partitions": parts, "featurized": False, "dimension": None}},
        "relations": [{"name": n, "lhs": "all", "rhs": "all", "weight": 1.0, "operator": operator, "all_negs": False}
                      for n in relations],
        "dimension": dimension, "init_path": None, "checkpoint_preservation_interval": None,
        "max_norm": None, "global_emb": global_emb, "comparator": comparator, "bias": False,
        "loss_fn": "softmax", "margin": 0.1, "regularization_coef": 0.0, "regularizer": "N3",
        "init_scale": 0.001, "num_epochs": 7, "num_edge_chunks": None, "bucket_order": "inside_out",
        "workers": None, "batch_size": 1000, "num_batch_negs": 50, "num_uniform_negs": 50,
        "disable_lhs_negs": False, "disable_rhs_negs": False, "lr": 0.1, "relation_lr": None,
        "eval_fraction": 0.0, "eval_num_batch_negs": 1000, "eval_num_uniform_negs": 1000,
        "early_stopping": False, "background_io": False, "verbose": 0, "hogwild_delay": 2,
        "dynamic_relations": dynamic, "num_machines": 1, "num_partition_servers": -1,
        "distributed_init_method": None, "distributed_tree_init_order": True, "num_gpus": 0,
        "num_groups_for_partition_server": 16, "num_groups_per_sharded_partition_server": 1,
        "partition_shard_size": 250, "half_precision": False,
    }


rng = np.random.default_rng(20)
order = ENTITIES[:]
random.Random(5).shuffle(order)  # PBG's importer does not keep the input order

# 1. ComplEx: dynamic relations, operator complex_diagonal, comparator dot, two partitions.
dim = 4
emb = {n: [round(float(x), 3) for x in rng.normal(size=dim)] for n in ENTITIES}
rhs_real = np.round(rng.normal(size=(2, dim // 2)), 3).astype(np.float32)
rhs_imag = np.round(rng.normal(size=(2, dim // 2)), 3).astype(np.float32)
lhs_real = np.round(rng.normal(size=(2, dim // 2)), 3).astype(np.float32)
lhs_imag = np.round(rng.normal(size=(2, dim // 2)), 3).astype(np.float32)
cfg = base_config("pbg-complex", dim, "dot", "complex_diagonal", ["all_edges"], True, False, 2)
cfg["entity_path"] = "pbg-complex/data"
cfg["checkpoint_path"] = "pbg-complex/model"
checkpoint("pbg-complex", cfg, order, 2, emb, {
    "relations/0/operator/lhs/real": ("lhs_operators.0.real", lhs_real),
    "relations/0/operator/lhs/imag": ("lhs_operators.0.imag", lhs_imag),
    "relations/0/operator/rhs/real": ("rhs_operators.0.real", rhs_real),
    "relations/0/operator/rhs/imag": ("rhs_operators.0.imag", rhs_imag),
}, 7, {"operator": "complex_diagonal", "comparator": "dot", "entities": emb,
       "relations": {"isa": {"real": rhs_real[0].tolist(), "imag": rhs_imag[0].tolist()},
                     "part_of": {"real": rhs_real[1].tolist(), "imag": rhs_imag[1].tolist()}}})

# 2. TransE: static relations (one config entry each), operator translation, comparator l2,
#    a global embedding for the entity type, one partition.
dim = 3
emb = {n: [round(float(x), 3) for x in rng.normal(size=dim)] for n in ENTITIES}
translations = np.round(rng.normal(size=(2, dim)), 3).astype(np.float32)
global_emb = np.array([0.5, -0.25, 1.0], dtype=np.float32)
cfg = base_config("pbg-transe", dim, "l2", "translation", ["isa", "part_of"], False, True, 1)
cfg["entity_path"] = "pbg-transe/data"
cfg["checkpoint_path"] = "pbg-transe/model"
checkpoint("pbg-transe", cfg, order, 1, emb, {
    "relations/0/operator/rhs/translation": ("rhs_operators.0.translation", translations[0]),
    "relations/1/operator/rhs/translation": ("rhs_operators.1.translation", translations[1]),
    "entities/all/global_embedding": ("global_embs.emb_all", global_emb),
}, 3, {"operator": "translation", "comparator": "l2", "entities": emb, "global_embedding": global_emb.tolist(),
       "relations": {"isa": {"translation": translations[0].tolist()}, "part_of": {"translation": translations[1].tolist()}}})
