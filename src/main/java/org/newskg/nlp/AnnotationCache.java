package org.newskg.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.newskg.NewskgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.pipeline.Annotation;

/**
 * CoreNLP's annotations kept in a folder and reused: a text annotated once is read back (about 50 ms) instead
 * of annotated again (seconds, and a minute of model loading), so that rules can be measured again right
 * after they change. Each file is named by a hash of the text, its date, CoreNLP's version and the pipeline's
 * properties, so a changed text or pipeline is annotated afresh; the models are loaded only on the first text
 * the folder does not hold. A file that cannot be read is annotated again and replaced.
 */
public final class AnnotationCache implements Annotator {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);
    /** Changes when what is stored changes shape. */
    private static final String FORMAT = "newskg-annotation-1";

    private final Path dir;
    private final Supplier<? extends Annotator> annotator;
    private final String pipelineKey;

    /**
     * @param dir        the folder (created if missing)
     * @param annotator  called on the first text the folder does not hold
     * @param properties the pipeline's properties, part of every key
     */
    public AnnotationCache(Path dir, Supplier<? extends Annotator> annotator, Properties properties) {
        this.dir = dir;
        this.annotator = annotator;
        this.pipelineKey = FORMAT + "|" + edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage()
                .getImplementationVersion() + "|" + new TreeMap<>(properties);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new NewskgException(dir + ": cannot create the annotation folder: " + e.getMessage(), e);
        }
    }

    @Override
    public Annotation annotate(String text, LocalDate date) {
        Path file = dir.resolve(key(text, date) + ".ser.gz");
        if (Files.isRegularFile(file)) {
            try {
                return read(file);
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                LOG.warn("{}: cannot read the stored annotation ({}); annotating again", file, e.toString());
            }
        }
        Annotation doc = annotator.get().annotate(text, date);
        write(doc, file);
        return doc;
    }

    private String key(String text, LocalDate date) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((pipelineKey + "|" + date + "|").getBytes(StandardCharsets.UTF_8));
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Annotation read(Path file) throws IOException, ClassNotFoundException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
             ObjectInputStream objects = new ObjectInputStream(in)) {
            return (Annotation) objects.readObject();
        }
    }

    /**
     * Java serialization, except that KBP's triples with entity links (whose {@code Optional} fields cannot be
     * serialized) are written as plain triples: newskg reads their tokens and confidence, not their links.
     */
    private static final class TripleWriter extends ObjectOutputStream {
        TripleWriter(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj instanceof RelationTriple.WithLink t) {
                return new RelationTriple(t.subject, t.canonicalSubject, t.relation, t.object, t.canonicalObject,
                        t.confidence);
            }
            return obj;
        }
    }

    /** Written beside the target and renamed, so that a reader never sees half a file. */
    private static void write(Annotation doc, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)));
                 ObjectOutputStream objects = new TripleWriter(out)) {
                objects.writeObject(doc);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("{}: cannot store the annotation ({}); it will be annotated again next time", file, e.toString());
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is left; it is never read
            }
        }
    }
}
