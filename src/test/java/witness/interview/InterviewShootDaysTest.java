package witness.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import witness.core.Film;
import witness.testing.FilmCopies;
import witness.testing.Pages;
import witness.testing.SergeFilm;

/** An interview and the schedules agree: its page lists its shoot days and offers their date; a date elsewhere is a conflict. */
@QuarkusTest
class InterviewShootDaysTest {

    @Test
    void anInterviewShowsItsShootDaysAndIsDatedOnOneOfThem() {
        String slug = FilmCopies.ofSerge("interview-days");
        QuarkusTransaction.requiringNew().run(() -> interview(slug).status = InterviewStatus.AGREED);

        Document page = Pages.get("/films/{slug}/interviews/vlady", slug);
        assertThat(page.select("#shoot-days li a").eachText()).containsExactly("Mexico shoot, 5 March 1990",
                "Mexico shoot, 6 March 1990");
        assertThat(page.select("#shoot-days li a").first().attr("href"))
                .isEqualTo("/films/" + slug + "/schedules/mexico-shoot/days/1990-03-05/call-sheet");
        assertThat(page.select("#date-on-1990-03-05").text()).isEqualTo("Date the interview on this day and mark it scheduled");

        form().formParams(Map.of("day", "1990-03-05", "version", version(slug))).redirects().follow(false)
                .post("/films/{slug}/interviews/vlady/date", slug).then().statusCode(303);
        Interview dated = SergeFilm.query(() -> interview(slug));
        assertThat(dated.date).isEqualTo(LocalDate.of(1990, 3, 5));
        assertThat(dated.status).isEqualTo(InterviewStatus.SCHEDULED);
        Document after = Pages.get("/films/{slug}/interviews/vlady", slug);
        assertThat(after.select("#shoot-days li").first().text()).contains("the interview's date");
        assertThat(after.select("#date-on-1990-03-06").text()).isEqualTo("Move its date (5 March 1990) to this day");

        // on 6 March too, with the date of the 5th: the schedule says so
        Document conflicts = Pages.get("/films/{slug}/schedules/mexico-shoot/conflicts", slug);
        assertThat(conflicts.select("#conflicts li[data-rule=date-differs] .message").eachText()).containsExactly(
                "Vlady Kibalchich is down for an interview on 6 March 1990 but the interview is dated 5 March 1990."
                        + " Set the interview's date to the day, or take it off the day.");
    }

    @Test
    void aDayTheInterviewIsNotOnIsRefusedAndChangesNothing() {
        String slug = FilmCopies.ofSerge("interview-days");
        form().formParams(Map.of("day", "1990-03-09", "version", version(slug))).redirects().follow(false)
                .post("/films/{slug}/interviews/vlady/date", slug).then().statusCode(422);
        assertThat(SergeFilm.query(() -> interview(slug)).date).isNull();
    }

    private static RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static Interview interview(String slug) {
        return Interview.byKey(Film.bySlug(slug).orElseThrow(), "vlady").orElseThrow();
    }

    private static String version(String slug) {
        return Long.toString(SergeFilm.query(() -> interview(slug)).version);
    }
}
