package witness.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A user logged in to a running app as a browser or a script would be: the cookies it was given
 * (quarkus-credential, and any other such as a CSRF cookie) go with every request. Safe for several threads.
 */
final class Session {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final Map<String, String> cookies;

    private Session(String base, Map<String, String> cookies) {
        this.base = base;
        this.cookies = cookies;
    }

    /** Logs in as a form does (POST /j_security_check) and keeps the session cookie. */
    static Session logIn(AppProcess app, String username, String password) throws Exception {
        Session session = new Session(app.url(""), new ConcurrentHashMap<>());
        Answer answer = session.postForm("/j_security_check", Map.of("j_username", username, "j_password", password));
        if (answer.status() != 302 || !session.cookies.containsKey("quarkus-credential")) {
            throw new AssertionError("could not log in as " + username + ": " + answer.status() + " " + answer.body());
        }
        return session;
    }

    /** The same browser (the same cookies) sent to another instance, as a load balancer does. */
    Session on(AppProcess other) {
        return new Session(other.url(""), cookies);
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        boolean ok() {
            return status / 100 == 2;
        }
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Document page(String path) throws IOException, InterruptedException {
        Answer answer = get(path);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + ": " + answer.status() + " " + answer.body());
        }
        return Jsoup.parse(answer.body(), base + path);
    }

    Answer post(String path, Object json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))));
    }

    Answer put(String path, Object json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))));
    }

    Answer postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq).trim());
                } else {
                    cookies.put(pair.substring(0, eq).trim(), value);
                }
            }
        }
        return new Answer(response.statusCode(), response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
