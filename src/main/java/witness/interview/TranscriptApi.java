package witness.interview;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import witness.core.Film;

/** An interview's transcript as JSON, and its import from a text, SRT or WebVTT body. */
@Path("/api/films/{slug}/interviews/{key}/transcript")
@Produces(MediaType.APPLICATION_JSON)
public class TranscriptApi {
    @Inject TranscriptEditor editor;

    public record LineData(int position, String start, String end, String speaker, String text) {
    }

    public record TranscriptData(String interview, String format, List<LineData> lines) {
    }

    @GET
    public TranscriptData get(@RestPath("slug") Film film, @RestPath String key) {
        Interview interview = TranscriptEditor.interview(film, key);
        Transcript transcript = Transcript.of(interview)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("The interview '" + key + "' has no transcript yet."));
        return new TranscriptData(key, transcript.format, transcript.lines().stream()
                .map(l -> new LineData(l.position, l.start().toString(), l.endMillis == null ? null : l.end().toString(),
                        l.speaker, l.text))
                .toList());
    }

    /**
     * Replaces the transcript with the body (format detected, or {@code ?format=plain|srt|vtt}), its times into the
     * clip {@code ?clip=} (else the one named before); 422 by line, or naming the clip the interview lacks.
     */
    @POST
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.WILDCARD })
    public Response importTranscript(@RestPath("slug") Film film, @RestPath String key, @RestQuery String format,
            @RestQuery String clip, byte[] body) {
        TranscriptEditor.interview(film, key);
        TranscriptParser.Parsed parsed = TranscriptParser.parse(body == null ? new byte[0] : body,
                TranscriptResource.format(format));
        int lines = editor.replace(film, key, parsed, null, clip);
        return Response.ok(Map.of("interview", key, "format", parsed.format().code(), "lines", lines)).build();
    }

    @ServerExceptionMapper
    public Response refused(TranscriptParser.Refused e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", e.getMessage(), "line", e.errors.get(0).line(), "errors",
                        e.errors.stream().map(x -> Map.of("line", x.line(), "message", x.message())).toList()))
                .build();
    }
}
