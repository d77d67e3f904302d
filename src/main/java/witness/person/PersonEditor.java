package witness.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.ForbiddenException;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import witness.core.Film;
import witness.core.Keys;
import witness.person.PersonInput.ContactInput;
import witness.security.Access;
import witness.web.FieldErrors;
import witness.web.Invalid;
import witness.web.VersionRead;
import witness.web.WriteConflict;

/** Every change to the people of a film and their contact details: validated, version-checked. */
@ApplicationScoped
public class PersonEditor {
    /** What the one column of a list (other names, languages) holds. */

    @Inject Validator validator;
    @Inject Access access;

    public static Person find(Film film, String key) {
        return Keys.found(Person.byKey(film, key), "person", key);
    }

    @Transactional
    public Person create(Film film, PersonInput input) {
        if (input.contact != null) {
            checkProducer();
        }
        FieldErrors errors = checked(film, input);
        // "new" is the address of the form that creates a person.
        Predicate<String> taken = k -> "new".equals(k) || Person.byKey(film, k).isPresent();
        String key = Keys.requested(input.key, () -> Keys.fromTitle(input.name, taken), taken, "person",
                "vlady or julian-gorkin", errors);
        errors.check();
        Person person = new Person();
        person.film = film;
        person.key = key;
        input.applyTo(person);
        person.persist();
        if (input.contact != null) {
            contactPart(person, input.contact);
        }
        return person;
    }

    @Transactional
    public Person update(Film film, String key, PersonInput input) {
        Person person = find(film, key);
        if (input.contact != null) {
            checkProducer();
        }
        WriteConflict.unlessCurrent("person", person.version, VersionRead.of(input.version));
        checked(film, input).check();
        input.applyTo(person);
        if (input.contact != null) {
            contactPart(person, input.contact);
        }
        // Flush here, so that a concurrent change to the same version is refused as a conflict (409).
        person.flush();
        return person;
    }

    /** Sets the person's contact details; producers only (403 for anyone else). */
    @Transactional
    public PersonContact updateContact(Film film, String key, ContactInput input) {
        checkProducer();
        Person person = find(film, key);
        PersonContact contact = contact(person, input, new FieldErrors());
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
            WriteConflict.unlessCurrent("person's contact details", contact.version, VersionRead.of(input.version));
        }
        // Checked on a copy first: a refused input leaves the stored contact details untouched.
        PersonContact check = new PersonContact();
        check.person = person;
        input.applyTo(check);
        errors.validate(validator, input).validate(validator, check);
        if (check.dayRate != null && check.dayRateCurrency == null && !errors.has("dayRateCurrency")) {
            errors.add("dayRateCurrency", "is required with a day rate: a three-letter code such as GBP");
        }
        errors.check();
        input.applyTo(contact);
        if (!contact.isPersistent()) {
            contact.persist();
        }
        return contact;
    }

    /**
     * Every message the input earns, its own (codes) and the person's it would make (required fields, lengths):
     * checked on a new person, so that a refused input leaves the stored one untouched.
     */
    private FieldErrors checked(Film film, PersonInput input) {
        FieldErrors errors = new FieldErrors().validate(validator, input);
        if (input.role == null || input.role.isBlank()) {
            errors.add("role", "is required: one of " + Arrays.stream(PersonRole.values()).map(PersonRole::code)
                    .collect(Collectors.joining(", ")));
        }
        Person check = new Person();
        check.film = film;
        check.key = "checked";
        input.applyTo(check);
        if (check.crewRole != null && check.role != null && check.role != PersonRole.CREW) {
            errors.add("crewRole", "is for crew members only: make the role crew, or leave the crew role empty");
        }
        return errors.validate(validator, check);
    }

    private void checkProducer() {
        if (!access.personalData()) {
            throw new ForbiddenException("Contact details are personal data: only producers may see or change them.");
        }
    }
}
