package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The terms of DESIGN §3 as Jena nodes, and the prefixes newskg writes. */
public final class Vocab {
    public static final String SCHEMA = "http://schema.org/";
    public static final String NKG = "https://w3id.org/newskg/ns#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String DBR = "http://dbpedia.org/resource/";
    public static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/";
    public static final String DEFAULT_BASE = "https://w3id.org/newskg/id/";

    public static final Node TYPE = rdf("type");
    public static final Node STATEMENT = rdf("Statement");
    public static final Node SUBJECT = rdf("subject");
    public static final Node PREDICATE = rdf("predicate");
    public static final Node OBJECT = rdf("object");
    public static final Node LABEL = iri(RDFS + "label");
    public static final Node ALT_LABEL = iri(SKOS + "altLabel");
    public static final Node SAME_AS = iri(OWL + "sameAs");

    public static final Node NEWS_ARTICLE = schema("NewsArticle");
    public static final Node EVENT = schema("Event");
    public static final Node QUOTATION = schema("Quotation");
    public static final Node NAME = schema("name");
    public static final Node HEADLINE = schema("headline");
    public static final Node DATE_PUBLISHED = schema("datePublished");
    public static final Node URL = schema("url");
    public static final Node AUTHOR = schema("author");
    public static final Node MENTIONS = schema("mentions");
    public static final Node SCHEMA_SAME_AS = schema("sameAs");
    public static final Node LOCATION = schema("location");
    public static final Node START_DATE = schema("startDate");
    public static final Node TEXT = schema("text");
    public static final Node CREATOR = schema("creator");
    public static final Node IS_PART_OF = schema("isPartOf");
    public static final Node ABOUT = schema("about");
    public static final Node ROLE = schema("Role");
    public static final Node ROLE_NAME = schema("roleName");

    public static final Node AGENT = nkg("agent");
    public static final Node TARGET = nkg("target");
    public static final Node PARTICIPANT = nkg("participant");
    public static final Node PARTICIPANT_COUNT = nkg("participantCount");
    public static final Node TRIGGER = nkg("trigger");
    public static final Node CONFIDENCE = nkg("confidence");
    public static final Node EXTRACTOR = nkg("extractor");
    public static final Node EVIDENCE = nkg("evidence");
    public static final Node MENTION = nkg("mention");
    public static final Node SHA256 = nkg("sha256");
    public static final Node MERGED_BECAUSE = nkg("mergedBecause");
    public static final Node TOOL_VERSION = nkg("toolVersion");
    public static final Node ANNOTATORS = nkg("annotators");
    public static final Node ACCORDING_TO = nkg("accordingTo");
    public static final Node HELD_ROLE = nkg("heldRole");
    public static final Node ROLE_IN = nkg("roleIn");
    public static final Node ROLE_STATUS = nkg("roleStatus");
    public static final Node STATUS_AS_OF = nkg("statusAsOf");

    public static final Node NIF_SENTENCE = iri(NIF + "Sentence");
    public static final Node NIF_PHRASE = iri(NIF + "Phrase");
    public static final Node BEGIN_INDEX = iri(NIF + "beginIndex");
    public static final Node END_INDEX = iri(NIF + "endIndex");
    public static final Node ANCHOR_OF = iri(NIF + "anchorOf");
    public static final Node REFERENCE_CONTEXT = iri(NIF + "referenceContext");
    /** From a mention to the sentence it is in (NIF 2.0's nif:sentence). */
    public static final Node IN_SENTENCE = iri(NIF + "sentence");

    public static final Node ACTIVITY = iri(PROV + "Activity");
    public static final Node WAS_GENERATED_BY = iri(PROV + "wasGeneratedBy");
    public static final Node WAS_DERIVED_FROM = iri(PROV + "wasDerivedFrom");
    public static final Node STARTED_AT = iri(PROV + "startedAtTime");

    private Vocab() {
    }

    public static Node schema(String local) {
        return iri(SCHEMA + local);
    }

    public static Node nkg(String local) {
        return iri(NKG + local);
    }

    static Node rdf(String local) {
        return iri(RDF + local);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The prefixes used when writing Turtle, TriG and JSON-LD. */
    public static PrefixMapping prefixes(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("schema", SCHEMA).setNsPrefix("nkg", NKG).setNsPrefix("nif", NIF).setNsPrefix("prov", PROV)
                .setNsPrefix("skos", SKOS).setNsPrefix("owl", OWL).setNsPrefix("rdfs", RDFS).setNsPrefix("rdf", RDF)
                .setNsPrefix("xsd", XSD).setNsPrefix("dbr", DBR).setNsPrefix("id", base);
        return pm.lock();
    }
}
