package org.newskg.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Resolves a DATE mention against the article's date. News reports the past: "on Monday" in an article of
 * Sunday 2020-08-16 is 2020-08-10 (SUTime would say the next Monday). Full dates are taken as SUTime gives them.
 */
final class DateResolver {
    private DateResolver() {
    }

    /** An ISO date, or null when the mention is not one day. */
    static String resolve(String word, String normalized, LocalDate articleDate) {
        return resolve(word, normalized, articleDate, false);
    }

    /**
     * As {@link #resolve(String, String, LocalDate)}; a weekday in a sentence about the future ("will meet on
     * Thursday") is the next such day instead of the last one.
     */
    static String resolve(String word, String normalized, LocalDate articleDate, boolean future) {
        DayOfWeek day = weekday(word);
        if (day != null && articleDate != null) {
            return articleDate.with(future ? TemporalAdjusters.nextOrSame(day)
                    : TemporalAdjusters.previousOrSame(day)).toString();
        }
        if (normalized != null && normalized.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return normalized;
        }
        return null;
    }

    /** "Wednesday" in "on Wednesday evening", which NER tags as a time. */
    static boolean isWeekday(String word) {
        return weekday(word) != null;
    }

    private static DayOfWeek weekday(String word) {
        try {
            return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
