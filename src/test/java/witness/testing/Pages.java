package witness.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Pages fetched and parsed as a browser would read them (as the producer admin unless said otherwise). */
public final class Pages {
    private Pages() {
    }

    public static Document get(String path, Object... params) {
        return parse(given(), path, params);
    }

    /** As someone else, e.g. {@code Pages.get(As.viewer(), "/films/{slug}", slug)}. */
    public static Document get(RequestSpecification as, String path, Object... params) {
        return parse(given(as), path, params);
    }

    /**
     * The page as rendered from the database, never one kept since it was last rendered (witness.web.RenderedPages):
     * asked for as on a first visit, without the CSRF cookie. For counting the statements a page issues.
     */
    public static Document rendered(String path, Object... params) {
        return parse(given().header(CsrfTokens.AS_IS, "first visit"), path, params);
    }

    private static Document parse(RequestSpecification request, String path, Object... params) {
        String html = request.get(path, params).then().statusCode(200).contentType("text/html")
                .extract().asString();
        return Jsoup.parse(html);
    }
}
