package witness.film;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import witness.core.Film;
import witness.web.Labelled;
import witness.web.SpreadsheetCells;

/**
 * The shot list as a spreadsheet reads it: RFC 4180 CSV in UTF-8 with a byte-order mark, one
 * header row, one row per shot in film order. Writes a film's shots, and reads a file back into
 * rows of cells by column, each with the line of the file it starts on.
 */
public final class ShotCsv {
    /** The largest file imported at once: some 15,000 shots. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String NUMBER = "number", SEQUENCE = "sequence", SEQUENCE_TITLE = "sequence title",
            SCENE = "scene", SCENE_TITLE = "scene title", SHOT = "shot", KIND = "kind", DESCRIPTION = "description",
            AUDIO = "audio", FRAMING = "framing", MOVEMENT = "movement", SECONDS = "seconds", LOCATION = "location",
            INTERVIEWEE = "interviewee", SOURCE = "source", STATUS = "status", NOTES = "notes";
    public static final List<String> COLUMNS = List.of(NUMBER, SEQUENCE, SEQUENCE_TITLE, SCENE, SCENE_TITLE, SHOT,
            KIND, DESCRIPTION, AUDIO, FRAMING, MOVEMENT, SECONDS, LOCATION, INTERVIEWEE, SOURCE, STATUS, NOTES);
    /** Columns an import may leave out: the number follows from the order, titles only name new things. */
    public static final List<String> OPTIONAL = List.of(NUMBER, SEQUENCE_TITLE, SCENE_TITLE);
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    /** More shots than a film has (the large synthetic film has 6,000): a bigger file is a mistake or abuse. */
    public static final int MAX_ROWS = 10_000;

    private static final char BOM = '\uFEFF';
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private ShotCsv() {
    }

    /** A row of an imported file: its cells by column (stripped, null when empty) and its first line. */
    public record Row(int line, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }
    }

    /** A file that cannot be read as a shot list at all, or a row of it that cannot be imported. */
    public record Error(int row, String column, String message) {
    }

    /** A file refused whole: every error found, nothing imported. */
    public static class Refused extends RuntimeException {
        public final transient List<Error> errors;

        public Refused(List<Error> errors) {
            super("The shot list has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; nothing was imported.");
            this.errors = List.copyOf(errors);
        }

        public Refused(int row, String column, String message) {
            this(List.of(new Error(row, column, message)));
        }
    }

    /** The film's shots in film order, with their scenes, sequences and references, in one query. */
    public static List<Shot> shotsOf(Film film) {
        return Shot.list("from Shot s join fetch s.scene sc join fetch sc.sequence q"
                + " left join fetch s.location left join fetch s.person left join fetch s.source"
                + " where q.film = ?1 order by q.position, sc.position, s.position", film);
    }

    /** The shots, in the order given (film order), as the bytes of a CSV file. */
    public static byte[] write(List<Shot> shots) {
        return SpreadsheetCells.csv(COLUMNS, printer -> {
            for (Shot shot : shots) {
                Scene scene = shot.scene;
                Sequence sequence = scene.sequence;
                SpreadsheetCells.print(printer, shot.number(), sequence.key, sequence.title, scene.key, scene.title,
                        shot.key, code(shot.kind), shot.description, code(shot.audio), code(shot.framing),
                        code(shot.movement), shot.seconds, shot.location == null ? null : shot.location.key,
                        shot.person == null ? null : shot.person.key, shot.source == null ? null : shot.source.key,
                        code(shot.status), shot.notes);
            }
        });
    }

    private static String code(Labelled value) {
        return value == null ? null : value.code();
    }

    /**
     * The rows of a file, after checking it is UTF-8 CSV with the right header; throws
     * {@link Refused} naming the line otherwise. A byte-order mark is skipped; empty lines too.
     */
    public static List<Row> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Refused(1, null, "The file is too large (" + bytes.length / 1024 + " KB): at most "
                    + MAX_BYTES / (1024 * 1024) + " MB of shot list can be imported at once.");
        }
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Refused(1, null, "The file is empty: it needs a header row naming the columns, then a row"
                    + " per shot.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new Refused(lineAt(text, text.indexOf('\0')), null, "This is not a text file; export the shot"
                    + " list from your spreadsheet as CSV (UTF-8).");
        }
        LineIndex lines = new LineIndex(text);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
            long endOfLastRow = 0;
            try {
                for (CSVRecord record : parser) {
                    if (records.size() > MAX_ROWS) {
                        throw new Refused(lines.lineOf(record.getCharacterPosition()), null, "The file has more than "
                                + String.format(Locale.ROOT, "%,d", MAX_ROWS) + " rows: at most "
                                + String.format(Locale.ROOT, "%,d", MAX_ROWS) + " shots can be imported at once;"
                                + " split the file.");
                    }
                    records.add(record);
                    endOfLastRow = parser.getCurrentLineNumber();
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // Where the broken row starts (its quote opens), not where the CSV parser gave up on it.
                int line = (int) Math.max(1, Math.min(endOfLastRow + 1, parser.getCurrentLineNumber()));
                String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                throw new Refused(line, null, "This is not valid CSV: the row starting on line " + line + " is"
                        + " broken (" + reason + "); a cell with a comma, a quote or a line break must be in double"
                        + " quotes, and its quotes doubled.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, String> header = header(records.get(0));
        List<Row> rows = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = lines.lineOf(record.getCharacterPosition());
            if (record.size() != records.get(0).size()) {
                errors.add(new Error(line, null, "has " + record.size() + (record.size() == 1 ? " cell" : " cells")
                        + " where the header has " + records.get(0).size() + "."));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            header.forEach((index, column) -> {
                String value = SpreadsheetCells.restored(record.get(index));
                cells.put(column, value == null || value.isBlank() ? null : value.strip());
            });
            rows.add(new Row(line, cells));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        return rows;
    }

    /** Column names by index; the names are matched without regard to case or surrounding spaces. */
    private static Map<Integer, String> header(CSVRecord record) {
        Map<Integer, String> header = new LinkedHashMap<>();
        List<Error> errors = new ArrayList<>();
        if (record.size() == 1 && record.get(0).contains(";")) {
            throw new Refused(1, null, "The columns are separated by semicolons; save the file as CSV with"
                    + " commas between the columns.");
        }
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                errors.add(new Error(1, record.get(i), name.isEmpty()
                        ? "column " + (i + 1) + " of the header has no name; the columns are: " + String.join(", ", COLUMNS) + "."
                        : "is not a column of the shot list; the columns are: " + String.join(", ", COLUMNS) + "."));
            } else if (header.containsValue(name)) {
                errors.add(new Error(1, name, "is named twice in the header."));
            } else {
                header.put(i, name);
            }
        }
        for (String column : COLUMNS) {
            if (!OPTIONAL.contains(column) && !header.containsValue(column)) {
                errors.add(new Error(1, column, "is missing from the header row; every column but "
                        + String.join(", ", OPTIONAL) + " is required (the first line of the file names them)."));
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        return header;
    }

    /** The text of the file, or a refusal naming the line of the first byte that is not UTF-8. */
    private static String decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < Math.min(in.position(), bytes.length); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new Refused(line, null, "The file is not UTF-8 text: save it from your spreadsheet as"
                    + " \"CSV UTF-8\" (in LibreOffice: character set Unicode (UTF-8)).");
        }
    }

    private static int lineAt(String text, int position) {
        return new LineIndex(text).lineOf(position);
    }

    /** Physical line numbers (1-based) of character positions: CRLF, LF and a lone CR each end a line. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>(List.of(0));

        LineIndex(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
        }

        int lineOf(long position) {
            int low = 0, high = starts.size() - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (starts.get(mid) <= position) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low + 1;
        }
    }
}
