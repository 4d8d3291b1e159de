package org.newskg.query;

/** How query results are printed. */
public enum ResultFormat {
    table, csv, tsv, json
}
