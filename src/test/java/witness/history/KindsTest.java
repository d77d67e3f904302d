package witness.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import witness.film.Scene;
import witness.film.Shot;
import witness.interview.Interview;
import witness.interview.ReleaseForm;
import witness.research.ResearchLogEntry;
import witness.source.Source;
import witness.schedule.ShootDay;

/** The history's kinds, read from the entities' mapping and their @Recorded and @Shown annotations. */
@QuarkusTest
class KindsTest {
    @Inject
    Kinds kinds;

    @Test
    void theDeletedItemsPageListsItsKindsInTheirOrder() {
        assertThat(kinds.listed()).extracting(Kind::code).containsExactly("sequences", "scenes", "shots",
                "interviews", "sources", "people", "locations", "log-entries", "events");
        assertThat(kinds.listed()).extracting(Kind::many).containsExactly("sequences", "scenes", "shots",
                "interviews", "sources", "people", "locations", "research log entries", "chronology events");
        assertThat(kinds.byCode("log-entries")).get().extracting(Kind::table).isEqualTo("research_log_entry");
        assertThat(kinds.byCode("citations")).as("restored only with its scene or source").isEmpty();
    }

    @Test
    void aKindHasItsTablesColumnsAndLabelsFromTheMapping() {
        Kind scene = kinds.of(Scene.class);
        assertThat(scene.table()).isEqualTo("scene");
        assertThat(scene.aud()).isEqualTo("scene_aud");
        assertThat(scene.keyColumn()).isEqualTo("scene_key");
        assertThat(scene.nameColumn()).isEqualTo("title");
        assertThat(scene.fields()).extracting(Kind.Field::column).containsExactly("sequence_id", "position",
                "title", "purpose", "setting", "era", "narration", "estimated_seconds", "status");
        assertThat(scene.fields()).extracting(Kind.Field::label).startsWith("Sequence", "Place in the sequence");
        assertThat(scene.column("sequence")).isEqualTo("sequence_id");
        assertThat(kinds.of(Shot.class).nameColumn()).isEqualTo("shot_key");
        assertThat(kinds.of(ReleaseForm.class).personal()).isTrue();
        assertThat(kinds.of(Interview.class).personal()).isFalse();
    }

    @Test
    void aValueReadsAsItsTypeOrItsAnnotationSays() {
        Map<String, Value> scene = values(kinds.of(Scene.class));
        assertThat(scene.get("sequence_id")).isEqualTo(Value.ref("film_sequence"));
        assertThat(scene.get("estimated_seconds").show(90L, null)).isEqualTo(Value.DURATION.show(90L, null));
        assertThat(scene.get("status").show("RESEARCHED", null)).isEqualTo("researched");
        assertThat(values(kinds.of(Shot.class)).get("kind").show("ARCHIVE_PHOTOGRAPH", null))
                .isEqualTo("archive photograph");
        assertThat(scene.get("narration").isLong()).isTrue();
        Map<String, Value> interview = values(kinds.of(Interview.class));
        assertThat(interview.get("topics").show("Orenburg\nParis", null)).isEqualTo("Orenburg; Paris");
        assertThat(interview.get("interview_date")).isSameAs(Value.DATE);
        assertThat(interview.get("fee")).isSameAs(Value.NUMBER);
        assertThat(values(kinds.of(Source.class)).get("lost")).isSameAs(Value.YES_NO);
        Map<String, Value> scan = values(kinds.of(ReleaseForm.class));
        assertThat(scan.get("file_size")).isSameAs(Value.BYTES);
        assertThat(scan.get("uploaded_at")).isSameAs(Value.MOMENT_VALUE);
    }

    @Test
    void collectionsAreJoinTablesOrEmbeddedValues() {
        Kind scene = kinds.of(Scene.class);
        assertThat(scene.parts()).extracting(Kind.Part::table).containsExactly("scene_event", "scene_testimony");
        Kind.Part paperEdit = scene.parts().get(1);
        assertThat(paperEdit.label()).isEqualTo("Paper edit (testimonies)");
        assertThat(paperEdit.ownerColumn()).isEqualTo("scene_id");
        assertThat(paperEdit.elementTable()).isEqualTo("testimony");
        assertThat(paperEdit.elementColumn()).isEqualTo("testimonies_id");
        assertThat(paperEdit.order()).isEqualTo("position");
        assertThat(scene.parts().get(0).order()).isNull();

        Kind.Part names = kinds.of(Source.class).parts().get(0);
        assertThat(names.aud()).isEqualTo("source_name_aud");
        assertThat(names.isJoin()).isFalse();
        assertThat(names.embedded().show(row("name_role", "translator", "family", "Greeman", "given", "Richard")))
                .isEqualTo("Richard Greeman (translator)");
        assertThat(names.embedded().show(row("name_role", "author", "literal", "Anonymous"))).isEqualTo(
                "Anonymous (author)");
        Kind.Part followUps = kinds.of(ResearchLogEntry.class).parts().get(0);
        assertThat(followUps.embedded().show(row("follow_up_text", "Ask the archive", "done", true)))
                .isEqualTo("Ask the archive (done)");
    }

    @Test
    void anAuditedEntityWithoutRecordedIsNoKind() {
        assertThatThrownBy(() -> kinds.of(ShootDay.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Value> values(Kind kind) {
        Map<String, Value> values = new HashMap<>();
        kind.fields().forEach(f -> values.put(f.column(), f.value()));
        return values;
    }

    private static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }
}
