package dev.groundwork.query.cqa;

import dev.groundwork.query.linkprediction.LinkPredictor;
import java.util.List;

/** A {@link Query} with names replaced by the model's ids; resolving fails on the first unknown name. Immutable. */
sealed interface IdQuery permits IdQuery.Anchor, IdQuery.Projection, IdQuery.And, IdQuery.Or, IdQuery.Not {
    record Anchor(int entity) implements IdQuery {}

    record Projection(int relation, boolean inverse, IdQuery of) implements IdQuery {}

    record And(List<IdQuery> operands) implements IdQuery {}

    record Or(List<IdQuery> operands) implements IdQuery {}

    record Not(IdQuery operand) implements IdQuery {}

    /** @throws dev.groundwork.graph.BadInputException naming an entity or relation the model does not know */
    static IdQuery resolve(Query query, LinkPredictor model) {
        return switch (query) {
            case Query.Anchor a -> new Anchor(model.entityId(a.entity()));
            case Query.Projection p -> new Projection(model.relationId(p.relation()), p.inverse(), resolve(p.of(), model));
            case Query.And a -> new And(a.operands().stream().map(q -> resolve(q, model)).toList());
            case Query.Or o -> new Or(o.operands().stream().map(q -> resolve(q, model)).toList());
            case Query.Not n -> new Not(resolve(n.operand(), model));
        };
    }
}
