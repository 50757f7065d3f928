package org.sanxiang.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.EmbeddedPostgresSupport;
import org.sanxiang.core.CreditCode;
import org.sanxiang.core.IdNumber;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On PostgreSQL: a full scan of every text column of every table finds no plaintext ID
 * number or phone, and the change list is append-only.
 */
@SpringBootTest
class PostgresPersonalDataTests {

	static final String ID_NUMBER = IdNumber.withCheckDigit("23108319900707555");

	static final String PHONE = "13745301234";

	static final String CONTACT_PHONE = "0453-7654321";

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresPersonalDataTests.class, registry);
	}

	@Autowired
	PartyRegistry registry;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noTextColumnOfAnyTableHoldsAPlaintextIdNumberOrPhone() {
		Agency hailin = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ-HL"))
			.findFirst()
			.orElseThrow();
		Set<Long> scope = Set.of(hailin.id());
		this.registry.register(hailin.id(), new PartyDraft(PartyKind.PERSON, "钱八", null, null, "海林市", "231083", null,
				null, null, null, null, false, ID_NUMBER, PHONE, List.of()), scope);
		Party org = this.registry.register(hailin.id(), new PartyDraft(PartyKind.ORGANISATION, "海林测试木业有限公司",
				CreditCode.withCheckCharacter("91231083MA1B2C3D4").value(), null, null, "231083", "C2021", null, null,
				null, null, false, null, PHONE, List.of(new PartyDraft.ContactDraft("周九", CONTACT_PHONE))), scope);
		List<Map<String, Object>> columns = this.jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = 'public' and data_type in ('text', 'character varying', 'character')""")
			.query()
			.listOfRows();
		assertThat(columns).extracting((c) -> c.get("table_name"))
			.contains("subject_party", "subject_contact", "subject_change", "audit_record", "event_publication");
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String sql = "select count(*) from \"" + column.get("table_name") + "\" where \""
					+ column.get("column_name") + "\" like :a or \"" + column.get("column_name") + "\" like :b or \""
					+ column.get("column_name") + "\" like :c";
			long hits = this.jdbc.sql(sql)
				.param("a", "%" + ID_NUMBER + "%")
				.param("b", "%" + PHONE + "%")
				.param("c", "%" + CONTACT_PHONE + "%")
				.query(Long.class)
				.single();
			if (hits > 0) {
				found.add(column.get("table_name") + "." + column.get("column_name"));
			}
		}
		assertThat(found).as("columns holding plaintext personal data").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from subject_party where id_number_sealed like 'SM4-GCM:%:%'")
			.query(Long.class)
			.single()).isPositive();
		assertThatThrownBy(() -> this.jdbc.sql("update subject_change set fields = 'x' where party_id = :id")
			.param("id", org.id())
			.update()).rootCause().hasMessageContaining("append-only");
		assertThat(this.registry.search(scope, "测试木业", null, 0).items()).extracting(PartySummary::id)
			.containsExactly(org.id());
	}

}
