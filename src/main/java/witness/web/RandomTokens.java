package witness.web;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets written URL-safe (base64url, no padding): link and feed tokens, generated keys and passwords. */
public final class RandomTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** So many random bytes, as text: 32 bytes make 43 characters no one guesses. */
    public static String of(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
