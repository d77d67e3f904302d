package witness.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CslItemsTest {

    @Test
    void aSourceSurvivesTheTripThroughCsl() {
        Source memoirs = new Source();
        memoirs.key = "memoirs";
        memoirs.type = "book";
        memoirs.title = "Mémoires d'un révolutionnaire";
        memoirs.names = List.of(new SourceName(SourceName.AUTHOR, "Serge", "Victor", null),
                new SourceName(SourceName.TRANSLATOR, null, null, "Peter Sedgwick"));
        memoirs.issued = "1951-03";
        memoirs.publisher = "Éditions du Seuil";
        memoirs.publisherPlace = "Paris";
        memoirs.isbn = "978-2-02-000000-0";
        memoirs.containerTitle = "Critique";
        memoirs.volume = "12";
        memoirs.issue = "3";
        memoirs.archive = "Beinecke Library";
        memoirs.archivePlace = "New Haven";
        memoirs.clearance = ClearanceStatus.CLEARED;

        Source back = new Source();
        back.clearance = ClearanceStatus.TO_CLEAR;
        CslItems.copy(CslItems.of(memoirs), back);

        assertThat(back.type).isEqualTo("book");
        assertThat(back.title).isEqualTo(memoirs.title);
        assertThat(back.issued).isEqualTo("1951-03");
        assertThat(back.names).extracting(n -> n.role + ":" + n.display())
                .containsExactly("author:Victor Serge", "translator:Peter Sedgwick");
        assertThat(back.publisher).isEqualTo("Éditions du Seuil");
        assertThat(back.isbn).isEqualTo(memoirs.isbn);
        assertThat(back.volume).isEqualTo("12");
        assertThat(back.issue).isEqualTo("3");
        assertThat(back.archivePlace).isEqualTo("New Haven");
        assertThat(back.clearance).as("production fields are not CSL").isEqualTo(ClearanceStatus.TO_CLEAR);
    }

    @Test
    void anUnknownTypeBecomesADocument() {
        Source odd = new Source();
        odd.key = "odd";
        odd.type = "papyrus";
        odd.title = "Odd";
        assertThat(CslItems.of(odd).getType().toString()).isEqualTo("document");
    }
}
