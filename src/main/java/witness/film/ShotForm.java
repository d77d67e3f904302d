package witness.film;

import witness.core.Film;
import witness.source.SourceChoices;
import witness.web.FieldErrors;

/**
 * A shot form as a browser posts it: the input, and a source found by the words of its search box (findSource),
 * which is as if chosen.
 */
public record ShotForm(ShotInput input, FieldErrors errors, String findSource) {

    public static ShotForm read(Film film, ShotInput input, String words) {
        FieldErrors errors = new FieldErrors();
        input.source = SourceChoices.chosen(film, input.source, words, errors);
        return new ShotForm(input, errors, words == null ? "" : words);
    }
}
