package dev.groundwork.graph.schema;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.Provenance;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.ConstraintDefinition;
import org.neo4j.graphdb.schema.ConstraintType;
import org.neo4j.graphdb.schema.IndexCreator;
import org.neo4j.graphdb.schema.IndexDefinition;
import org.neo4j.graphdb.schema.IndexType;
import org.neo4j.graphdb.schema.Schema;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The graph schema declared by the ontologies in {@code ontologies/}: for each domain, the node
 * labels with their key and indexed properties, and the relationship types. Read with Apache Jena
 * from Turtle; the {@code gws:} vocabulary ({@code https://groundwork.dev/schema#}) marks what
 * becomes Neo4j schema: {@code gws:nodeLabel}, {@code gws:key}, {@code gws:index},
 * {@code gws:fulltext} on classes and {@code gws:relationshipType} on object properties.
 *
 * <p>{@link #install(Session)} creates the matching uniqueness constraints and indexes, with
 * {@code IF NOT EXISTS}, so it is idempotent; every declared label and relationship type also gets
 * an index on the provenance property {@value Provenance#RUN}, so that undoing an ingest run is fast.
 * Immutable and thread-safe once read.
 *
 * <pre>{@code
 * OntologySchema schema = OntologySchema.fromClasspath();
 * schema.nodeType("Ticket").key();   // "key"
 * }</pre>
 */
public final class OntologySchema {
    private static final Logger LOG = LoggerFactory.getLogger(OntologySchema.class);
    public static final String NS = "https://groundwork.dev/schema#";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Indexes named like one of our constraints ({@code $names}) that back no constraint. */
    static final String ORPHANED_CONSTRAINT_INDEXES = "SHOW INDEXES YIELD name, owningConstraint"
            + " WHERE owningConstraint IS NULL AND name IN $names RETURN name";
    /** The labels (relationship types) that nodes (relationships) of the store carry. */
    private static final String LABELS_IN_USE = "CALL db.labels() YIELD label RETURN label";
    private static final String TYPES_IN_USE = "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType";

    /**
     * A node label and its schema.
     *
     * @param label the Neo4j label
     * @param key the unique key property, or null
     * @param indexes properties with a range index
     * @param fulltext properties in the label's full-text index
     * @param domain the ontology the label comes from
     * @param comment the ontology's description of it
     */
    public record NodeType(String label, String key, List<String> indexes, List<String> fulltext, String domain,
                           String comment) {
        public NodeType {
            requireName("label", label);
            if (key != null) {
                requireName("key of " + label, key);
            }
            indexes = List.copyOf(indexes);
            indexes.forEach(i -> requireName("index of " + label, i));
            fulltext = List.copyOf(fulltext);
            fulltext.forEach(i -> requireName("fulltext of " + label, i));
        }
    }

    /**
     * A relationship type and the labels it joins.
     *
     * @param type the Neo4j relationship type
     * @param from label of the start node, or null when any
     * @param to label of the end node, or null when any
     * @param domain the ontology it comes from
     */
    public record RelationshipType(String type, String from, String to, String domain) {
        public RelationshipType {
            requireName("relationship type", type);
        }
    }

    private final Map<String, NodeType> nodeTypes;
    private final Map<String, RelationshipType> relationshipTypes;

    private OntologySchema(Map<String, NodeType> nodeTypes, Map<String, RelationshipType> relationshipTypes) {
        this.nodeTypes = Map.copyOf(nodeTypes);
        this.relationshipTypes = Map.copyOf(relationshipTypes);
    }

    /** The schema of every {@code ontologies/*.ttl} on the classpath. */
    public static OntologySchema fromClasspath() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (ClasspathDirectory.Entry e : ClasspathDirectory.list("ontologies", ".ttl")) {
            sources.put(e.name(), e.text());
        }
        return parse(sources);
    }

    /** The schema of the given Turtle documents, keyed by a name used in messages. */
    public static OntologySchema parse(Map<String, String> turtleByName) {
        Map<String, NodeType> nodes = new LinkedHashMap<>();
        Map<String, RelationshipType> rels = new LinkedHashMap<>();
        for (var source : turtleByName.entrySet()) {
            Model model = readTurtle(source.getKey(), source.getValue());
            String domain = source.getKey().replaceFirst("\\.ttl$", "");
            readNodeTypes(model, domain, nodes);
            readRelationshipTypes(model, domain, rels);
        }
        return new OntologySchema(nodes, rels);
    }

    private static Model readTurtle(String name, String text) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.fromString(text, Lang.TURTLE).base("https://groundwork.dev/ontology/" + name).parse(model);
        } catch (RiotException e) {
            throw new BadInputException("ontology " + name + " is not valid Turtle: " + e.getMessage(), e);
        }
        return model;
    }

    private static void readNodeTypes(Model model, String domain, Map<String, NodeType> into) {
        Property nodeLabel = model.createProperty(NS, "nodeLabel");
        for (Resource cls : model.listSubjectsWithProperty(nodeLabel).toList()) {
            String label = string(cls, nodeLabel).orElseThrow();
            NodeType type = new NodeType(label, string(cls, model.createProperty(NS, "key")).orElse(null),
                    strings(cls, model.createProperty(NS, "index")), strings(cls, model.createProperty(NS, "fulltext")),
                    domain, string(cls, RDFS.comment).orElse(""));
            NodeType previous = into.putIfAbsent(label, type);
            if (previous != null && !previous.equals(type)) {
                throw new BadInputException("label " + label + " is declared twice, differently, in ontologies "
                        + previous.domain() + " and " + domain);
            }
        }
    }

    private static void readRelationshipTypes(Model model, String domain, Map<String, RelationshipType> into) {
        Property relType = model.createProperty(NS, "relationshipType");
        Property nodeLabel = model.createProperty(NS, "nodeLabel");
        for (Resource prop : model.listSubjectsWithProperty(relType).toList()) {
            String type = string(prop, relType).orElseThrow();
            String from = labelOf(prop, RDFS.domain, nodeLabel);
            String to = labelOf(prop, RDFS.range, nodeLabel);
            into.putIfAbsent(type, new RelationshipType(type, from, to, domain));
        }
    }

    private static String labelOf(Resource prop, Property which, Property nodeLabel) {
        Statement s = prop.getProperty(which);
        if (s == null || !s.getObject().isResource()) {
            return null;
        }
        return string(s.getObject().asResource(), nodeLabel).orElse(null);
    }

    private static Optional<String> string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? Optional.empty() : Optional.of(s.getObject().asLiteral().getString());
    }

    private static List<String> strings(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).map(RDFNode::asLiteral)
                .map(l -> l.getString()).sorted().toList();
    }

    private static void requireName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BadInputException(what + " must be a letter followed by letters, digits or '_', got '" + name + "'");
        }
    }

    public List<NodeType> nodeTypes() {
        return nodeTypes.values().stream().sorted(Comparator.comparing(NodeType::label)).toList();
    }

    public List<RelationshipType> relationshipTypes() {
        return relationshipTypes.values().stream().sorted(Comparator.comparing(RelationshipType::type)).toList();
    }

    /** The declared node type with this label; names the known labels otherwise. */
    public NodeType nodeType(String label) {
        NodeType t = nodeTypes.get(label);
        if (t == null) {
            throw new BadInputException("label '" + label + "' is not declared by any ontology; known labels: "
                    + nodeTypes.keySet().stream().sorted().toList());
        }
        return t;
    }

    public boolean declaresLabel(String label) {
        return nodeTypes.containsKey(label);
    }

    public boolean declaresRelationshipType(String type) {
        return relationshipTypes.containsKey(type);
    }

    /** The schema statements, each idempotent. Names are validated identifiers, so they are safe to splice. */
    public List<String> statements() {
        return items().stream().map(SchemaItem::cypher).toList();
    }

    /** The labels and relationship types the store's entities carry, read in one transaction. */
    private record InUse(Set<String> labels, Set<String> types) {
        boolean holds(SchemaItem item) {
            return (item.relationship() ? types : labels).contains(item.token());
        }
    }

    /** What a schema item builds. */
    private enum Kind { UNIQUE, RANGE, FULLTEXT }

    /**
     * One constraint or index: its name, what it builds, the label (or relationship type) whose entities it indexes and
     * the properties. The same item is created through Cypher ({@link #cypher}) or Neo4j's embedded API ({@link #create}).
     */
    private record SchemaItem(String name, Kind kind, String token, boolean relationship, List<String> properties) {
        String cypher() {
            return switch (kind) {
                case UNIQUE -> "CREATE CONSTRAINT " + name + " IF NOT EXISTS FOR (n:" + token + ") REQUIRE n." + properties.getFirst()
                        + " IS UNIQUE";
                case FULLTEXT -> "CREATE FULLTEXT INDEX " + name + " IF NOT EXISTS FOR (n:" + token + ") ON EACH ["
                        + String.join(", ", properties.stream().map(p -> "n." + p).toList()) + "]";
                case RANGE -> "CREATE INDEX " + name + " IF NOT EXISTS FOR " + (relationship ? "()-[r:" + token + "]-()" : "(n:" + token + ")")
                        + " ON (" + (relationship ? "r." : "n.") + properties.getFirst() + ")";
            };
        }

        /** The key {@link #signature(IndexDefinition)} or {@link #signature(ConstraintDefinition)} gives what builds the same. */
        String signature() {
            return kind.name() + (relationship ? " -[:" : " :") + token + " " + properties;
        }

        void create(Schema schema) {
            if (kind == Kind.UNIQUE) {
                schema.constraintFor(Label.label(token)).assertPropertyIsUnique(properties.getFirst()).withName(name).create();
                return;
            }
            IndexCreator creator = relationship ? schema.indexFor(org.neo4j.graphdb.RelationshipType.withName(token)) : schema.indexFor(Label.label(token));
            for (String p : properties) {
                creator = creator.on(p);
            }
            creator.withIndexType(kind == Kind.FULLTEXT ? IndexType.FULLTEXT : IndexType.RANGE).withName(name).create();
        }
    }

    private List<SchemaItem> items() {
        List<SchemaItem> out = new ArrayList<>();
        for (NodeType t : nodeTypes()) {
            String l = t.label();
            if (t.key() != null) {
                out.add(new SchemaItem(constraintName(t), Kind.UNIQUE, l, false, List.of(t.key())));
            }
            for (String p : t.indexes()) {
                out.add(new SchemaItem(l + "_" + p, Kind.RANGE, l, false, List.of(p)));
            }
            if (!t.fulltext().isEmpty()) {
                out.add(new SchemaItem(l + "_fulltext", Kind.FULLTEXT, l, false, t.fulltext()));
            }
            out.add(new SchemaItem(l + "_" + Provenance.RUN, Kind.RANGE, l, false, List.of(Provenance.RUN)));
        }
        for (RelationshipType r : relationshipTypes()) {
            out.add(new SchemaItem(r.type() + "_" + Provenance.RUN, Kind.RANGE, r.type(), true, List.of(Provenance.RUN)));
        }
        return out;
    }

    /**
     * Creates the constraints and indexes through a write session of the store; a no-op for those that exist.
     * Those of labels and relationship types the store holds are created in one transaction, so that Neo4j
     * populates them in one scan of the store (after a bulk import, a scan of millions of relationships instead of
     * one per type); those of labels and types it does not hold go in a transaction before it. Neo4j checks every
     * entity a population job scans against each index of the job, so on a bulk-imported store of 21 relationship
     * types the 59 empty types' indexes cost a quarter of the build when they share the job (docs/commonsense.md,
     * "Bulk load, fourth pass"); alone, they have nothing to scan. Takes the session, not the store, so that the
     * store may depend on the schema and not the other way round.
     */
    public void install(Session session) {
        List<SchemaItem> items = items();
        try {
            dropOrphanedConstraintIndexes(session);
            InUse inUse = session.executeRead(tx -> new InUse(Set.copyOf(tx.run(LABELS_IN_USE).list(r -> r.get(0).asString())),
                    Set.copyOf(tx.run(TYPES_IN_USE).list(r -> r.get(0).asString()))));
            for (boolean holding : new boolean[] {false, true}) {
                List<String> part = items.stream().filter(t -> inUse.holds(t) == holding).map(SchemaItem::cypher).toList();
                if (!part.isEmpty()) {
                    session.executeWriteWithoutResult(tx -> part.forEach(s -> tx.run(s).consume()));
                }
            }
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            throw new dev.groundwork.graph.UnavailableException("cannot install the schema: " + e.getMessage(), e);
        }
        LOG.debug("Schema: {} statements for {} labels and {} relationship types", items.size(), nodeTypes.size(),
                relationshipTypes.size());
    }

    /**
     * Creates the same constraints and indexes as {@link #install(Session)}, in the same two transactions, through the
     * embedded API of a database that runs in this JVM: an item is skipped when an index or constraint of its name,
     * or an index building what it builds, exists (what {@code IF NOT EXISTS} skips). Without Cypher, the 157 items
     * are not parsed and planned one by one: on a bulk-imported store that was about 4 of the schema stage's CPU-seconds
     * (docs/commonsense.md, "Bulk load, fifth pass").
     */
    public void install(GraphDatabaseService db) {
        List<SchemaItem> items = items();
        try {
            dropOrphanedConstraintIndexes(db);
            InUse inUse;
            try (Transaction tx = db.beginTx()) {
                Set<String> labels = new java.util.HashSet<>();
                tx.getAllLabelsInUse().forEach(l -> labels.add(l.name()));
                Set<String> types = new java.util.HashSet<>();
                tx.getAllRelationshipTypesInUse().forEach(t -> types.add(t.name()));
                inUse = new InUse(labels, types);
            }
            for (boolean holding : new boolean[] {false, true}) {
                List<SchemaItem> part = items.stream().filter(t -> inUse.holds(t) == holding).toList();
                try (Transaction tx = db.beginTx()) {
                    Schema schema = tx.schema();
                    Set<String> existing = new java.util.HashSet<>();
                    schema.getIndexes().forEach(i -> {
                        existing.add(i.getName());
                        existing.add(signature(i));
                    });
                    schema.getConstraints().forEach(c -> {
                        existing.add(c.getName());
                        existing.add(signature(c));
                    });
                    List<SchemaItem> missing = part.stream().filter(i -> !existing.contains(i.name()) && !existing.contains(i.signature()))
                            .toList();
                    missing.forEach(i -> i.create(schema));
                    if (!missing.isEmpty()) {
                        tx.commit();
                    }
                }
            }
        } catch (RuntimeException e) {
            if (e instanceof dev.groundwork.graph.GroundworkException) {
                throw e;
            }
            throw new dev.groundwork.graph.UnavailableException("cannot install the schema: " + e.getMessage(), e);
        }
        LOG.debug("Schema: {} items for {} labels and {} relationship types", items.size(), nodeTypes.size(), relationshipTypes.size());
    }

    /** What an existing constraint builds, as {@link SchemaItem#signature()} spells it. */
    private static String signature(ConstraintDefinition constraint) {
        if (constraint.getConstraintType() != ConstraintType.UNIQUENESS) {
            return constraint.getConstraintType().name();
        }
        List<String> props = new ArrayList<>();
        constraint.getPropertyKeys().forEach(props::add);
        return Kind.UNIQUE.name() + " :" + constraint.getLabel().name() + " " + props;
    }

    /** What an existing index builds, as {@link SchemaItem#signature()} spells it. */
    private static String signature(IndexDefinition index) {
        List<String> props = new ArrayList<>();
        index.getPropertyKeys().forEach(props::add);
        String token = index.isRelationshipIndex()
                ? String.join("|", java.util.stream.StreamSupport.stream(index.getRelationshipTypes().spliterator(), false)
                        .map(org.neo4j.graphdb.RelationshipType::name).toList())
                : String.join("|", java.util.stream.StreamSupport.stream(index.getLabels().spliterator(), false).map(Label::name).toList());
        String kind = index.getIndexType() == IndexType.FULLTEXT ? "FULLTEXT" : index.getIndexType().name();
        return kind + (index.isRelationshipIndex() ? " -[:" : " :") + token + " " + props;
    }

    /** The names of the uniqueness constraints {@link #statements} creates. */
    List<String> constraintNames() {
        return nodeTypes().stream().filter(t -> t.key() != null).map(OntologySchema::constraintName).toList();
    }

    private static String constraintName(NodeType t) {
        return t.label() + "_" + t.key() + "_unique";
    }

    /** {@link #dropOrphanedConstraintIndexes(Session)} through the embedded API. */
    private void dropOrphanedConstraintIndexes(GraphDatabaseService db) {
        Set<String> names = Set.copyOf(constraintNames());
        try (Transaction tx = db.beginTx()) {
            List<IndexDefinition> orphans = new ArrayList<>();
            tx.schema().getIndexes().forEach(i -> {
                if (!i.isConstraintIndex() && names.contains(i.getName())) {
                    orphans.add(i);
                }
            });
            for (IndexDefinition i : orphans) {
                LOG.warn("Schema: dropping index {}, left without its constraint by an interrupted schema change", i.getName());
                i.drop();
            }
            if (!orphans.isEmpty()) {
                tx.commit();
            }
        }
    }

    /**
     * Drops the indexes that bear one of our constraints' names but back no constraint. Neo4j builds a uniqueness
     * constraint's index first and the constraint after; a process killed between the two leaves the index alone,
     * and then {@code CREATE CONSTRAINT ... IF NOT EXISTS} fails on the name forever ("There already exists an index
     * called ..."), so the store could no longer be opened. Such an index holds nothing the constraint does not
     * rebuild.
     */
    private void dropOrphanedConstraintIndexes(Session session) {
        List<String> orphans = session.executeRead(tx -> tx.run(ORPHANED_CONSTRAINT_INDEXES, java.util.Map.of("names", constraintNames()))
                .list(r -> r.get("name").asString()));
        for (String name : orphans) {
            LOG.warn("Schema: dropping index {}, left without its constraint by an interrupted schema change", name);
            // The name is one of constraintNames(): validated identifiers, safe to splice.
            session.executeWriteWithoutResult(tx -> tx.run("DROP INDEX `" + name + "` IF EXISTS").consume());
        }
    }
}
