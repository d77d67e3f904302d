package witness.person;

import static witness.web.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import witness.core.Film;
import witness.core.Keys;
import witness.person.PersonInput.ContactInput;
import witness.security.Access;
import witness.web.FieldErrors;
import witness.web.Invalid;
import witness.web.WriteConflict;

/** Every change to the people of a film and their contact details: validated, version-checked. */
@ApplicationScoped
public class PersonEditor {
    /** What the one column of a list (other names, languages) holds. */
    static final int LIST_LENGTH = 1000;

    @Inject
    Validator validator;
    @Inject
    Access access;

    public static Person find(Film film, String key) {
        return Person.byKey(film, key).orElseThrow(() -> new NotFoundException("This film has no person '" + key + "'."));
    }

    @Transactional
    public Person create(Film film, PersonInput input, FieldErrors errors) {
        Person person = new Person();
        person.film = film;
        apply(person, input, errors);
        // "new" is the address of the form that creates a person.
        Predicate<String> taken = k -> "new".equals(k) || Person.byKey(film, k).isPresent();
        if (input.key() == null || input.key().isBlank()) {
            person.key = Keys.fromTitle(input.name(), taken);
        } else if (!input.key().matches(Film.SLUG)) {
            errors.add("key", "must be lower-case letters and digits joined by hyphens, like vlady or julian-gorkin");
        } else if (taken.test(input.key())) {
            errors.add("key", "another person of this film has the key '" + input.key() + "'");
        } else {
            person.key = input.key();
        }
        if (input.contact() != null) {
            checkProducer();
        }
        errors.validate(validator, person).check();
        person.persist();
        if (input.contact() != null) {
            contactPart(person, input.contact());
        }
        return person;
    }

    @Transactional
    public Person update(Film film, String key, PersonInput input, FieldErrors errors) {
        Person person = find(film, key);
        if (input.contact() != null) {
            checkProducer();
        }
        WriteConflict.unlessCurrent("person", person.version, input.version());
        checked(person, input, errors);
        apply(person, input, errors);
        if (input.contact() != null) {
            contactPart(person, input.contact());
        }
        // Flush here, so that a concurrent change to the same version is refused as a conflict (409).
        person.flush();
        return person;
    }

    /** Sets the person's contact details; producers only (403 for anyone else). */
    @Transactional
    public PersonContact updateContact(Film film, String key, ContactInput input, FieldErrors errors) {
        checkProducer();
        Person person = find(film, key);
        PersonContact contact = contact(person, input, errors);
        PersonContact.getEntityManager().flush();
        return contact;
    }

    /** The person's contact details for a producer; null for anyone else or when none are stored. */
    public PersonContact contactFor(Person person) {
        return access.personalData() ? PersonContact.of(person).orElse(null) : null;
    }

    /** The contact part of a person sent whole (the API): its messages name contact.email and so on. */
    private void contactPart(Person person, ContactInput input) {
        try {
            contact(person, input, new FieldErrors());
        } catch (Invalid e) {
            FieldErrors prefixed = new FieldErrors();
            e.errors.forEach((field, message) -> prefixed.add("contact." + field, message));
            prefixed.check();
        }
    }

    private PersonContact contact(Person person, ContactInput input, FieldErrors errors) {
        PersonContact contact = PersonContact.of(person).orElse(null);
        if (contact == null) {
            contact = new PersonContact();
            contact.person = person;
        } else {
            WriteConflict.unlessCurrent("person's contact details", contact.version, input.version());
        }
        // Checked on a copy first: a refused input leaves the stored contact details untouched.
        PersonContact check = new PersonContact();
        check.person = person;
        apply(check, input);
        errors.validate(validator, check).check();
        apply(contact, input);
        if (!contact.isPersistent()) {
            contact.persist();
        }
        return contact;
    }

    private static void apply(PersonContact contact, ContactInput input) {
        contact.phone = blankToNull(input.phone());
        contact.email = blankToNull(input.email());
        contact.address = blankToNull(input.address());
        contact.note = blankToNull(input.note());
    }

    /**
     * Refuses the input, with every field's message, unless the person would be valid with it: checked on a copy,
     * so that a refused input leaves the stored person untouched.
     */
    private void checked(Person person, PersonInput input, FieldErrors errors) {
        Person check = new Person();
        check.film = person.film;
        check.key = person.key;
        apply(check, input, errors);
        errors.validate(validator, check).check();
    }

    private void checkProducer() {
        if (!access.personalData()) {
            throw new ForbiddenException("Contact details are personal data: only producers may see or change them.");
        }
    }

    private static void apply(Person person, PersonInput input, FieldErrors errors) {
        person.name = blankToNull(input.name());
        person.otherNames = list(input.otherNames(), "otherNames", errors);
        person.relation = blankToNull(input.relation());
        if (input.role() == null || input.role().isBlank()) {
            errors.add("role", "is required: one of " + Arrays.stream(PersonRole.values()).map(PersonRole::code)
                    .collect(Collectors.joining(", ")));
        } else {
            PersonRole role = errors.choice(PersonRole.class, "role", input.role());
            if (role != null) {
                person.role = role;
            }
        }
        person.languages = list(input.languages(), "languages", errors);
        person.alive = input.alive();
        person.notes = blankToNull(input.notes());
    }

    private static List<String> list(List<String> values, String field, FieldErrors errors) {
        List<String> kept = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    kept.add(value.strip());
                }
            }
        }
        if (String.join("\n", kept).length() > LIST_LENGTH) {
            errors.add(field, "is too long: " + LIST_LENGTH + " characters at most in all");
        }
        return kept;
    }
}
