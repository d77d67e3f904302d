package witness.location;

import static witness.core.Versioned.current;
import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Predicate;
import witness.core.Film;
import witness.core.Keys;
import witness.web.FieldErrors;
import witness.web.Texts;

/** Every change to the locations of a film and their photos: validated, version-checked. */
@ApplicationScoped
public class LocationEditor {
    /** What the one column of the periods holds. */
    /** Paths under a location's list that a key must not shadow. */
    private static final Set<String> RESERVED = Set.of("new");

    @Inject Event<LocationLeaving> leaving;
    @Inject Validator validator;

    public static Location find(Film film, String key) {
        return Keys.found(Location.byKey(film, key), "location", key);
    }

    @Transactional
    public Location create(Film film, LocationInput input) {
        FieldErrors errors = checked(film, input);
        Predicate<String> taken = k -> RESERVED.contains(k) || Location.byKey(film, k).isPresent();
        String key = Keys.requested(input.key,
                () -> blankToNull(input.name) == null ? null : Keys.fromTitle(blankToNull(input.name), taken), taken,
                "location", "mexico-city", errors);
        errors.check();
        Location location = new Location();
        location.film = film;
        location.key = key;
        input.applyTo(location);
        location.persist();
        return location;
    }

    @Transactional
    public Location update(Film film, String key, LocationInput input) {
        Location location = current("location", find(film, key), input.version);
        checked(film, input, location).check();
        input.applyTo(location);
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
        Location location = current("location", find(film, key), version);
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
        String base = Texts.uploadedName(name, 255);
        return base.isEmpty() ? "photo." + type.substring("image/".length()) : base;
    }

    private FieldErrors checked(Film film, LocationInput input) {
        return checked(film, input, new Location());
    }

    /**
     * Every message the input earns: its own (codes, numbers) and those of the location it would make of this one,
     * checked on a copy so that a refused input leaves the stored location untouched.
     */
    private FieldErrors checked(Film film, LocationInput input, Location stored) {
        FieldErrors errors = new FieldErrors().validate(validator, input);
        Location check = new Location();
        check.film = film;
        check.key = "checked";
        check.periods = stored.periods;
        input.applyTo(check);
        if (check.name == null) {
            errors.add("name", "is required");
        }
        if (check.latitude == null && check.longitude != null && !errors.has("latitude")) {
            errors.add("latitude", "is required with a longitude: give both coordinates or neither");
        }
        if (check.longitude == null && check.latitude != null && !errors.has("longitude")) {
            errors.add("longitude", "is required with a latitude: give both coordinates or neither");
        }
        length(errors, "name", check.name, 200);
        length(errors, "address", check.address, 500);
        length(errors, "city", check.city, 200);
        length(errors, "country", check.country, 100);
        length(errors, "access", check.access, 4000);
        length(errors, "parking", check.parking, 1000);
        length(errors, "hospital", check.hospital, 1000);
        length(errors, "contact", check.contact, 1000);
        length(errors, "notes", check.notes, 4000);
        return errors.validate(validator, check);
    }

    private static void length(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(field, "is too long: at most " + max + " characters");
        }
    }
}
