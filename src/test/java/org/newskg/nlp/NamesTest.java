package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newskg.extraction.EntityType;

class NamesTest {
    @Test
    void transliterationsAreSimilarAndDifferentNamesAreNot() {
        assertThat(Names.similarity("Tikhanovskaya", "Tsikhanouskaya")).isGreaterThan(0.5);
        assertThat(Names.similarity("Zelensky", "Zelenskyy")).isGreaterThan(0.75);
        assertThat(Names.similarity("Gaddafi", "Qaddafi")).isGreaterThan(0.6);
        assertThat(Names.similarity("Lukashenko", "Taraisky")).isLessThan(0.3);
    }

    @Test
    void initialsAndTitles() {
        assertThat(Names.initials("Collective Security Treaty Organization")).isEqualTo("CSTO");
        assertThat(Names.initials("Agence France-Presse")).isEqualTo("AFP");
        assertThat(Names.ofTitle("RT_(TV_network)")).isEqualTo("RT");
        assertThat(Names.normal("The Kremlin’s")).isEqualTo("kremlin");
    }

    @Test
    void linksMustMatchTheNameAndItsKind() {
        assertThat(LinkValidator.accept("Lukashenko", EntityType.PERSON, "Alexander_Lukashenko")).isTrue();
        assertThat(LinkValidator.accept("Nikolai", EntityType.PERSON, "Nikolai,_Alaska")).isFalse();
        assertThat(LinkValidator.accept("Independence Square", EntityType.PLACE, "Maidan_Nezalezhnosti")).isFalse();
        assertThat(LinkValidator.accept("Union", EntityType.CITY, "Union_(American_Civil_War)")).isFalse();
        assertThat(LinkValidator.accept("AFP", EntityType.ORGANIZATION, "Agence_France-Presse")).isTrue();
        assertThat(LinkValidator.accept("six", EntityType.ORGANIZATION, "Boundary_(cricket)")).isFalse();
    }

    @Test
    void weekdaysResolveToThePastWeek() {
        LocalDate sunday = LocalDate.of(2020, 8, 16);
        assertThat(DateResolver.resolve("Monday", "2020-08-17", sunday)).isEqualTo("2020-08-10");
        assertThat(DateResolver.resolve("Sunday", "2020-08-16", sunday)).isEqualTo("2020-08-16");
        assertThat(DateResolver.resolve("March", "2020-03", sunday)).isNull();
        assertThat(DateResolver.resolve("yesterday", "2020-08-15", sunday)).isEqualTo("2020-08-15");
    }

    @org.junit.jupiter.api.Test
    void firstNamesOfOneNameAgreeAndNamesakesDoNot() {
        org.assertj.core.api.Assertions.assertThat(LinkValidator.firstNamesAgree("Aleksandr", "Alexander")).isTrue();
        org.assertj.core.api.Assertions.assertThat(LinkValidator.firstNamesAgree("Yury", "Yuri")).isTrue();
        org.assertj.core.api.Assertions.assertThat(LinkValidator.firstNamesAgree("Sviatlana", "Svetlana")).isTrue();
        org.assertj.core.api.Assertions.assertThat(LinkValidator.firstNamesAgree("Andriy", "Alexandre")).isFalse();
        org.assertj.core.api.Assertions.assertThat(LinkValidator.firstNamesAgree("Jean", "John")).isFalse();
    }
}
