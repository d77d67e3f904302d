package witness.script;

import jakarta.validation.constraints.Size;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import witness.core.Film;
import witness.web.CopiedInput;
import witness.web.VersionRead;

/**
 * The script's title page as producers set it on the film: bound from the drafts page's form and read from the
 * API's JSON. Each draft keeps the title page it was issued with.
 */
@Schema(name = "TitlePage", description = "Who makes the film, as the script's title page prints it")
public class TitlePageInput implements CopiedInput<Film> {
    @RestForm @Size(max = 200) @Schema(example = "Witness Films Ltd") public String productionCompany;
    @RestForm @Size(max = 200) public String producer;
    @RestForm @Size(max = 200) public String director;
    @RestForm @Size(max = 200) public String writer;
    @RestForm @Size(max = 2000) @Schema(description = "Addresses, phones, e-mail; one per line") public String contacts;
    @RestForm
    @Schema(description = "The version of the film you read; required", implementation = Long.class)
    public VersionRead version;

    /** The title page as stored. */
    public static TitlePageInput of(Film film) {
        TitlePageInput input = new TitlePageInput();
        input.productionCompany = film.productionCompany;
        input.producer = film.producer;
        input.director = film.director;
        input.writer = film.writer;
        input.contacts = film.contacts;
        input.version = VersionRead.of(film.version);
        return input;
    }

    /** Who makes the film, as a draft keeps it: without the film's version. */
    static TitlePageInput credits(Film film) {
        TitlePageInput input = of(film);
        input.version = null;
        return input;
    }

    @Override
    public void copyTo(Film film, UnaryOperator<String> text) {
        film.productionCompany = text.apply(productionCompany);
        film.producer = text.apply(producer);
        film.director = text.apply(director);
        film.writer = text.apply(writer);
        film.contacts = text.apply(contacts);
    }
}
