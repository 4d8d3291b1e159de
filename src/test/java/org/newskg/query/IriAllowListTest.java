package org.newskg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class IriAllowListTest {
    @Test
    void webPrefixesMatchAtPathBoundariesOnly() {
        IriAllowList a = new IriAllowList(List.of("https://query.wikidata.org/sparql", "http://example.org/data/"));
        assertThat(a.allows("https://query.wikidata.org/sparql")).isTrue();
        assertThat(a.allows("https://QUERY.wikidata.org:443/sparql?x=1")).isTrue();
        assertThat(a.allows("http://example.org/data/a/b.ttl")).isTrue();
        assertThat(a.allows("https://query.wikidata.org/sparqlx")).isFalse();
        assertThat(a.allows("https://query.wikidata.org.evil.com/sparql")).isFalse();
        assertThat(a.allows("http://example.org/data/../secret")).isFalse();
        assertThat(a.allows("http://user@example.org/data/x")).isFalse();
        assertThat(a.allows("http://127.0.0.1:8099/r.json")).isFalse();
        assertThat(a.allows("ftp://example.org/data/x")).isFalse();
        assertThat(a.allows("not a uri")).isFalse();
    }

    @Test
    void emptyAllowsNothing() {
        IriAllowList none = new IriAllowList(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.allows("file:///etc/passwd")).isFalse();
        assertThat(none.allows("http://example.org/")).isFalse();
    }

    @Test
    void onlyWebAndFileIrisCanBeAllowed() {
        assertThatThrownBy(() -> new IriAllowList(List.of("jar:file:/x.jar!/a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IriAllowList(List.of("relative/path"))).isInstanceOf(IllegalArgumentException.class);
    }
}
