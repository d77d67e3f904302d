package witness.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.hibernate.envers.Audited;
import witness.core.Recorded;
import witness.core.Shown;
import witness.core.Versioned;

/**
 * How to reach a person: personal data, for producers only (witness.security.Access#personalData).
 * Kept apart from {@link Person}, which pages, exports and the dossier read freely.
 */
@Entity
@Audited
@Recorded(one = "contact details", namedBy = "email", personal = true)
@Table(name = "person_contact")
public class PersonContact extends Versioned {
    @OneToOne(optional = false) @JoinColumn(name = "person_id", unique = true, nullable = false) public Person person;
    @Shown("Phone") @Size(max = 100) @Column(length = 100) public String phone;
    @Shown("E-mail")
    @Email(message = "must be an e-mail address, like name@example.org") @Size(max = 200) @Column(length = 200)
    public String email;
    @Shown(value = "Address", as = Shown.As.LONG_TEXT) @Size(max = 1000) @Column(length = 1000) public String address;
    @Shown(value = "Note", as = Shown.As.LONG_TEXT) @Size(max = 4000) @Column(length = 4000) public String note;
    /** A crew member's day rate, in {@link #dayRateCurrency}. */
    @Shown("Day rate")
    @DecimalMin(value = "0", message = "must be 0 or more") @Digits(integer = 10, fraction = 2,
            message = "must be an amount with at most 2 decimals") @Column(precision = 12, scale = 2)
    public BigDecimal dayRate;
    @Shown("Currency")
    @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter currency code such as GBP")
    @Size(max = 3, message = "must be a three-letter currency code such as GBP") @Column(length = 3)
    public String dayRateCurrency;

    public static Optional<PersonContact> of(Person person) {
        return find("person", person).firstResultOptional();
    }

    public boolean isEmpty() {
        return phone == null && email == null && address == null && note == null && dayRate == null;
    }
}
