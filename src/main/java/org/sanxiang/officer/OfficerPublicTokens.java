package org.sanxiang.officer;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.sanxiang.platform.QrCodeSvg;

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
		return QrCodeSvg.of(publicUrl(officerId), 200, "执法证核验二维码");
	}

	private Optional<String> existing(long officerId) {
		return this.jdbc.sql("select token from officer_public_token where officer_id = :id")
			.param("id", officerId)
			.query(String.class)
			.optional();
	}

}
