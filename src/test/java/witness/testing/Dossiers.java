package witness.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import witness.dossier.DossierFiles;

/** Dossier zips as a user downloads and uploads them. */
public final class Dossiers {
    private Dossiers() {
    }

    public static byte[] downloadZip(String slug) {
        return given().get("/films/{slug}/dossier.zip", slug)
                .then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
    }

    /** The files of a film's exported dossier, by path; the map can be changed. */
    public static Map<String, String> download(String slug) {
        return new TreeMap<>(DossierFiles.fromZip(new ByteArrayInputStream(downloadZip(slug))).all());
    }

    public static Response upload(Map<String, String> files, String slug) {
        return upload(new DossierFiles(files).zipBytes(), slug);
    }

    public static Response upload(byte[] zip, String slug) {
        var request = given().contentType("application/zip").body(zip);
        if (slug != null) {
            request.queryParam("slug", slug);
        }
        return request.post("/api/dossiers");
    }
}
