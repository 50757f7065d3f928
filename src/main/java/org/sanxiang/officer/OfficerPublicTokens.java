package org.sanxiang.officer;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 事中公示: each certificate's public page is reached by an opaque random token (24 hex
 * characters, made on first use), never by the database id or an ID number, so that the
 * QR code printed on the certificate leads to {@code /portal/officers/{token}}.
 */
@Service
public class OfficerPublicTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final OfficerRepository officers;

	private final String baseUrl;

	OfficerPublicTokens(JdbcClient jdbc, OfficerRepository officers,
			@Value("${sanxiang.public-base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.officers = officers;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The officer's token, made now if the officer has none yet. */
	@Transactional
	public String tokenOf(long officerId) {
		return existing(officerId).orElseGet(() -> {
			byte[] bytes = new byte[12];
			RANDOM.nextBytes(bytes);
			String token = HexFormat.of().formatHex(bytes);
			this.jdbc.sql("insert into officer_public_token (officer_id, token) values (:id, :token)")
				.param("id", officerId)
				.param("token", token)
				.update();
			return token;
		});
	}

	/** The officer whose public page this is; empty for anything not a known token. */
	public Optional<Officer> byToken(String token) {
		if (token == null || !token.matches("[0-9a-f]{24}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("select officer_id from officer_public_token where token = :token")
			.param("token", token)
			.query(Long.class)
			.optional()
			.flatMap(this.officers::findById);
	}

	/** The address of the officer's public page, as the QR code holds it. */
	public String publicUrl(long officerId) {
		return this.baseUrl + "/portal/officers/" + tokenOf(officerId);
	}

	/**
	 * The QR code of the officer's public page as an SVG (one path of dark modules, error
	 * correction M), for printing on the certificate.
	 */
	public String qrSvg(long officerId) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(publicUrl(officerId), BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("QR code cannot hold the officer's address", ex);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		int size = matrix.getWidth();
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" width=\"200\" height=\"200\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"执法证核验二维码\">"
				+ "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
				+ "\"/></svg>";
	}

	private Optional<String> existing(long officerId) {
		return this.jdbc.sql("select token from officer_public_token where officer_id = :id")
			.param("id", officerId)
			.query(String.class)
			.optional();
	}

}
