package org.newskg.rdf;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.extraction.Count;
import org.newskg.extraction.Event;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.Extraction;
import org.newskg.extraction.Span;

/** Events: {@code schema:Event} plus their {@code nkg:} class, arguments (reified), date, count and trigger. */
final class EventWriter {
    private final TripleSink out;
    private final Reifier reifier;
    private final Iris iris;
    private final Extraction x;
    private final Map<String, Node> entities;

    EventWriter(TripleSink out, Reifier reifier, Iris iris, Extraction x, Map<String, Node> entities) {
        this.out = out;
        this.reifier = reifier;
        this.iris = iris;
        this.x = x;
        this.entities = entities;
    }

    void write() {
        int n = 0;
        for (Event e : x.events()) {
            write(e, iris.child(x.article(), "event", ++n));
        }
    }

    private void write(Event e, Node node) {
        out.add(node, Vocab.TYPE, Vocab.EVENT);
        Node type = Vocab.nkg(e.type().localName());
        out.add(node, Vocab.TYPE, type);
        if (e.provenance().source() != null) {
            // a reported event: its class's statement says who reports it
            reifier.reify(node, Vocab.TYPE, type, e.provenance());
        }
        out.add(node, Vocab.LABEL, NodeFactory.createLiteralString(e.label()));
        for (Span t : e.triggers()) {
            out.add(node, Vocab.TRIGGER, NodeFactory.createLiteralString(t.text()));
            Node mention = iris.span(x.article(), t);
            out.add(node, Vocab.MENTION, mention);
            out.add(mention, Vocab.TYPE, Vocab.NIF_PHRASE);
            out.add(mention, Vocab.BEGIN_INDEX, nonNegative(t.begin()));
            out.add(mention, Vocab.END_INDEX, nonNegative(t.end()));
            out.add(mention, Vocab.ANCHOR_OF, NodeFactory.createLiteralString(t.text()));
            out.add(mention, Vocab.REFERENCE_CONTEXT, iris.article(x.article()));
        }
        for (EventArgument a : e.arguments()) {
            Node p = switch (a.role()) {
                case AGENT -> Vocab.AGENT;
                case TARGET -> Vocab.TARGET;
                case PARTICIPANT -> Vocab.PARTICIPANT;
                case LOCATION -> Vocab.LOCATION;
            };
            Node o = entities.get(a.entity());
            out.add(node, p, o);
            reifier.reify(node, p, o, a.provenance());
        }
        if (e.startDate() != null) {
            Node date = NodeFactory.createLiteralDT(e.startDate(), XSDDatatype.XSDdate);
            out.add(node, Vocab.START_DATE, date);
            reifier.reify(node, Vocab.START_DATE, date, e.dateProvenance());
        }
        for (Count c : e.counts()) {
            Node count = NodeFactory.createLiteralDT(Long.toString(c.value()), XSDDatatype.XSDinteger);
            out.add(node, Vocab.PARTICIPANT_COUNT, count);
            reifier.reify(node, Vocab.PARTICIPANT_COUNT, count, c.provenance());
        }
    }

    private static Node nonNegative(int n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
