package org.sanxiang.subject;

/**
 * A personal value as stored: sealed (SM4-GCM, see {@link PersonalDataCipher}) and masked
 * for display. The plaintext is never stored.
 */
record Sealed(String sealed, String masked) {

}
