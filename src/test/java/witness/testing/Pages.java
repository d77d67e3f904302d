package witness.testing;

import static io.restassured.RestAssured.given;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Pages fetched and parsed as a browser would read them. */
public final class Pages {
    private Pages() {
    }

    public static Document get(String path, Object... params) {
        String html = given().get(path, params).then().statusCode(200).contentType("text/html")
                .extract().asString();
        return Jsoup.parse(html);
    }
}
