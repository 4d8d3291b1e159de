package org.newskg.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * The Universal Dependencies relations newskg's rules read (CoreNLP's enhanced++ graphs), and how to read
 * an edge: its relation without the preposition ({@code obl} for {@code obl:in}), with it, and the case
 * or subordinating word of a dependent.
 */
final class Deps {
    static final String NSUBJ = "nsubj";
    static final String NSUBJ_PASS = "nsubj:pass";
    static final String OBJ = "obj";
    static final String OBL = "obl";
    static final String OBL_AGENT = "obl:agent";
    static final String NMOD = "nmod";
    static final String NMOD_POSS = "nmod:poss";
    static final String APPOS = "appos";
    static final String COMPOUND = "compound";
    static final String FLAT = "flat";
    static final String DEP = "dep";
    static final String AMOD = "amod";
    static final String NUMMOD = "nummod";
    static final String DET = "det";
    static final String CASE = "case";
    static final String MARK = "mark";
    static final String AUX = "aux";
    static final String XCOMP = "xcomp";
    static final String CCOMP = "ccomp";
    static final String ADVCL = "advcl";

    private Deps() {
    }

    /** The relation without its preposition: {@code obl} for {@code obl:in}, {@code nmod:poss} as it is. */
    static String rel(SemanticGraphEdge e) {
        return e.getRelation().getShortName();
    }

    /** The whole relation: {@code obl:in}. */
    static String full(SemanticGraphEdge e) {
        return e.getRelation().toString();
    }

    /** The preposition the enhanced graph folded into the relation ({@code in} of {@code obl:in}), or null. */
    static String specific(SemanticGraphEdge e) {
        return e.getRelation().getSpecific();
    }

    /** The word of the dependent's {@code case} child, lower case ("in" for "in Minsk"), or null. */
    static String caseOf(SemanticGraph g, IndexedWord d) {
        for (SemanticGraphEdge c : g.outgoingEdgeIterable(d)) {
            if (rel(c).equals(CASE)) {
                return c.getDependent().word().toLowerCase();
            }
        }
        return null;
    }

    /** The word of the dependent's {@code case} or {@code mark} child, lower case ("after he left"), or null. */
    static String caseOrMark(SemanticGraph g, IndexedWord d) {
        for (SemanticGraphEdge c : g.outgoingEdgeIterable(d)) {
            String r = rel(c);
            if (r.equals(CASE) || r.equals(MARK)) {
                return c.getDependent().word().toLowerCase();
            }
        }
        return null;
    }

    /** The edge's preposition, folded in or as a {@code case} child, lower case, or null. */
    static String preposition(SemanticGraph g, SemanticGraphEdge e) {
        return specific(e) != null ? specific(e) : caseOf(g, e.getDependent());
    }
}
