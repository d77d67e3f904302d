package witness.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChicagoStyleTest {

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
        s.title = "Victor Serge: Political Biography";
        s.names = List.of(new SourceName(SourceName.AUTHOR, "Weissman", "Susan", null));
        s.issued = "1991";
        s.containerTitle = "Critique";
        s.page = "105-125";
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
        s.publisherPlace = "Paris";
        return s;
    }

    @Test
    void print() {
        long t = System.nanoTime();
        ChicagoStyle style = ChicagoStyle.of(List.of(memoirs(), article(), letter()));
        System.out.println("build " + (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        ChicagoStyle.of(List.of(memoirs(), article(), letter()));
        System.out.println("build2 " + (System.nanoTime() - t) / 1_000_000);
        System.out.println(style.note(memoirs(), "p. 42"));
        System.out.println(style.note(article(), "pp. 110-112"));
        System.out.println(style.note(memoirs(), "para. 35"));
        System.out.println(style.note(memoirs(), "00:12:30"));
        System.out.println(style.note(letter(), null));
        System.out.println(style.note(memoirs(), "The Life of Victor Serge, paras. 1, 27, 34"));
        Source m2 = memoirs(); m2.key = "m2"; m2.names = List.of(m2.names.get(0));
        Source m3 = memoirs(); m3.key = "m3"; m3.type = "graphic"; m3.title = "Photos <script>alert(1)</script> & more";
        ChicagoStyle st2 = ChicagoStyle.of(List.of(m2, m3));
        System.out.println(st2.note(m2, "p. 42"));
        System.out.println(st2.note(m2, "p. 43"));
        System.out.println(st2.note(m3, null));
        st2.bibliography(s -> true).forEach(System.out::println);
        style.bibliography(s -> true).forEach(System.out::println);
        assertThat(style).isNotNull();
    }
}
