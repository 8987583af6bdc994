package org.hallkiosk.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The feed's trust: Ed25519 keys in PEM (SubjectPublicKeyInfo and PKCS#8, as openssl writes them) and
 * signatures over the exact bytes of manifest.json, base64 on one line. All of it is in the JDK.
 */
public final class Ed25519Keys {

    private static final String ALGORITHM = "Ed25519";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of Java 17", e);
        }
    }

    public static PublicKey readPublicKey(Path pem) throws IOException, FeedException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        try {
            byte[] der = pemBody(text, PUBLIC_LABEL);
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new FeedException(e, "key.unreadable", pem.toString(), PUBLIC_LABEL);
        }
    }

    public static PublicKey parsePublicKey(String pemText, String where) throws FeedException {
        try {
            byte[] der = pemBody(pemText, PUBLIC_LABEL);
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new FeedException(e, "key.unreadable", where, PUBLIC_LABEL);
        }
    }

    public static PrivateKey readPrivateKey(Path pem) throws IOException, FeedException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        try {
            byte[] der = pemBody(text, PRIVATE_LABEL);
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new FeedException(e, "key.unreadable", pem.toString(), PRIVATE_LABEL);
        }
    }

    /** The SHA-256 of the key's SubjectPublicKeyInfo: names the key the mirror's replay guard belongs to. */
    public static String fingerprint(PublicKey key) {
        return Hashes.sha256(key.getEncoded());
    }

    public static String toPem(PublicKey key) {
        return pem(PUBLIC_LABEL, key.getEncoded());
    }

    public static String toPem(PrivateKey key) {
        return pem(PRIVATE_LABEL, key.getEncoded());
    }

    /** The signature file's content: base64 of the signature, one line. */
    public static String sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(message);
            return Base64.getEncoder().encodeToString(signer.sign()) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with a valid Ed25519 key cannot fail", e);
        }
    }

    /** True only when {@code signatureFile} is a valid signature of exactly {@code message} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signatureFile) {
        try {
            String line = new String(signatureFile, StandardCharsets.US_ASCII).strip();
            byte[] signature = Base64.getDecoder().decode(line);
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] pemBody(String text, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + label + " block");
        }
        String base64 = text.substring(from + begin.length(), to).replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
