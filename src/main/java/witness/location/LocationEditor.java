package witness.location;

import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import witness.core.Film;
import witness.core.Keys;
import witness.web.FieldErrors;
import witness.web.WriteConflict;

/** Every change to the locations of a film and their photos: validated, version-checked. */
@ApplicationScoped
public class LocationEditor {
    /** What the one column of the periods holds. */
    static final int PERIODS_LENGTH = 1000;
    /** Paths under a location's list that a key must not shadow. */
    private static final Set<String> RESERVED = Set.of("new");

    @Inject
    Event<LocationLeaving> leaving;
    @Inject
    Validator validator;

    public static Location find(Film film, String key) {
        return Location.byKey(film, key)
                .orElseThrow(() -> new NotFoundException("This film has no location '" + key + "'."));
    }

    @Transactional
    public Location create(Film film, LocationInput input, FieldErrors errors) {
        Location location = new Location();
        location.film = film;
        apply(location, input, errors);
        Predicate<String> taken = k -> RESERVED.contains(k) || Location.byKey(film, k).isPresent();
        String key = blankToNull(input.key());
        if (key == null) {
            if (location.name != null) {
                location.key = Keys.fromTitle(location.name, taken);
            }
        } else if (!key.matches(Film.SLUG) || key.length() > 80) {
            errors.add("key", "must be lower-case letters and digits joined by hyphens, like mexico-city (80 at most)");
        } else if (taken.test(key)) {
            errors.add("key", "another location of this film has the key '" + key + "'");
        } else {
            location.key = key;
        }
        errors.validate(validator, location).check();
        location.persist();
        return location;
    }

    @Transactional
    public Location update(Film film, String key, LocationInput input, FieldErrors errors) {
        Location location = find(film, key);
        WriteConflict.unlessCurrent("location", location.version, input.version());
        apply(location, input, errors);
        errors.validate(validator, location).check();
        // Flush here, so that a concurrent change to the same version is refused as a conflict (409).
        location.flush();
        return location;
    }

    /** What would go with the location. */
    public LocationDeletion deletion(Film film, String key) {
        LocationLeaving preview = new LocationLeaving(find(film, key), true);
        leaving.fire(preview);
        return LocationDeletion.of(preview);
    }

    /**
     * Deletes the location and its photos; its shots, shoot days, interviews and research log entries
     * are kept without it.
     */
    @Transactional
    public LocationDeletion delete(Film film, String key, Long version) {
        Location location = find(film, key);
        WriteConflict.unlessCurrent("location", location.version, version);
        LocationLeaving letGo = new LocationLeaving(location, false);
        leaving.fire(letGo);
        LocationDeletion deletion = LocationDeletion.of(letGo);
        LocationPhoto.<LocationPhoto>list("location", location).forEach(LocationPhoto::delete);
        location.delete();
        Location.flush();
        return deletion;
    }

    /** Stores a photo of the location; refused, with nothing saved, unless it is a JPEG, PNG or WebP of 5 MB at most. */
    @Transactional
    public LocationPhoto addPhoto(Film film, String key, String fileName, byte[] content, String caption) {
        Location location = find(film, key);
        FieldErrors errors = new FieldErrors();
        String type = null;
        if (content == null || content.length == 0) {
            errors.add("photo", "is empty: choose a photo (JPEG, PNG or WebP)");
        } else if (content.length > LocationPhoto.MAX_BYTES) {
            errors.add("photo", tooBig(content.length));
        } else if ((type = LocationPhoto.typeOf(content)) == null) {
            errors.add("photo", "is not a JPEG, PNG or WebP image (its content says otherwise, whatever its name)");
        }
        String text = blankToNull(caption);
        length(errors, "caption", text, 500);
        errors.check();
        LocationPhoto photo = new LocationPhoto();
        photo.location = location;
        photo.fileName = fileName(fileName, type);
        photo.contentType = type;
        photo.caption = text;
        photo.fileSize = content.length;
        photo.content = content;
        photo.uploadedAt = LocalDateTime.now().withNano(0);
        photo.persist();
        return photo;
    }

    public static LocationPhoto findPhoto(Film film, String key, long id) {
        Location location = find(film, key);
        return LocationPhoto.<LocationPhoto>find("id = ?1 and location = ?2", id, location).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("This location has no photo " + id + "."));
    }

    @Transactional
    public LocationPhoto deletePhoto(Film film, String key, long id) {
        LocationPhoto photo = findPhoto(film, key, id);
        photo.delete();
        return photo;
    }

    static String tooBig(long size) {
        return "is " + String.format("%.1f", size / 1024.0 / 1024.0) + " MB: a photo may be at most 5 MB";
    }

    private static String fileName(String name, String type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "photo." + type.substring("image/".length());
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private static void apply(Location location, LocationInput input, FieldErrors errors) {
        location.name = blankToNull(input.name());
        if (location.name == null) {
            errors.add("name", "is required");
        }
        location.address = blankToNull(input.address());
        location.city = blankToNull(input.city());
        location.country = blankToNull(input.country());
        location.latitude = input.latitude();
        location.longitude = input.longitude();
        coordinate(errors, "latitude", input.latitude(), 90);
        coordinate(errors, "longitude", input.longitude(), 180);
        if (input.latitude() == null && input.longitude() != null && !errors.has("latitude")) {
            errors.add("latitude", "is required with a longitude: give both coordinates or neither");
        }
        if (input.longitude() == null && input.latitude() != null && !errors.has("longitude")) {
            errors.add("longitude", "is required with a latitude: give both coordinates or neither");
        }
        if (input.periods() != null) {
            location.periods = lines(input.periods());
            if (String.join("\n", location.periods).length() > PERIODS_LENGTH) {
                errors.add("periods", "is too long: " + PERIODS_LENGTH + " characters at most in all");
            }
        }
        location.access = blankToNull(input.access());
        PermitStatus permit = errors.choice(PermitStatus.class, "permit", input.permit());
        if (permit != null) {
            location.permit = permit;
        }
        location.contact = blankToNull(input.contact());
        RecceStatus recce = errors.choice(RecceStatus.class, "recce", input.recce());
        if (recce != null) {
            location.recce = recce;
        }
        location.notes = blankToNull(input.notes());
        length(errors, "name", location.name, 200);
        length(errors, "address", location.address, 500);
        length(errors, "city", location.city, 200);
        length(errors, "country", location.country, 100);
        length(errors, "access", location.access, 4000);
        length(errors, "contact", location.contact, 1000);
        length(errors, "notes", location.notes, 4000);
    }

    private static void coordinate(FieldErrors errors, String field, Double value, int max) {
        if (value != null && (value.isNaN() || value < -max || value > max)) {
            errors.add(field, "must be between −" + max + " and " + max + " degrees");
        }
    }

    private static void length(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(field, "is too long: at most " + max + " characters");
        }
    }

    private static List<String> lines(List<String> values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value.strip().replaceAll("\\s*\\R\\s*", " "));
            }
        }
        return kept;
    }
}
