package witness.web;

import jakarta.ws.rs.core.Response;

/** A file to download rather than show: its body and type, and the name a browser saves it under. */
public final class Attachment {
    private Attachment() {
    }

    /** The answer, to build (a caller may add headers first). The name is written as it is: keep it ASCII. */
    public static Response.ResponseBuilder of(Object body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
