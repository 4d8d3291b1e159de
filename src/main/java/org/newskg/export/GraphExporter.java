package org.newskg.export;

import java.io.IOException;
import java.nio.file.Path;

import org.newskg.export.graph.PropertyGraph;

/** Writes the property-graph view in one graph tool's format. Same graph, same bytes. */
public interface GraphExporter {
    /** Writes {@code graph} to {@code target}: a file, or for formats made of several files a folder. */
    void write(PropertyGraph graph, Path target) throws IOException;
}
