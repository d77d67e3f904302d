package witness.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Chicago notes-bibliography (18th edition, as the official CSL style renders it with citeproc-java): a book,
 * a journal article and an archive document, in notes and in the bibliography. The 18th edition leaves out the
 * place of publication ("Oxford University Press, 1963", not "London: Oxford University Press, 1963").
 */
class ChicagoStyleTest {
    private static final String MEMOIRS_ENTRY = "Serge, Victor. <span class=\"csl-italic\">Memoirs of a"
            + " Revolutionary</span>. Translated by Peter Sedgwick. Oxford University Press, 1963.";
    private static final String ARTICLE_ENTRY = "Weissman, Susan. “Dissent in the Stalin Era.”"
            + " <span class=\"csl-italic\">Critique</span> 23, no. 1 (1991): 105–25.";
    private static final String LETTER_ENTRY = "Serge, Victor. “Letter to Romain Rolland.” April 12,"
            + " 1935. Fonds Romain Rolland. Bibliothèque nationale de France, Paris.";

    static Source memoirs() {
        Source s = new Source();
        s.key = "memoirs";
        s.type = "book";
        s.title = "Memoirs of a Revolutionary";
        s.names = List.of(new SourceName(SourceName.AUTHOR, "Serge", "Victor", null),
                new SourceName(SourceName.TRANSLATOR, "Sedgwick", "Peter", null));
        s.issued = "1963";
        s.publisher = "Oxford University Press";
        s.publisherPlace = "London";
        return s;
    }

    static Source article() {
        Source s = new Source();
        s.key = "weissman";
        s.type = "article-journal";
        s.title = "Dissent in the Stalin Era";
        s.names = List.of(new SourceName(SourceName.AUTHOR, "Weissman", "Susan", null));
        s.issued = "1991";
        s.containerTitle = "Critique";
        s.volume = "23";
        s.issue = "1";
        s.page = "105-125";
        return s;
    }

    /** The research talk the film comes from: a speech in two parts, the first of which gives it its title. */
    static Source talk() {
        Source s = new Source();
        s.key = "talk";
        s.type = "speech";
        s.title = "The Life of Victor Serge";
        return s;
    }

    static Source letter() {
        Source s = new Source();
        s.key = "letter";
        s.type = "manuscript";
        s.title = "Letter to Romain Rolland";
        s.names = List.of(new SourceName(SourceName.AUTHOR, "Serge", "Victor", null));
        s.issued = "1935-04-12";
        s.archive = "Bibliothèque nationale de France";
        s.archiveLocation = "Fonds Romain Rolland";
        s.archivePlace = "Paris";
        return s;
    }

    @Test
    void aBookInTheBibliographyAndInANote() {
        ChicagoStyle style = ChicagoStyle.of(List.of(memoirs()));

        assertThat(style.entry(memoirs())).isEqualTo(MEMOIRS_ENTRY);
        assertThat(style.note(memoirs(), "p. 261")).isEqualTo("Victor Serge, <span class=\"csl-italic\">"
                + "Memoirs of a Revolutionary</span>, trans. Peter Sedgwick (Oxford University Press, 1963), p. 261.");
    }

    @Test
    void aStyleMadeAfterAnotherIsClosedKnowsNothingOfTheOtherPage() {
        String memoirsNote;
        try (ChicagoStyle style = ChicagoStyle.of(List.of(memoirs(), article()))) {
            memoirsNote = style.note(memoirs(), "p. 261");
            style.note(article(), "pp. 110-12");
        }
        // The processor given back is given this page's one source only, none of its citations.
        try (ChicagoStyle style = ChicagoStyle.of(List.of(letter()))) {
            assertThat(style.entry(letter())).isEqualTo(LETTER_ENTRY);
            assertThatThrownBy(() -> style.entry(memoirs())).isInstanceOf(RuntimeException.class);
        }
        try (ChicagoStyle style = ChicagoStyle.of(List.of(memoirs()))) {
            assertThat(style.note(memoirs(), "p. 261")).isEqualTo(memoirsNote);
            assertThat(style.entry(memoirs())).isEqualTo(MEMOIRS_ENTRY);
        }
    }

    @Test
    void anEntryMadeBeforeIsMadeAgainOnceItsSourceChanges() {
        Source edited = memoirs();
        try (ChicagoStyle style = ChicagoStyle.of(List.of(edited))) {
            assertThat(style.entry(edited)).isEqualTo(MEMOIRS_ENTRY);
        }
        edited.issued = "1967";
        edited.names = List.of(new SourceName(SourceName.AUTHOR, "Serge", "Victor", null));
        try (ChicagoStyle style = ChicagoStyle.of(List.of(edited))) {
            assertThat(style.entry(edited)).isEqualTo("Serge, Victor. <span class=\"csl-italic\">Memoirs of a"
                    + " Revolutionary</span>. Oxford University Press, 1967.");
        }
        try (ChicagoStyle style = ChicagoStyle.of(List.of(memoirs()))) {
            assertThat(style.entry(memoirs())).isEqualTo(MEMOIRS_ENTRY);
        }
    }

    @Test
    void aJournalArticleCitedAtAPageReplacesItsPageRange() {
        ChicagoStyle style = ChicagoStyle.of(List.of(article()));

        assertThat(style.entry(article())).isEqualTo(ARTICLE_ENTRY);
        assertThat(style.note(article(), "pp. 110-12")).isEqualTo("Susan Weissman, “Dissent in the Stalin"
                + " Era,” <span class=\"csl-italic\">Critique</span> 23, no. 1 (1991): 110–12.");
    }

    @Test
    void anArchiveDocumentNamesItsCollectionAndArchive() {
        ChicagoStyle style = ChicagoStyle.of(List.of(letter()));

        assertThat(style.entry(letter())).isEqualTo(LETTER_ENTRY);
        assertThat(text(style.note(letter(), "fol. 3"))).isEqualTo("Victor Serge, “Letter to Romain Rolland,”"
                + " April 12, 1935, Fonds Romain Rolland, Bibliothèque nationale de France, Paris, fol. 3.");
    }

    @Test
    void theBibliographySortsAsTheStyleSortsAndFilters() {
        ChicagoStyle style = ChicagoStyle.of(List.of(article(), letter(), memoirs()));

        assertThat(style.bibliography(s -> true)).containsExactly(LETTER_ENTRY, MEMOIRS_ENTRY, ARTICLE_ENTRY);
        assertThat(style.bibliography(s -> s.type.equals("book"))).containsExactly(MEMOIRS_ENTRY);
    }

    @Test
    void userTextIsEscapedInEntriesNotesAndLocators() {
        Source hostile = memoirs();
        hostile.title = "Memoirs <script>alert(1)</script> & more";
        ChicagoStyle style = ChicagoStyle.of(List.of(hostile));

        assertThat(style.entry(hostile)).doesNotContain("<script").contains("&lt;").contains("&amp;");
        String note = style.note(hostile, "<img src=x onerror=alert(1)>");
        assertThat(note).doesNotContain("<script").doesNotContain("<img").endsWith(", &lt;img src=x onerror=alert(1)&gt;.");
        assertThat(Jsoup.parseBodyFragment(note).select("script, img")).isEmpty();
    }

    @Test
    void locatorsAreWrittenAsGivenExceptThePageLabel() {
        ChicagoStyle style = ChicagoStyle.of(List.of(memoirs()));

        assertThat(text(style.note(memoirs(), "para. 35"))).endsWith("1963), para. 35.");
        assertThat(text(style.note(memoirs(), "00:12:30"))).endsWith("1963), 00:12:30.");
        assertThat(text(style.note(memoirs(), "pp. 42-43"))).endsWith("1963), pp. 42–43.");
        assertThat(text(style.note(memoirs(), null))).endsWith("(Oxford University Press, 1963).");
    }

    @Test
    void aNoteEndingInAnAbbreviationKeepsItsFullStop() {
        Source talk = talk();
        ChicagoStyle style = ChicagoStyle.of(List.of(talk));

        assertThat(text(style.note(talk, "para. 35"))).isEqualTo("“The Life of Victor Serge,” n.d., para. 35.");
        assertThat(style.entry(talk)).as("Chicago leaves talks no reader can consult out of a bibliography").isEmpty();
    }

    @Test
    void aLaterNoteOfASourceIsChicagosShortForm() {
        Source talk = talk();
        Source gorkin = new Source();
        gorkin.key = "gorkin";
        gorkin.type = "document";
        gorkin.title = "[Written testimony on the death of Victor Serge, with a description of the corpse]";
        gorkin.names = List.of(new SourceName(SourceName.AUTHOR, "Gorkin", "Julian", null));
        ChicagoStyle style = ChicagoStyle.of(List.of(memoirs(), article(), talk, gorkin));

        assertThat(style.shortNote(memoirs(), "p. 330")).isEqualTo("Serge, <span class=\"csl-italic\">Memoirs of a"
                + " Revolutionary</span>, p. 330.");
        assertThat(style.shortNote(article(), null)).isEqualTo("Weissman, “Dissent in the Stalin Era.”");
        assertThat(style.shortNote(talk, "The Life of Victor Serge, para. 35")).isEqualTo("“The Life of Victor Serge,” para. 35.");
        assertThat(style.shortNote(gorkin, "p. 2")).isEqualTo("Gorkin, “[Written Testimony],” p. 2.");
    }

    @Test
    void aLocatorThatRepeatsTheTitleIsNotPrintedTwice() {
        Source talk = talk();
        ChicagoStyle style = ChicagoStyle.of(List.of(talk));

        assertThat(text(style.note(talk, "The Life of Victor Serge, para. 35"))).isEqualTo("“The Life of Victor Serge,” n.d., para. 35.");
        assertThat(text(style.note(talk, "Victor Serge – the Incomparable Witness, para. 4")))
                .isEqualTo("“The Life of Victor Serge,” n.d., Victor Serge – the Incomparable Witness, para. 4.");
    }

    @Test
    void theEmptyGroupCiteprocJavaLeavesIsTidiedAway() {
        assertThat(ChicagoStyle.clean("<i>Memoirs</i>, , trans. Peter Sedgwick")).isEqualTo("<i>Memoirs</i>, trans. Peter Sedgwick");
        assertThat(ChicagoStyle.clean("<i>Memoirs</i>. . Translated by")).isEqualTo("<i>Memoirs</i>. Translated by");
    }

    private static String text(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
