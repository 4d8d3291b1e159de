package org.newskg.export;

import org.apache.jena.riot.RDFFormat;

/** The RDF serializations newskg writes; quad formats keep one named graph per article. */
public enum RdfFormatChoice {
    ttl(RDFFormat.TURTLE_PRETTY, false), trig(RDFFormat.TRIG_PRETTY, true), nt(RDFFormat.NTRIPLES_UTF8, false),
    nq(RDFFormat.NQUADS_UTF8, true), jsonld(RDFFormat.JSONLD11, true);

    private final RDFFormat format;
    private final boolean quads;

    RdfFormatChoice(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    public RDFFormat format() {
        return format;
    }

    /** True when the format keeps graph names; triple formats get the union of all article graphs. */
    public boolean quads() {
        return quads;
    }
}
