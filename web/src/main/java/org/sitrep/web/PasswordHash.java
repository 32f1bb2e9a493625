package org.sitrep.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, base64
 * without padding), as {@code argon2} and libsodium write them. The parameters are OWASP's first recommendation
 * for Argon2id (19 MiB, 2 passes, 1 lane); a stored hash keeps its own, so they can be raised later.
 */
public final class PasswordHash {
  static final int MEMORY_KIB = 19_456;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC = Pattern.compile(
      "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  /** A new hash of the password with a fresh random salt. */
  public static String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + b64.encodeToString(salt)
        + "$" + b64.encodeToString(hash);
  }

  /** Whether {@code phc} is a hash this class can check (refused at start-up, not at the first login). */
  public static boolean isWellFormed(String phc) {
    return PHC.matcher(phc.strip()).matches();
  }

  /** Whether the password gives this hash; the comparison takes the same time wherever the bytes differ. */
  public static boolean verify(String password, String phc) {
    Matcher m = PHC.matcher(phc.strip());
    if (!m.matches()) throw new IllegalArgumentException("not an Argon2id hash in PHC form ($argon2id$v=19$m=…,t=…,p=…$salt$hash)");
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] salt = b64.decode(m.group(4));
    byte[] expected = b64.decode(m.group(5));
    byte[] actual = derive(password, salt, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), expected.length);
    return MessageDigest.isEqual(actual, expected);
  }

  private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt).withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism).build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[length];
    byte[] secret = password.getBytes(StandardCharsets.UTF_8);
    generator.generateBytes(secret, out);
    Arrays.fill(secret, (byte) 0);
    return out;
  }
}
