package org.newskg.nlp.wikidict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedWikiDictTest {
    @TempDir
    Path tmp;

    private MappedWikiDict build(String tsv) throws IOException {
        Path dir = tmp.resolve("index");
        WikiDictBuilder.build(new BufferedReader(new StringReader(tsv)), dir, "test");
        return MappedWikiDict.open(dir);
    }

    @Test
    void findsEveryExactSurfaceFormAndNothingElse() throws IOException {
        MappedWikiDict d = build("""
                Minsk\tMinsk\t0.9
                Mensk\tMinsk\t0.1
                \tignored\t1.0
                Мінск\tMinsk\t0.5
                the Kremlin\tMoscow_Kremlin\t0.7
                Kremlin\tMoscow_Kremlin\t0.6
                Ankara\tAnkara\t1.0
                """);
        assertEquals(6, d.size());
        assertEquals(Optional.of("Minsk"), d.lookup("Mensk"));
        assertEquals(Optional.of("Minsk"), d.lookup("Мінск"));
        assertEquals(Optional.of("Moscow_Kremlin"), d.lookup("the Kremlin"));
        assertEquals(Optional.of("Ankara"), d.lookup("Ankara"));
        assertEquals(Optional.empty(), d.lookup("minsk"));
        assertEquals(Optional.empty(), d.lookup("Kreml"));
        assertEquals(Optional.empty(), d.lookup(""));
        assertEquals(Optional.empty(), d.lookup("ignored"));
    }

    @Test
    void aRepeatedSurfaceFormTakesTheLaterTitleAsCoreNlpDoes() throws IOException {
        MappedWikiDict d = build("Georgia\tGeorgia_(country)\t0.5\nGeorgia\tGeorgia_(U.S._state)\t0.4\n");
        assertEquals(Optional.of("Georgia_(U.S._state)"), d.lookup("Georgia"));
    }

    @Test
    void manyKeysSurviveCollisions() throws IOException {
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            tsv.append("name ").append(i).append('\t').append("Title_").append(i / 7).append("\t1.0\n");
        }
        MappedWikiDict d = build(tsv.toString());
        for (int i = 0; i < 50_000; i += 997) {
            assertEquals(Optional.of("Title_" + (i / 7)), d.lookup("name " + i));
        }
        assertEquals(Optional.empty(), d.lookup("name 50000"));
    }

    @Test
    void anUnfinishedIndexIsNotOpened() throws IOException {
        Path dir = tmp.resolve("half");
        WikiDictBuilder.build(new BufferedReader(new StringReader("a\tA\t1\n")), dir, "test");
        Files.delete(dir.resolve(WikiDictFiles.META));
        assertThrows(IOException.class, () -> MappedWikiDict.open(dir));
    }
}
