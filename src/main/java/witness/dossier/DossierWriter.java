package witness.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** Writes a {@link Dossier} as its files: the inverse of {@link DossierParser}. */
final class DossierWriter {
    private DossierWriter() {
    }

    static DossierFiles write(Dossier dossier) {
        Map<String, String> files = new TreeMap<>();
        files.put(DossierParser.FILM, yaml(dossier.film()));
        files.put(DossierParser.PEOPLE, yaml(dossier.people()));
        files.put(DossierParser.CHRONOLOGY, yaml(dossier.chronology()));
        files.put(DossierParser.SOURCES, json(dossier.sources()));
        files.put(DossierParser.TESTIMONIES, yaml(dossier.testimonies()));
        files.put(DossierParser.INTERVIEWS, yaml(dossier.interviews()));
        files.put(DossierParser.LOCATIONS, yaml(dossier.locations()));
        files.put(DossierParser.LOG, yaml(dossier.researchLog()));
        for (int i = 0; i < dossier.sequences().size(); i++) {
            var sequence = dossier.sequences().get(i);
            files.put(String.format("%s%02d-%s.yaml", DossierParser.SEQUENCES, i + 1, sequence.key), yaml(sequence));
        }
        for (var schedule : dossier.schedules()) {
            files.put(DossierFiles.SCHEDULES + schedule.key + ".yaml", yaml(schedule));
        }
        return new DossierFiles(files);
    }

    private static String yaml(Object value) {
        try {
            String text = DossierMapper.YAML.writeValueAsString(value);
            // Jackson indents a top-level list too; people write its dashes at the margin.
            return value instanceof java.util.List ? text.replaceAll("(?m)^  ", "") : text;
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
