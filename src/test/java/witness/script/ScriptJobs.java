package witness.script;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Starts script exports as the exports page's form does, and watches their pages. */
final class ScriptJobs {
    static final Duration AT_MOST = Duration.ofSeconds(60);

    private ScriptJobs() {
    }

    /** The form as a browser sends it with its defaults: format and whatever else is given. */
    static Map<String, List<String>> form(String format) {
        return new java.util.LinkedHashMap<>(Map.of("format", List.of(format), "scope", List.of("whole"),
                "dropped", List.of("false"), "notes", List.of("false", "true"), "citations", List.of("false", "true"),
                "watermark", List.of("none"), "version", List.of("Draft")));
    }

    static RequestSpecification posting(Map<String, List<String>> form) {
        RequestSpecification request = given().redirects().follow(false);
        form.forEach((name, values) -> request.formParam(name, values.toArray()));
        return request;
    }

    /** Starts the export and returns its page's path. */
    static String start(String slug, Map<String, List<String>> form) {
        String location = posting(form).post("/films/{slug}/script-exports", slug).then().statusCode(303)
                .extract().header("Location");
        String path = java.net.URI.create(location).getPath();
        assertThat(path).matches("/films/" + slug + "/script-exports/\\d+");
        return path;
    }

    static long id(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).contentType("text/html").extract().asString());
    }

    /** Polls the page until the export is done or has failed, showing each page seen to the watcher. */
    static Document awaitEnd(String path, Consumer<Document> watcher) {
        Instant until = Instant.now().plus(AT_MOST);
        while (Instant.now().isBefore(until)) {
            Document page = page(path);
            watcher.accept(page);
            if (!page.select(".state-done, .state-failed, .state-interrupted").isEmpty()) {
                return page;
            }
            pause(40);
        }
        throw new AssertionError("The export at " + path + " did not end within " + AT_MOST);
    }

    static Document awaitEnd(String path) {
        return awaitEnd(path, page -> {
        });
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
