package org.sanxiang.ledger.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * SM2 signatures with SM3 (GB/T 32918, GB/T 35276): user id {@code 1234567812345678},
 * DER-encoded signatures, public keys as PEM SubjectPublicKeyInfo.
 */
public final class Sm2Signatures {

	public static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

	private Sm2Signatures() {
	}

	public static ECPublicKeyParameters publicKeyFromPem(String pem) throws ProofException {
		String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
		try {
			AsymmetricKeyParameter key = PublicKeyFactory.createKey(Base64.getDecoder().decode(base64));
			if (key instanceof ECPublicKeyParameters ec) {
				return ec;
			}
			throw new ProofException("the public key is not an SM2 (elliptic curve) key");
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new ProofException("the public key is not a PEM SubjectPublicKeyInfo: " + ex.getMessage());
		}
	}

	public static void verify(ECPublicKeyParameters key, byte[] message, byte[] derSignature) throws ProofException {
		SM2Signer signer = new SM2Signer();
		signer.init(false, new ParametersWithID(key, USER_ID));
		signer.update(message, 0, message.length);
		if (!signer.verifySignature(derSignature)) {
			throw new ProofException("the SM2 signature does not match the checkpoint body and the public key");
		}
	}

	public static byte[] sign(AsymmetricKeyParameter privateKey, byte[] message) {
		SM2Signer signer = new SM2Signer();
		signer.init(true, new ParametersWithID(privateKey, USER_ID));
		signer.update(message, 0, message.length);
		try {
			return signer.generateSignature();
		}
		catch (CryptoException ex) {
			throw new IllegalStateException("SM2 signing failed", ex);
		}
	}

}
