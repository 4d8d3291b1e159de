package org.newskg.export.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newskg.export.graph.GraphAccumulator.NodeAcc;
import org.newskg.export.graph.GraphAccumulator.Support;
import org.newskg.export.graph.GraphNode.NodeKind;
import org.newskg.rdf.Vocab;

/**
 * Reads one article's named graph into the {@link GraphAccumulator}: its entities with their facts and
 * relations, and on request its events, quotations, the article itself and co-mentions.
 */
final class ArticleGraphReader {
    private static final Map<String, String> ENTITY_CLASSES = Map.of(Vocab.SCHEMA + "Person", "Person",
            Vocab.SCHEMA + "Organization", "Organization", Vocab.SCHEMA + "Country", "Country",
            Vocab.SCHEMA + "City", "City", Vocab.SCHEMA + "AdministrativeArea", "AdministrativeArea",
            Vocab.SCHEMA + "Place", "Place");
    private static final Set<Node> EVENT_ROLES = Set.of(Vocab.AGENT, Vocab.TARGET, Vocab.PARTICIPANT,
            Vocab.LOCATION);

    private final Graph graph;
    private final String articleIri;
    private final String base;
    private final String date;
    private final String headline;
    private final Map<String, Statement> statements = new HashMap<>();
    private final TreeMap<Integer, String> sentences = new TreeMap<>();
    private final Map<Node, String> entityTypes = new HashMap<>();

    ArticleGraphReader(Graph graph, Node name) {
        this.graph = graph;
        this.articleIri = name.getURI();
        int cut = articleIri.lastIndexOf("article/");
        this.base = cut < 0 ? "" : articleIri.substring(0, cut);
        this.date = literal(name, Vocab.DATE_PUBLISHED);
        this.headline = literal(name, Vocab.HEADLINE);
        indexStatements();
        indexSentences();
        graph.find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
            String type = ENTITY_CLASSES.get(t.getObject().isURI() ? t.getObject().getURI() : "");
            if (type != null) {
                entityTypes.merge(t.getSubject(), type, (a, b) -> a.equals("Place") ? b : a);
            }
        });
    }

    /** The article's date (yyyy-mm-dd), or null. */
    String date() {
        return date == null || date.length() < 10 ? null : date.substring(0, 10);
    }

    String articleIri() {
        return articleIri;
    }

    void readInto(GraphAccumulator acc, Set<NodeKind> include, GraphFilter.CoMentions coMentions) {
        Map<Node, List<Integer>> mentions = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        for (Map.Entry<Node, String> e : entityTypes.entrySet()) {
            mentions.put(e.getKey(), entity(acc, e.getKey(), e.getValue()));
        }
        for (Node e : entityTypes.keySet()) {
            relations(acc, e);
        }
        if (include.contains(NodeKind.EVENT)) {
            graph.find(Node.ANY, Vocab.TYPE, Vocab.EVENT).forEachRemaining(t -> event(acc, t.getSubject()));
        }
        if (include.contains(NodeKind.QUOTE)) {
            graph.find(Node.ANY, Vocab.TYPE, Vocab.QUOTATION).forEachRemaining(t -> quote(acc, t.getSubject()));
        }
        if (include.contains(NodeKind.ARTICLE)) {
            article(acc, mentions);
        }
        if (coMentions != GraphFilter.CoMentions.NONE) {
            new CoMentionCounter(sentences, this::id).count(acc, mentions, coMentions, support(null));
        }
    }

    private List<Integer> entity(GraphAccumulator acc, Node e, String type) {
        NodeAcc n = acc.node(id(e), NodeKind.ENTITY, e.getURI(), articleIri, date());
        n.type(type);
        n.label(literal(e, Vocab.NAME));
        List<Integer> begins = new ArrayList<>();
        graph.find(e, Vocab.MENTION, Node.ANY).forEachRemaining(t -> begins.add(begin(t.getObject())));
        begins.sort(null);
        n.mentions += begins.size();
        graph.find(e, Vocab.SCHEMA_SAME_AS, Node.ANY).forEachRemaining(t -> n.link(t.getObject().getURI()));
        return begins;
    }

    private void relations(GraphAccumulator acc, Node e) {
        NodeAcc n = acc.node(id(e), NodeKind.ENTITY, e.getURI(), articleIri, date());
        graph.find(e, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            Statement st = statements.get(key(t));
            if (st == null) {
                return; // names, mentions, links: not extracted facts
            }
            if (t.getObject().isLiteral()) {
                n.fact(Labels.of(p), t.getObject().getLiteralLexicalForm(), evidence(st));
            } else if (entityTypes.containsKey(t.getObject())) {
                acc.edge(id(e), Labels.localName(p), Labels.of(p), id(t.getObject()), support(st), Double.NaN);
            }
        });
    }

    private void event(GraphAccumulator acc, Node ev) {
        NodeAcc n = acc.node(id(ev), NodeKind.EVENT, ev.getURI(), articleIri, date());
        n.mentions += graph.find(ev, Vocab.MENTION, Node.ANY).toList().size();
        n.label(literal(ev, Vocab.LABEL));
        graph.find(ev, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(Vocab.NKG)) {
                n.type(Labels.localName(t.getObject().getURI()));
            }
        });
        graph.find(ev, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Statement st = statements.get(key(t));
            if (EVENT_ROLES.contains(t.getPredicate()) && entityTypes.containsKey(t.getObject())) {
                String p = t.getPredicate().getURI();
                acc.edge(id(ev), Labels.localName(p), Labels.of(p), id(t.getObject()), support(st),
                        Double.NaN);
            } else if (t.getObject().isLiteral() && !t.getPredicate().equals(Vocab.LABEL)) {
                n.fact(Labels.of(t.getPredicate().getURI()), t.getObject().getLiteralLexicalForm(),
                        st == null ? null : evidence(st));
            }
        });
    }

    private void quote(GraphAccumulator acc, Node q) {
        NodeAcc n = acc.node(id(q), NodeKind.QUOTE, q.getURI(), articleIri, date());
        n.type("Quotation");
        n.mentions += 1;
        String text = literal(q, Vocab.TEXT);
        n.label(Labels.shorten(text, 60));
        n.fact("text", text, null);
        graph.find(q, Vocab.CREATOR, Node.ANY).forEachRemaining(t -> {
            if (entityTypes.containsKey(t.getObject())) {
                acc.edge(id(t.getObject()), "said", "said", id(q), support(statements.get(key(t))),
                        Double.NaN);
            }
        });
        graph.find(q, Vocab.ABOUT, Node.ANY).forEachRemaining(t -> {
            if (entityTypes.containsKey(t.getObject())) {
                acc.edge(id(q), "about", "about", id(t.getObject()), support(statements.get(key(t))),
                        Double.NaN);
            }
        });
    }

    private void article(GraphAccumulator acc, Map<Node, List<Integer>> mentions) {
        Node a = org.apache.jena.graph.NodeFactory.createURI(articleIri);
        NodeAcc n = acc.node(id(a), NodeKind.ARTICLE, articleIri, articleIri, date());
        n.type("NewsArticle");
        n.label(headline == null ? id(a) : Labels.shorten(headline, 80));
        if (date() != null) {
            n.fact("date published", date(), null);
        }
        String url = literal(a, Vocab.URL);
        if (url != null) {
            n.fact("url", url, null);
        }
        mentions.forEach((e, begins) -> acc.edge(id(a), "mentions", "mentions", id(e), support(null),
                Math.max(1, begins.size())));
    }

    private Support support(Statement st) {
        return new Support(articleIri, headline, date(), st == null ? null : st.confidence(),
                st == null ? null : st.sentence());
    }

    private Evidence evidence(Statement st) {
        return st.sentence() == null ? null : new Evidence(articleIri, headline, date(), st.sentence());
    }

    /** The id of a resource: its IRI after the base ("person/ada-lovelace"). */
    String id(Node n) {
        String iri = n.getURI();
        return !base.isEmpty() && iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    private String literal(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        TreeSet<String> values = new TreeSet<>();
        it.forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                values.add(t.getObject().getLiteralLexicalForm());
            } else if (t.getObject().isURI()) {
                values.add(t.getObject().getURI());
            }
        });
        return values.isEmpty() ? null : values.first();
    }

    private static int begin(Node span) {
        String iri = span.isURI() ? span.getURI() : "";
        int at = iri.lastIndexOf("#char=");
        if (at < 0) {
            return -1;
        }
        int comma = iri.indexOf(',', at);
        try {
            return Integer.parseInt(iri.substring(at + 6, comma < 0 ? iri.length() : comma));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String key(Triple t) {
        return t.getSubject() + " " + t.getPredicate() + " " + t.getObject();
    }

    private void indexStatements() {
        graph.find(Node.ANY, Vocab.TYPE, Vocab.STATEMENT).forEachRemaining(t -> {
            Node st = t.getSubject();
            Node s = one(st, Vocab.SUBJECT);
            Node p = one(st, Vocab.PREDICATE);
            Node o = one(st, Vocab.OBJECT);
            if (s == null || p == null || o == null) {
                return;
            }
            Node conf = one(st, Vocab.CONFIDENCE);
            Double c = conf != null && conf.isLiteral() && conf.getLiteralValue() instanceof Number num
                    ? num.doubleValue() : null;
            Node ev = one(st, Vocab.EVIDENCE);
            String sentence = ev == null ? null : literal(ev, Vocab.ANCHOR_OF);
            statements.merge(key(Triple.create(s, p, o)), new Statement(c, sentence),
                    (a, b) -> a.confidence() == null || b.confidence() != null && b.confidence() > a.confidence()
                            ? b : a);
        });
    }

    private void indexSentences() {
        graph.find(Node.ANY, Vocab.TYPE, Vocab.NIF_SENTENCE).forEachRemaining(t -> {
            int b = begin(t.getSubject());
            String text = literal(t.getSubject(), Vocab.ANCHOR_OF);
            if (b >= 0 && text != null) {
                sentences.put(b, text);
            }
        });
    }

    private Node one(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** What a reified rdf:Statement says about one fact. */
    private record Statement(Double confidence, String sentence) {
    }
}
