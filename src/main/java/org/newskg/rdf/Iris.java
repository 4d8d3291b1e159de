package org.newskg.rdf;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.extraction.Entity;
import org.newskg.extraction.Span;
import org.newskg.source.Article;

/**
 * Resource IRIs (DESIGN §3). Entity IRIs depend only on the base, the entity's kind and its Wikipedia title
 * or canonical name, so the same entity gets the same IRI in every article and every run.
 */
public final class Iris {
    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public Node article(Article a) {
        return NodeFactory.createURI(articleIri(a));
    }

    public String articleIri(Article a) {
        return base + "article/" + a.id();
    }

    public Node entity(Entity e) {
        String source = e.wikiTitle() != null ? e.wikiTitle() : e.name();
        return NodeFactory.createURI(base + e.type().kind() + "/" + slug(source));
    }

    /** A sentence or mention: {@code <article#char=B,E>}. */
    public Node span(Article a, int begin, int end) {
        return NodeFactory.createURI(articleIri(a) + "#char=" + begin + "," + end);
    }

    public Node span(Article a, Span s) {
        return span(a, s.begin(), s.end());
    }

    public Node child(Article a, String kind, int n) {
        return NodeFactory.createURI(articleIri(a) + "/" + kind + "/" + n);
    }

    /** Lower case ASCII letters, digits and hyphens: "Sviatlana_Tsikhanouskaya" → "sviatlana-tsikhanouskaya". */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace("'", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
