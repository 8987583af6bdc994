package org.hallkiosk.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff PIN, stored only as a PBKDF2 hash ({@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, base64), so
 * that someone who copies the config folder does not learn the PIN. All of it is in the JDK.
 */
public final class PinHash {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    static final int ITERATIONS = 210_000;

    private PinHash() {
    }

    /** The fewest digits a new PIN may have: four digits fall to an offline guesser in minutes. */
    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 12;

    /**
     * A new PIN is {@value #MIN_DIGITS} to {@value #MAX_DIGITS} digits (the staff type it on the kiosk's own
     * number pad) and not a trivial one: one digit repeated (000000), or a run up or down (123456, 654321).
     */
    public static boolean isValidPin(String pin) {
        return pin != null && pin.matches("[0-9]{" + MIN_DIGITS + "," + MAX_DIGITS + "}") && !isTrivial(pin);
    }

    /** One digit repeated, or every digit one more (or one less) than the one before, wrapping 9-0. */
    static boolean isTrivial(String pin) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int prev = pin.charAt(i - 1) - '0';
            int d = pin.charAt(i) - '0';
            same &= d == prev;
            up &= d == (prev + 1) % 10;
            down &= d == (prev + 9) % 10;
        }
        return same || up || down;
    }

    /** One generator for every salt: seeding a new one per PIN would cost more and add nothing. */
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String hash(String pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return format(ITERATIONS, salt, derive(pin, salt, ITERATIONS));
    }

    /** True when {@code pin} is the one {@code stored} was made from; false for any malformed hash. */
    public static boolean matches(String pin, String stored) {
        if (pin == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(pin, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a stored value has the shape of a hash this class writes. */
    public static boolean isWellFormed(String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        try {
            return parts.length == 4 && PREFIX.equals(parts[0]) && Integer.parseInt(parts[1]) >= 10_000
                    && Base64.getDecoder().decode(parts[2]).length >= 8
                    && Base64.getDecoder().decode(parts[3]).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 with HMAC-SHA256 is part of the JDK", e);
        }
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
