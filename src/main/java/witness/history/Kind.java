package witness.history;

import static witness.history.Value.DATE;
import static witness.history.Value.DURATION;
import static witness.history.Value.LIST;
import static witness.history.Value.LONG_TEXT;
import static witness.history.Value.NUMBER;
import static witness.history.Value.TEXT;
import static witness.history.Value.YES_NO;
import static witness.history.Value.choice;
import static witness.history.Value.ref;

import java.util.List;
import java.util.Optional;
import witness.film.CameraMovement;
import witness.film.Framing;
import witness.film.SceneStatus;
import witness.film.ShotAudio;
import witness.film.ShotKind;
import witness.film.ShotStatus;
import witness.interview.InterviewStatus;
import witness.interview.ReleaseStatus;
import witness.location.PermitStatus;
import witness.location.RecceStatus;
import witness.person.PersonRole;
import witness.research.ClearanceStatus;
import witness.research.DatePrecision;
import witness.research.ResearchKind;
import witness.research.VerificationStatus;

/**
 * A kind of audited item as the history shows it: its table, the fields people read (labels, not column
 * names), its collections, and the column that names one. {@code personal} kinds are personal data, shown to
 * producers only. The deleted items page lists the kinds that have a {@code code}.
 */
record Kind(String code, String one, String table, String keyColumn, String nameColumn, boolean personal,
        List<Field> fields, List<Part> parts) {

    /** A column as people read it. */
    record Field(String column, String label, Value value) {
    }

    /**
     * A collection kept in a table of its own: a join table (element = the id of another item) or
     * embedded values (element columns shown together). {@code order} is its list-position column, if any.
     */
    record Part(String table, String ownerColumn, String label, String elementTable, List<String> columns,
            String order) {
        boolean isJoin() {
            return elementTable != null;
        }

        String elementColumn() {
            return columns.get(0);
        }
    }

    static Field f(String column, String label, Value value) {
        return new Field(column, label, value);
    }

    static Field f(String column, String label) {
        return new Field(column, label, TEXT);
    }

    static Part join(String table, String ownerColumn, String elementColumn, String elementTable, String label,
            String order) {
        return new Part(table, ownerColumn, label, elementTable, List.of(elementColumn), order);
    }

    static final Kind FILM = new Kind(null, "film", "film", "slug", "title", false, List.of(
            f("title", "Title"), f("broadcaster", "Broadcaster"), f("logline", "Logline", LONG_TEXT),
            f("synopsis", "Synopsis", LONG_TEXT), f("target_minutes", "Target running time (minutes)", NUMBER)),
            List.of());

    static final Kind SEQUENCE = new Kind("sequences", "sequence", "film_sequence", "sequence_key", "title", false,
            List.of(f("title", "Title"), f("period", "Period"), f("synopsis", "Synopsis", LONG_TEXT),
                    f("position", "Place in the film", NUMBER)),
            List.of());

    static final Kind SCENE = new Kind("scenes", "scene", "scene", "scene_key", "title", false, List.of(
            f("sequence_id", "Sequence", ref("film_sequence")), f("position", "Place in the sequence", NUMBER),
            f("title", "Title"), f("purpose", "Purpose", LONG_TEXT), f("setting", "Setting"), f("era", "Era"),
            f("narration", "Narration", LONG_TEXT), f("estimated_seconds", "Estimated duration", DURATION),
            f("status", "Status", choice(SceneStatus.class))),
            List.of(join("scene_event", "scene_id", "events_id", "chronology_event", "Chronology events covered", null),
                    join("scene_testimony", "scene_id", "testimonies_id", "testimony", "Paper edit (testimonies)",
                            "position")));

    static final Kind SHOT = new Kind("shots", "shot", "shot", "shot_key", "shot_key", false, List.of(
            f("scene_id", "Scene", ref("scene")), f("position", "Place in the scene", NUMBER),
            f("kind", "Kind", choice(ShotKind.class)), f("description", "Description", LONG_TEXT),
            f("audio", "Audio", choice(ShotAudio.class)), f("framing", "Framing", choice(Framing.class)),
            f("movement", "Camera movement", choice(CameraMovement.class)),
            f("seconds", "Estimated time", DURATION), f("location_id", "Location", ref("location")),
            f("person_id", "Interviewee", ref("person")), f("source_id", "Source", ref("source")),
            f("status", "Status", choice(ShotStatus.class)), f("notes", "Notes", LONG_TEXT)),
            List.of());

    static final Kind CITATION = new Kind(null, "citation", "citation", null, "locator", false, List.of(
            f("shot_id", "Shot", ref("shot")), f("source_id", "Source", ref("source")),
            f("testimony_id", "Testimony", ref("testimony")), f("position", "Footnote number", NUMBER),
            f("locator", "Locator (page, timecode)"), f("cited_text", "Quoted or paraphrased text", LONG_TEXT),
            f("claim", "Claim it supports", LONG_TEXT), f("status", "Verification", choice(VerificationStatus.class)),
            f("verified_by", "Verified by"), f("verified_on", "Verified on", DATE)),
            List.of());

    static final Kind TESTIMONY = new Kind(null, "testimony", "testimony", "testimony_key", "text", false, List.of(
            f("person_id", "Person", ref("person")), f("interview_id", "Interview", ref("interview")),
            f("timecode_in", "Timecode in"), f("timecode_out", "Timecode out"), f("source_id", "Source", ref("source")),
            f("page", "Page"), f("text", "Text", LONG_TEXT)),
            List.of());

    static final Kind INTERVIEW = new Kind("interviews", "interview", "interview", "interview_key", "interview_key",
            false, List.of(f("person_id", "Person", ref("person")), f("label", "Label"),
                    f("status", "Status", choice(InterviewStatus.class)), f("language", "Language"),
                    f("interpreter", "Interpreter"), f("place", "Place"), f("location_id", "Location", ref("location")),
                    f("interview_date", "Date", DATE), f("topics", "Topics", LIST), f("questions", "Questions", LIST),
                    f("release", "Release form", choice(ReleaseStatus.class)),
                    f("release_signed_on", "Release signed on", DATE), f("fee", "Fee", NUMBER),
                    f("notes", "Notes", LONG_TEXT)),
            List.of());

    static final Kind TRANSCRIPT = new Kind(null, "transcript", "transcript", null, "file_name", false, List.of(
            f("format", "Format"), f("file_name", "File")),
            List.of());

    static final Kind RELEASE_FORM = new Kind(null, "release form scan", "release_form", null, "file_name", true,
            List.of(f("file_name", "File"), f("content_type", "Type"), f("file_size", "Size", Value.BYTES),
                    f("uploaded_at", "Uploaded", Value.MOMENT_VALUE)),
            List.of());

    static final Kind SOURCE = new Kind("sources", "source", "source", "source_key", "title", false, List.of(
            f("type", "Type"), f("title", "Title"), f("issued", "Issued"), f("publisher", "Publisher"),
            f("publisher_place", "Place of publication"), f("container_title", "In (journal, book, collection)"),
            f("volume", "Volume"), f("issue", "Issue"), f("page", "Pages"), f("url", "URL"), f("doi", "DOI"),
            f("isbn", "ISBN"), f("archive", "Archive"), f("archive_location", "Archive location"),
            f("archive_place", "Archive place"), f("call_number", "Call number"), f("language", "Language"),
            f("note", "Note", LONG_TEXT), f("clearance", "Clearance", choice(ClearanceStatus.class)),
            f("rights_holder", "Rights holder"), f("fee", "Fee", NUMBER), f("currency", "Currency"),
            f("territory", "Territory"), f("term", "Term"), f("lost", "Lost", YES_NO)),
            List.of(new Part("source_name", "source_id", "Authors, editors and translators", null,
                    List.of("name_role", "family", "given", "literal"), "position")));

    static final Kind PERSON = new Kind("people", "person", "person", "person_key", "name", false, List.of(
            f("name", "Name"), f("other_names", "Other names", LIST), f("relation", "Relation to the subject"),
            f("role", "Role", choice(PersonRole.class)), f("languages", "Languages", LIST),
            f("alive", "Alive", YES_NO), f("notes", "Notes", LONG_TEXT)),
            List.of());

    static final Kind CONTACT = new Kind(null, "contact details", "person_contact", null, "email", true, List.of(
            f("phone", "Phone"), f("email", "E-mail"), f("address", "Address", LONG_TEXT), f("note", "Note", LONG_TEXT)),
            List.of());

    static final Kind LOCATION = new Kind("locations", "location", "location", "location_key", "name", false,
            List.of(f("name", "Name"), f("address", "Address"), f("city", "City"), f("country", "Country"),
                    f("latitude", "Latitude", NUMBER), f("longitude", "Longitude", NUMBER),
                    f("periods", "Stands for", LIST), f("access", "Access", LONG_TEXT),
                    f("permit", "Permit", choice(PermitStatus.class)), f("contact", "Contact"),
                    f("recce", "Recce", choice(RecceStatus.class)), f("notes", "Notes", LONG_TEXT)),
            List.of());

    static final Kind LOG_ENTRY = new Kind("log-entries", "research log entry", "research_log_entry", null,
            "summary", false, List.of(f("entry_date", "Date", DATE), f("researcher", "Researcher"),
                    f("kind", "Kind", choice(ResearchKind.class)), f("summary", "Summary"),
                    f("findings", "Findings", LONG_TEXT)),
            List.of(new Part("follow_up", "research_log_entry_id", "Follow-ups", null,
                    List.of("follow_up_text", "done"), "position"),
                    join("log_source", "research_log_entry_id", "sources_id", "source", "Sources", null),
                    join("log_person", "research_log_entry_id", "people_id", "person", "People", null),
                    join("log_scene", "research_log_entry_id", "scenes_id", "scene", "Scenes", null),
                    join("log_location", "research_log_entry_id", "locations_id", "location", "Locations", null)));

    static final Kind EVENT = new Kind("events", "chronology event", "chronology_event", "event_key", "description",
            false, List.of(f("event_date", "Date", DATE), f("date_precision", "Precision", choice(DatePrecision.class)),
                    f("place", "Place"), f("description", "Description", LONG_TEXT)),
            List.of(join("event_person", "chronology_event_id", "people_id", "person", "People", null),
                    join("event_source", "chronology_event_id", "sources_id", "source", "Sources", null)));

    /** What the deleted items page lists, in this order. */
    static final List<Kind> LISTED = List.of(SEQUENCE, SCENE, SHOT, INTERVIEW, SOURCE, PERSON, LOCATION, LOG_ENTRY,
            EVENT);

    private static final List<Kind> ALL = List.of(FILM, SEQUENCE, SCENE, SHOT, CITATION, TESTIMONY, INTERVIEW,
            TRANSCRIPT, RELEASE_FORM, SOURCE, PERSON, CONTACT, LOCATION, LOG_ENTRY, EVENT);

    String aud() {
        return table + "_aud";
    }

    static Optional<Kind> byCode(String code) {
        return LISTED.stream().filter(k -> k.code.equals(code)).findFirst();
    }

    static Kind byTable(String table) {
        return ALL.stream().filter(k -> k.table.equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No audited kind has the table " + table));
    }

    /** "scenes", "research log entries", "people" */
    String many() {
        return plural(one);
    }

    /** "1 scene", "3 scenes" */
    static String count(long n, String one) {
        return n + " " + (n == 1 ? one : plural(one));
    }

    private static String plural(String one) {
        return one.endsWith("y") ? one.substring(0, one.length() - 1) + "ies"
                : one.equals("person") ? "people" : one.endsWith("s") ? one : one + "s";
    }
}
