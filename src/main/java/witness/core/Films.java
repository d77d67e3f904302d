package witness.core;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Finding the film a URL names. A resource takes {@code @RestPath("slug") Film film}: the film is found once, before
 * the method runs, and an unknown slug is a 404 that names it.
 */
@Provider
public class Films implements ParamConverterProvider {

    /** The film of a URL, or a 404 that names the slug. */
    public static Film bySlug(String slug) {
        return Film.bySlug(slug).orElseThrow(() -> new NotFoundException("There is no film '" + slug + "'."));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        return type == Film.class ? (ParamConverter<T>) new BySlug() : null;
    }

    private static final class BySlug implements ParamConverter<Film> {
        @Override
        public Film fromString(String slug) {
            return bySlug(slug);
        }

        @Override
        public String toString(Film film) {
            return film.slug;
        }
    }
}
