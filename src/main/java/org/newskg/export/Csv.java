package org.newskg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 rows: fields with commas, quotes or line breaks are quoted, quotes doubled; null is empty. */
final class Csv {
    private Csv() {
    }

    static void row(Writer w, List<String> fields) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : Xml.clean(fields.get(i));
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        w.write(sb.append('\n').toString());
    }
}
