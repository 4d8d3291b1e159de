package org.newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void barShowsCountRateAndTimeLeft() {
        String line = ProgressBar.render(50, 200, 25_000_000_000L);
        assertThat(line).isEqualTo("[######··················]  50/200 articles  2.0/s  1m 15s left");
        assertThat(ProgressBar.render(200, 200, 100_000_000_000L)).contains("200/200").contains("done in 1m 40s");
        assertThat(ProgressBar.render(0, 200, 0)).contains("  0/200 articles  starting");
    }

    @Test
    void withoutATotalThereIsACountAndARateButNoTimeLeft() {
        assertThat(ProgressBar.render(7, -1, 3_500_000_000L)).isEqualTo("7 articles  2.0/s");
    }

    @Test
    void aTerminalGetsOneBarRedrawnInPlaceAndProblemsAboveIt() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), false, true);
        p.expect(2);
        p.started();
        p.article("[1] a.txt: 3 entities");
        p.problem("b.txt: not valid UTF-8");
        p.article(null);
        p.finish();
        String s = out.toString();
        assertThat(s).doesNotContain("a.txt").contains("newskg: b.txt: not valid UTF-8\n").contains("2/2 articles")
                .endsWith("\n");
        assertThat(s.split("\n")).hasSize(2); // the problem line, then the bar's final state
    }

    @Test
    void aPipeGetsOneLinePerArticleAndQuietGetsNone() {
        StringWriter piped = new StringWriter();
        Progress p = new Progress(new PrintWriter(piped), false, false);
        p.expect(2);
        p.article("[1] a.txt: 3 entities");
        p.article("[2] b.txt: 1 entities");
        p.finish();
        assertThat(piped.toString()).isEqualTo("[1] a.txt: 3 entities\n[2] b.txt: 1 entities\n");

        StringWriter quiet = new StringWriter();
        Progress q = new Progress(new PrintWriter(quiet), true, true);
        q.expect(2);
        q.article("[1] a.txt: 3 entities");
        q.finish();
        assertThat(quiet.toString()).isEmpty();
    }
}
