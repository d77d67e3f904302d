package witness.web;

import java.math.BigDecimal;

/** An amount of money as written (150.00, 1,500): 0 or more, at most 10 digits and 2 decimals. */
public final class Amount implements Readable.Reading {
    @Override
    public String problem(String text) {
        try {
            BigDecimal amount = new BigDecimal(text.strip().replace(",", ""));
            if (amount.signum() < 0) {
                return "must be 0 or more";
            }
            if (amount.scale() > 2 || amount.precision() - amount.scale() > 10) {
                return "must be an amount with at most 10 digits and 2 decimals, like 150.00";
            }
            return null;
        } catch (NumberFormatException e) {
            return "must be an amount like 150.00, not '" + text.strip() + "'";
        }
    }

    /** The amount of a text that an {@link Amount} field accepts; null for nothing or what is not one. */
    public static BigDecimal parse(String text) {
        return text != null && !text.isBlank() && new Amount().problem(text) == null
                ? new BigDecimal(text.strip().replace(",", "")) : null;
    }
}
