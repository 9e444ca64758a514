# Writes the DGL-KE-layout fixtures of TrainerExchangeTest with the real writer, numpy.save
# (Debian's python3-numpy), so that the .npy reader is tested on files numpy itself produced.
# Run from this directory: /usr/bin/python3 make_fixtures.py
import json, os
import numpy as np

entities = ["alga", "plant", "fungus", "cell", "tissue"]
relations = ["isa", "part_of"]

def maps(d):
    os.makedirs(d, exist_ok=True)
    # dglke_train writes these two maps for a raw user-defined data set: KGE id<TAB>raw name.
    with open(os.path.join(d, "entities.tsv"), "w") as f:
        f.writelines(f"{i}\t{n}\n" for i, n in enumerate(entities))
    with open(os.path.join(d, "relations.tsv"), "w") as f:
        f.writelines(f"{i}\t{n}\n" for i, n in enumerate(relations))

# ComplEx, hidden_dim 2: rows are [real parts | imaginary parts], float32, C order (DGL-KE's own save).
maps("dglke-complex")
e = (np.arange(len(entities) * 4, dtype=np.float32).reshape(len(entities), 4) - 7) / 5
r = np.array([[0.5, -1.0, 0.25, 2.0], [-0.75, 0.5, 1.5, -0.5]], dtype=np.float32)
np.save("dglke-complex/groundwork_ComplEx_entity.npy", e)
np.save("dglke-complex/groundwork_ComplEx_relation.npy", r)
with open("dglke-complex/config.json", "w") as f:
    json.dump({"model": "ComplEx", "dataset": "groundwork", "emb_size": 2, "gamma": 12.0}, f)

# DistMult, width 3, float64 in Fortran order, to exercise the reader's other paths; no config.json.
maps("dglke-distmult")
e = np.asfortranarray(np.linspace(-1, 1, len(entities) * 3, dtype=np.float64).reshape(len(entities), 3))
r = np.asfortranarray(np.array([[1.0, -2.0, 0.5], [0.25, 0.75, -1.25]], dtype=np.float64))
np.save("dglke-distmult/groundwork_DistMult_entity.npy", e)
np.save("dglke-distmult/groundwork_DistMult_relation.npy", r)

# TransE_l1, hidden_dim 3, float32, with the config.json DGL-KE's save_model writes (vars(args) plus
# "model"): score = gamma - ||h + r - t||_1 with gamma 12 (dglke/models/general_models.py, TransEScore).
maps("dglke-transe")
e = np.array([[0.5, -1.0, 2.0], [1.5, 0.0, -0.5], [-2.0, 1.0, 0.25], [0.0, 0.0, 0.0], [3.0, -2.5, 1.0]], dtype=np.float32)
r = np.array([[1.0, 1.0, -2.5], [-0.5, 2.0, 0.75]], dtype=np.float32)
np.save("dglke-transe/groundwork_TransE_l1_entity.npy", e)
np.save("dglke-transe/groundwork_TransE_l1_relation.npy", r)
with open("dglke-transe/config.json", "w") as f:
    json.dump({"model": "TransE_l1", "model_name": "TransE_l1", "dataset": "groundwork", "emb_size": 3, "hidden_dim": 3,
               "gamma": 12.0, "double_ent": False, "double_rel": False}, f)
