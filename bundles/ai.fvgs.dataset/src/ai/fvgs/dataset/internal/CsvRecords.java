package ai.fvgs.dataset.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180) into records: fields separated by commas, optionally in double quotes, with
 * {@code ""} for a quote and line breaks allowed inside quotes.
 */
final class CsvRecords {

    /**
     * One record.
     *
     * @param line   the line it starts on, from 1
     * @param fields its fields
     * @param error  why it is malformed, or {@code null}
     */
    record Row(int line, List<String> fields, String error) {
    }

    private CsvRecords() {
    }

    /** @param text CSV text @return its records; a malformed record has an error and the parsing goes on at the next line */
    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1; // byte order mark
        }
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            String error = null;
            boolean quoted = false;
            boolean afterQuote = false;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                        afterQuote = true;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        f.append(c);
                    }
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                    afterQuote = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    i++;
                    line++;
                    break;
                } else if (c == '"' && f.isEmpty() && !afterQuote) {
                    quoted = true;
                } else if (afterQuote || c == '"') {
                    if (error == null) {
                        error = "unexpected character '" + c + "' " + (afterQuote ? "after a closing quote" : "in an unquoted field") + " on line " + line;
                    }
                } else {
                    f.append(c);
                }
            }
            if (quoted) {
                error = "a quoted field starting on line " + start + " is never closed";
            }
            fields.add(f.toString());
            rows.add(new Row(start, fields, error));
        }
        return rows;
    }
}
