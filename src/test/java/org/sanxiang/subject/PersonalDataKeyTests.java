package org.sanxiang.subject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.AuditTrail;
import org.sanxiang.core.CreditCode;
import org.sanxiang.core.IdNumber;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Key rotation: a new key version seals every stored value again, older values keep
 * opening until then, a broken value is counted and left alone, another node picks the
 * new key up from the file, and a key file of the first format still loads. Own context:
 * it changes the current key.
 */
@SpringBootTest(properties = "sanxiang.test.context=personal-data-keys")
@AutoConfigureMockMvc
class PersonalDataKeyTests {

	static final String ID_NUMBER = IdNumber.withCheckDigit("23102419850612345");

	@Autowired
	PartyRegistry registry;

	@Autowired
	PersonalDataKeys keys;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	List<String> sealedValues() {
		return this.jdbc.sql("""
				select id_number_sealed from subject_party where id_number_sealed is not null
				union all select phone_sealed from subject_party where phone_sealed is not null
				union all select phone_sealed from subject_contact where phone_sealed is not null""")
			.query(String.class)
			.list();
	}

	@Test
	void rotationSealsEverythingAgainKeepsValuesReadableAndLeavesABrokenValueAlone() throws Exception {
		Agency agency = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ"))
			.findFirst()
			.orElseThrow();
		Set<Long> scope = Set.of(agency.id());
		Party person = this.registry.register(agency.id(), new PartyDraft(PartyKind.PERSON, "赵十", null, null, "牡丹江市",
				null, null, null, null, null, null, false, ID_NUMBER, "13800451234", List.of()), scope);
		Party org = this.registry.register(agency.id(), new PartyDraft(PartyKind.ORGANISATION, "牡丹江密钥测试有限公司",
				CreditCode.withCheckCharacter("91231002MA1KEY001").value(), null, null, "231002", null, null, null,
				null, null, false, null, "0453-6123456", List.of(new PartyDraft.ContactDraft("钱一", "13900451111"))),
				scope);
		int before = this.cipher.currentVersion();
		long stored = sealedValues().size();
		assertThat(this.keys.versions()).contains(new PersonalDataKeys.Version(before, true,
				sealedValues().stream().filter((v) -> v.startsWith("SM4-GCM:" + before + ":")).count()));
		assertThat(this.keys.versions().stream().mapToLong(PersonalDataKeys.Version::values).sum()).isEqualTo(stored);

		PersonalDataKeys.Resealed done = this.keys.rotate();
		assertThat(done.version()).isEqualTo(before + 1);
		assertThat(done.resealed()).isEqualTo(stored);
		assertThat(sealedValues()).allMatch((v) -> v.startsWith("SM4-GCM:" + (before + 1) + ":"));
		assertThat(this.keys.versions()).contains(new PersonalDataKeys.Version(before, false, 0),
				new PersonalDataKeys.Version(before + 1, true, stored));
		assertThat(Files.readString(this.cipher.keyFile())).contains("version=" + (before + 1), "sm4." + before + "=",
				"sm4." + (before + 1) + "=");
		Set<Role> officer = Set.of(Role.OFFICER);
		assertThat(this.registry.reveal(person.id(), "idNumber", officer, scope)).isEqualTo(ID_NUMBER);
		assertThat(this.registry.reveal(org.id(), "contacts[0].phone", officer, scope)).isEqualTo("13900451111");
		assertThat(this.registry.byIdNumber(ID_NUMBER, scope)).extracting(Party::id).containsExactly(person.id());

		String tampered = flipOneBit(this.jdbc.sql("select phone_sealed from subject_party where id = :id")
			.param("id", org.id())
			.query(String.class)
			.single());
		this.jdbc.sql("update subject_party set phone_sealed = :v where id = :id")
			.param("v", tampered)
			.param("id", org.id())
			.update();
		PersonalDataKeys.Resealed again = this.keys.rotate();
		assertThat(again.broken()).isEqualTo(1);
		assertThat(again.resealed()).isEqualTo(stored - 1);
		assertThat(this.jdbc.sql("select phone_sealed from subject_party where id = :id")
			.param("id", org.id())
			.query(String.class)
			.single()).isEqualTo(tampered);
		AuditTrail audit = new AuditTrail(this.jdbc);
		assertThat(audit.entries("SUBJECT_PERSONAL_DATA_KEY_ROTATED")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(audit.entries("SUBJECT_PERSONAL_DATA_KEY_RESEALED")).extracting((e) -> e.get("detail"))
			.anySatisfy((d) -> assertThat(String.valueOf(d)).contains("broken=1"));
	}

	@Test
	void anotherNodeOpensValuesSealedWithAKeyAddedAfterItStarted() {
		PersonalDataCipher otherNode = new PersonalDataCipher(this.cipher.keyFile());
		int version = this.cipher.rotate();
		String sealed = this.cipher.seal("13700001111", "phone");
		assertThat(PersonalDataCipher.versionOf(sealed)).isEqualTo(version);
		assertThat(otherNode.open(sealed, "phone")).isEqualTo("13700001111");
		assertThat(otherNode.currentVersion()).isEqualTo(version);
	}

	@Test
	void aKeyFileOfTheFirstFormatStillLoadsAndRotates(@TempDir Path dir) throws Exception {
		Path legacy = dir.resolve("subject-sm4.key");
		Files.writeString(legacy, "version=1\nsm4=" + Base64.getEncoder().encodeToString(new byte[16]) + "\nhmac-sm3="
				+ Base64.getEncoder().encodeToString(new byte[32]) + "\n");
		PersonalDataCipher first = new PersonalDataCipher(legacy);
		String sealed = first.seal("231002198506123451", "id_number");
		assertThat(sealed).startsWith("SM4-GCM:1:");
		assertThat(first.rotate()).isEqualTo(2);
		PersonalDataCipher restarted = new PersonalDataCipher(legacy);
		assertThat(restarted.versions()).containsExactly(1, 2);
		assertThat(restarted.open(sealed, "id_number")).isEqualTo("231002198506123451");
		assertThat(restarted.blindIndex("x")).isEqualTo(first.blindIndex("x"));
		assertThatThrownBy(() -> restarted.open(sealed.replace("SM4-GCM:1:", "SM4-GCM:7:"), "id_number"))
			.isInstanceOf(PersonalDataCipher.SealBroken.class)
			.hasMessageContaining("version 7");
	}

	@Test
	void theAdministratorSeesTheVersionsAndRotatesOthersMayNot() throws Exception {
		var admin = TestPrincipals.holding(Role.SYSTEM_ADMIN, 1L, "/1/", Set.of(1L));
		this.mvc.perform(get("/admin/system/personal-data-keys").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("key-versions")))
			.andExpect(content().string(containsString("当前")));
		this.mvc.perform(post("/admin/system/personal-data-keys/reseal").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString("重新加密")));
		var officer = TestPrincipals.holding(Role.OFFICER, 1L, "/1/", Set.of(1L));
		int version = this.cipher.currentVersion();
		this.mvc.perform(post("/admin/system/personal-data-keys/rotate").with(user(officer)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.cipher.currentVersion()).isEqualTo(version);
	}

	static String flipOneBit(String sealed) {
		int colon = sealed.lastIndexOf(':');
		byte[] data = Base64.getDecoder().decode(sealed.substring(colon + 1));
		data[data.length / 2] ^= 1;
		return sealed.substring(0, colon + 1) + Base64.getEncoder().encodeToString(data);
	}

}
