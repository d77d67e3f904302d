package witness.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

    /**
     * Confirms a deletion as a person does: opens its confirmation page and sends the form there (the version it
     * was read at with it). The answer is not followed.
     */
    public static ValidatableResponse confirmDeletion(String confirmationPath, Object... params) {
        Element form = get(confirmationPath, params).selectFirst("form.deletion");
        if (form == null) {
            throw new AssertionError(confirmationPath + " has no deletion form");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields).post(form.attr("action")).then();
    }

    private static Document parse(RequestSpecification request, String path, Object... params) {
        String html = request.get(path, params).then().statusCode(200).contentType("text/html")
                .extract().asString();
        return Jsoup.parse(html);
    }
}
