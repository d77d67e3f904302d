package witness.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTextTest {

    @Test
    void footnoteHtmlLosesItsTagsAndKeepsItsWords() {
        assertThat(ScriptText.plain("Victor Serge, <i>Memoirs of a Revolutionary</i>, trans. Peter Sedgwick "
                + "(Oxford: Oxford University Press, 1963), <span class=\"page\">42</span>."))
                .isEqualTo("Victor Serge, Memoirs of a Revolutionary, trans. Peter Sedgwick "
                        + "(Oxford: Oxford University Press, 1963), 42.");
    }

    @Test
    void namedDecimalAndHexEntitiesAreRead() {
        assertThat(ScriptText.plain("Ann&#233;es &amp; S&#xE9;journ&#xe9;, &#8220;witness&#8221; &lt;b&gt; "
                + "&ndash; &#39;quoted&#39; &quot;Серж&quot;"))
                .isEqualTo("Années & Séjourné, \u201Cwitness\u201D <b> \u2013 'quoted' \"Серж\"");
    }

    @Test
    void escapedMarkupStaysTextAndUnknownOrBrokenEntitiesStayAsWritten() {
        assertThat(ScriptText.plain("&lt;script&gt;alert(1)&lt;/script&gt;")).isEqualTo("<script>alert(1)</script>");
        assertThat(ScriptText.plain("&bogus; &amp &#;")).isEqualTo("&bogus; &amp &#;");
    }

    @Test
    void numericEntitiesOfCharactersXmlCannotHoldAreDropped() {
        assertThat(ScriptText.plain("a&#1;b&#x0;c&#1114112;d&#xD800;e")).isEqualTo("abcde");
    }

    @Test
    void lineBreaksAndRunsOfSpaceBecomeOneSpace() {
        assertThat(ScriptText.plain("one<br/>two<br>\n  three")).isEqualTo("one two three");
        assertThat(ScriptText.plain(null)).isEmpty();
    }

    @Test
    void xmlSafeDropsControlCharactersAndLoneSurrogatesButKeepsTabsLineEndsAndPairs() {
        assertThat(ScriptText.xmlSafe("a\u0000b\u0007c\td\ne\rf\uFFFEg\uD800h\uDC00i\uD83C\uDFAC"))
                .isEqualTo("abc\td\ne\rfghi\uD83C\uDFAC");
    }

    @Test
    void paragraphsAreSplitOnBlankLinesAndJoinedWithinThemselves() {
        assertThat(ScriptText.paragraphs("first line\nsame paragraph\n\n  \nsecond\r\n\r\nthird\n"))
                .containsExactly("first line same paragraph", "second", "third");
        assertThat(ScriptText.paragraphs(" \n ")).isEmpty();
        assertThat(ScriptText.paragraphs(null)).isEmpty();
    }
}
