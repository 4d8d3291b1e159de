package org.newskg.nlp;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * What every {@link Extractor} reads of one article: CoreNLP's annotation (through {@link DocView}), the names
 * and the entities they were resolved to, the quotations the text holds (without speakers yet), its
 * paragraphs and its date. Built once per article; extractors only read it.
 */
final class DocumentContext {
    private final DocView view;
    private final Resolution resolution;
    private final List<NameMention> names;
    private final List<Span> quotations;
    private final Paragraphs paragraphs;
    private final LocalDate date;
    private final Map<Integer, List<CoreLabel>> ruleTokens = new HashMap<>();

    DocumentContext(DocView view, Resolution resolution, List<NameMention> names, List<Span> quotations,
                    Paragraphs paragraphs, LocalDate date) {
        this.view = view;
        this.resolution = resolution;
        this.names = List.copyOf(names);
        this.quotations = List.copyOf(quotations);
        this.paragraphs = paragraphs;
        this.date = date;
    }

    DocView view() {
        return view;
    }

    Resolution resolution() {
        return resolution;
    }

    /** The proper names, in text order. */
    List<NameMention> names() {
        return names;
    }

    /** The text inside each quotation mark pair of three words or more, in text order. */
    List<Span> quotations() {
        return quotations;
    }

    Paragraphs paragraphs() {
        return paragraphs;
    }

    /** The article's date, or null. */
    LocalDate date() {
        return date;
    }

    /** Sentence {@code s}'s tokens as rule files see them ({@link RuleTokens}). */
    List<CoreLabel> ruleTokens(int s) {
        return ruleTokens.computeIfAbsent(s, i -> RuleTokens.of(view, resolution, names, i));
    }

    /** True when the span lies inside a quotation: words quoted are claims, not reports. */
    boolean quoted(int begin, int end) {
        return quotations.stream().anyMatch(q -> begin >= q.begin() && end <= q.end());
    }
}
