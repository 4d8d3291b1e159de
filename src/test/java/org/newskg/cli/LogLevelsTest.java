package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ChildProcess;

/** Libraries' and newskg's INFO log lines appear with -v only (in a child JVM: slf4j is set up once per JVM). */
@Tag("system")
class LogLevelsTest {
    private static final String ANALYZER = "-Dnewskg.test.analyzer=org.newskg.app.WordAnalyzer";

    /** An article whose reading logs at INFO (web boilerplate dropped). */
    private static Path article(Path dir) throws Exception {
        return Files.writeString(dir.resolve("story.txt"),
                "Headline\n\nAnna met Bert in Paris.\n\nLeave a Reply\n");
    }

    @Test
    void infoLinesAreHiddenWithoutVerbose(@TempDir Path dir) throws Exception {
        ChildProcess x = ChildProcess.start(List.of(ANALYZER), "512m", "extract", "--format", "nt", "-o",
                dir.resolve("out.nt").toString(), article(dir).toString());
        assertThat(x.exitCode(60)).as(x.output()).isZero();
        assertThat(x.output()).doesNotContain(" INFO ");
    }

    @Test
    void infoLinesAreShownWithVerbose(@TempDir Path dir) throws Exception {
        ChildProcess x = ChildProcess.start(List.of(ANALYZER), "512m", "extract", "-v", "--format", "nt", "-o",
                dir.resolve("out.nt").toString(), article(dir).toString());
        assertThat(x.exitCode(60)).as(x.output()).isZero();
        assertThat(x.output()).contains(" INFO ").contains("dropped web boilerplate");
    }
}
