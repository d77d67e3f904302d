package witness.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the inputs of every feature share. An input is one class per kind of item, bound by Quarkus REST from a form
 * ({@code @BeanParam}, its public fields {@code @RestForm}), read by Jackson from the API's JSON and the dossier's
 * YAML; a page's form shows it back through {@link #values}.
 */
public final class Inputs {
    private Inputs() {
    }

    /**
     * An input read from the API's JSON body. Quarkus REST takes a type with form fields for a bean parameter, so
     * a JSON method receives the body as text and reads it here; nothing sent reads as an empty input.
     */
    public static <T> T fromJson(ObjectMapper json, String body, Class<T> type) {
        try {
            T input = body == null || body.isBlank() ? null : json.readValue(body, type);
            return input != null ? input : type.getDeclaredConstructor().newInstance();
        } catch (JsonProcessingException e) {
            // Answered as the JSON reader's own refusals are (Refusals#unreadableBody).
            throw new WebApplicationException(e, Response.Status.BAD_REQUEST);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each form field of an input as its control holds it: a list one item per line, nothing for null. */
    public static Map<String, String> values(Object input) {
        Map<String, String> values = new LinkedHashMap<>();
        if (input == null) {
            return values;
        }
        for (Field field : formFields(input.getClass())) {
            values.put(field.getName(), text(read(field, input)));
        }
        return values;
    }

    /** The form fields of a kind of input but those named: the ones its form has a control for. */
    public static List<String> fields(Class<?> type, String... except) {
        Set<String> left = Set.of(except);
        return formFields(type).stream().map(Field::getName).filter(name -> !left.contains(name)).toList();
    }

    /**
     * The items of a list field. A form's text area sends its lines as one value, one item per line; the API sends
     * an array, one item each, where a line break inside an item is a space. Blank ones are left out, each
     * stripped.
     */
    public static List<String> lines(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Stream<String> items = values.size() == 1 && values.get(0) != null
                ? Arrays.stream(values.get(0).split("\\R"))
                : values.stream().filter(Objects::nonNull).map(Texts::oneLine);
        return items.map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    /** The keys a list field names (several choices of a select): each once, without blanks. */
    public static List<String> keys(List<String> keys) {
        return lines(keys).stream().distinct().toList();
    }

    private static List<Field> formFields(Class<?> type) {
        return Arrays.stream(type.getFields())
                .filter(f -> f.isAnnotationPresent(RestForm.class) && !Modifier.isStatic(f.getModifiers())).toList();
    }

    private static Object read(Field field, Object input) {
        try {
            return field.get(input);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        }
        return value == null ? "" : value.toString();
    }
}
