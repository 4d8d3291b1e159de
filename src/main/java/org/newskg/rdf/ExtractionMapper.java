package org.newskg.rdf;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.newskg.extraction.Entity;
import org.newskg.extraction.Extraction;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Quote;
import org.newskg.extraction.Relation;
import org.newskg.extraction.Role;
import org.newskg.extraction.Sentence;
import org.newskg.extraction.Span;
import org.newskg.source.Article;

/**
 * Writes one {@link Extraction} as quads into the named graph of its article (DESIGN §3): the article, its
 * sentences, the entities with their names, links and mentions, every fact with its reified provenance,
 * events and quotes. The same extraction always gives the same quads in the same order.
 */
public final class ExtractionMapper {
    private final Iris iris;

    public ExtractionMapper(Iris iris) {
        this.iris = iris;
    }

    public Iris iris() {
        return iris;
    }

    public void map(Extraction x, StreamRDF out) {
        new Writer(x, out).write();
    }

    /** The state of writing one extraction. */
    private final class Writer {
        private final Extraction x;
        private final StreamRDF out;
        private final Article article;
        private final Node graph;
        private final Map<String, Node> entityNodes = new HashMap<>();
        private int statements;

        Writer(Extraction x, StreamRDF out) {
            this.x = x;
            this.out = out;
            this.article = x.article();
            this.graph = iris.article(article);
            for (Entity e : x.entities()) {
                entityNodes.put(e.key(), iris.entity(e));
            }
        }

        void write() {
            ArticleWriter.write(this::add, iris, x, graph);
            for (Sentence s : x.sentences()) {
                Node n = iris.span(article, s.begin(), s.end());
                add(n, Vocab.TYPE, Vocab.NIF_SENTENCE);
                nif(n, s.begin(), s.end(), s.text());
            }
            for (Entity e : x.entities()) {
                entity(e);
            }
            for (Relation r : x.relations()) {
                relation(r);
            }
            int roles = 0;
            for (Role r : x.roles()) {
                role(r, ++roles);
            }
            new EventWriter(this::add, this::reify, iris, x, entityNodes).write();
            int n = 0;
            for (Quote q : x.quotes()) {
                quote(q, ++n);
            }
        }

        private void entity(Entity e) {
            Node s = entityNodes.get(e.key());
            for (Node type : EntityTypes.of(e.type())) {
                add(s, Vocab.TYPE, type);
            }
            add(s, Vocab.LABEL, lit(e.name()));
            add(s, Vocab.NAME, lit(e.name()));
            for (String alt : e.altNames()) {
                add(s, Vocab.ALT_LABEL, lit(alt));
            }
            if (e.wikiTitle() != null) {
                add(s, Vocab.SAME_AS, NodeFactory.createURI(Vocab.DBR + e.wikiTitle()));
                add(s, Vocab.SCHEMA_SAME_AS, NodeFactory.createURI(Vocab.WIKIPEDIA + e.wikiTitle()));
            }
            for (String why : e.merges()) {
                add(s, Vocab.MERGED_BECAUSE, lit(why));
            }
            for (Span m : e.mentions()) {
                Node mention = iris.span(article, m);
                add(s, Vocab.MENTION, mention);
                add(mention, Vocab.TYPE, Vocab.NIF_PHRASE);
                nif(mention, m.begin(), m.end(), m.text());
                if (m.sentence() >= 0 && m.sentence() < x.sentences().size()) {
                    Sentence in = x.sentences().get(m.sentence());
                    add(mention, Vocab.IN_SENTENCE, iris.span(article, in.begin(), in.end()));
                }
            }
            add(graph, Vocab.MENTIONS, s);
        }

        private void relation(Relation r) {
            Node s = entityNodes.get(r.subject());
            Node p = RelationTerms.predicate(r.predicate());
            Node o = r.objectIsEntity() ? entityNodes.get(r.object()) : RelationTerms.literal(r.predicate(), r.object());
            if (s == null || o == null) {
                throw new IllegalArgumentException("relation points at an unknown entity: " + r);
            }
            add(s, p, o);
            reify(s, p, o, r.provenance());
        }

        /**
         * A role with a status in time: {@code holder nkg:heldRole [a schema:Role; schema:roleName; nkg:roleIn;
         * nkg:roleStatus nkg:Former; nkg:statusAsOf the article's date]}, the tie reified with its rule.
         */
        private void role(Role r, int n) {
            Node node = iris.child(article, "role", n);
            Node holder = entityNodes.get(r.holder());
            if (holder == null) {
                throw new IllegalArgumentException("role of an unknown entity: " + r);
            }
            add(node, Vocab.TYPE, Vocab.ROLE);
            add(node, Vocab.ROLE_NAME, lit(r.title()));
            if (r.organization() != null && entityNodes.containsKey(r.organization())) {
                add(node, Vocab.ROLE_IN, entityNodes.get(r.organization()));
            }
            add(node, Vocab.ROLE_STATUS, Vocab.nkg(r.status().localName()));
            article.publicationDate().ifPresent(d -> add(node, Vocab.STATUS_AS_OF,
                    NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            add(node, Vocab.IS_PART_OF, graph);
            add(holder, Vocab.HELD_ROLE, node);
            reify(holder, Vocab.HELD_ROLE, node, r.provenance());
        }

        private void quote(Quote q, int n) {
            Node node = iris.child(article, "quote", n);
            add(node, Vocab.TYPE, Vocab.QUOTATION);
            add(node, Vocab.TEXT, lit(q.text()));
            add(node, Vocab.IS_PART_OF, graph);
            Node span = iris.span(article, q.span());
            add(node, Vocab.MENTION, span);
            add(span, Vocab.TYPE, Vocab.NIF_PHRASE);
            nif(span, q.span().begin(), q.span().end(), q.span().text());
            if (q.speaker() != null) {
                Node speaker = entityNodes.get(q.speaker());
                add(node, Vocab.CREATOR, speaker);
                reify(node, Vocab.CREATOR, speaker, q.attribution());
            }
            for (String about : q.about()) {
                add(node, Vocab.ABOUT, entityNodes.get(about));
            }
        }

        void reify(Node s, Node p, Node o, Provenance prov) {
            Node st = iris.child(article, "statement", ++statements);
            add(st, Vocab.TYPE, Vocab.STATEMENT);
            add(st, Vocab.SUBJECT, s);
            add(st, Vocab.PREDICATE, p);
            add(st, Vocab.OBJECT, o);
            add(st, Vocab.CONFIDENCE, NodeFactory.createLiteralDT(
                    String.valueOf(Math.round(prov.confidence() * 1000) / 1000.0), XSDDatatype.XSDdecimal));
            add(st, Vocab.EXTRACTOR, lit(prov.extractor()));
            Sentence ev = x.sentence(prov.sentence());
            add(st, Vocab.EVIDENCE, iris.span(article, ev.begin(), ev.end()));
            add(st, Vocab.WAS_DERIVED_FROM, graph);
            if (prov.source() != null) {
                Node named = prov.source().entity() == null ? null : entityNodes.get(prov.source().entity());
                add(st, Vocab.ACCORDING_TO, named != null ? named : lit(prov.source().label()));
            }
        }

        private void nif(Node n, int begin, int end, String text) {
            add(n, Vocab.BEGIN_INDEX, NodeFactory.createLiteralDT(String.valueOf(begin), XSDDatatype.XSDnonNegativeInteger));
            add(n, Vocab.END_INDEX, NodeFactory.createLiteralDT(String.valueOf(end), XSDDatatype.XSDnonNegativeInteger));
            add(n, Vocab.ANCHOR_OF, lit(text));
            add(n, Vocab.REFERENCE_CONTEXT, graph);
        }

        void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
