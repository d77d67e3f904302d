package witness.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import witness.core.Illustrative;
import witness.web.Labelled;

/** Writes a {@link Dossier} as its files: the inverse of {@link DossierParser}. */
final class DossierWriter {
    private DossierWriter() {
    }

    static DossierFiles write(Dossier dossier) {
        List<String> illustrative = dossier.film().illustrative() == null ? List.of() : dossier.film().illustrative();
        IllustrativeMarks marks = new IllustrativeMarks(illustrative);
        Map<String, String> files = new TreeMap<>();
        files.put(DossierParser.FILM, marks.all() + yaml(dossier.film()));
        files.put(DossierParser.PEOPLE, yaml(dossier.people()));
        files.put(DossierParser.CHRONOLOGY, yaml(dossier.chronology()));
        files.put(DossierParser.SOURCES, json(dossier.sources()));
        files.put(DossierParser.TESTIMONIES, yaml(dossier.testimonies()));
        files.put(DossierParser.INTERVIEWS, marks.of(Illustrative.INTERVIEW_ARRANGEMENTS) + yaml(dossier.interviews()));
        files.put(DossierParser.LOCATIONS, marks.of(Illustrative.LOCATION_ARRANGEMENTS) + yaml(dossier.locations()));
        files.put(DossierParser.LOG, marks.of(Illustrative.RESEARCH_LOG) + yaml(dossier.researchLog()));
        for (int i = 0; i < dossier.sequences().size(); i++) {
            var sequence = dossier.sequences().get(i);
            files.put(String.format("%s%02d-%s.yaml", DossierParser.SEQUENCES, i + 1, sequence.key),
                    marks.of(Illustrative.VERIFICATIONS) + yaml(sequence));
        }
        for (var schedule : dossier.schedules()) {
            files.put(DossierFiles.SCHEDULES + schedule.key + ".yaml", marks.of(Illustrative.SCHEDULES) + yaml(schedule));
        }
        return new DossierFiles(files);
    }

    /**
     * The comment lines that mark the illustrative parts of a film where they stand: at the top of the file that holds
     * each part, and all of them at the top of film.yaml (CSL-JSON has no comments: the sources' clearances are marked
     * there only). The parser skips comments, and writes them again from the film's list, so the bytes round-trip.
     */
    private record IllustrativeMarks(List<String> codes) {
        String of(Illustrative part) {
            return codes.contains(part.code()) ? "# " + part.note() + "\n" : "";
        }

        String all() {
            StringBuilder lines = new StringBuilder();
            for (String code : codes) {
                Labelled.find(Illustrative.class, code).ifPresent(part -> lines.append(of(part)));
            }
            return lines.toString();
        }
    }

    private static String yaml(Object value) {
        try {
            String text = DossierMapper.YAML.writeValueAsString(value);
            // Jackson indents a top-level list too; people write its dashes at the margin.
            return value instanceof List ? text.replaceAll("(?m)^  ", "") : text;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return DossierMapper.JSON_WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
