package org.sanxiang.publicity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The redaction proposal, rule by rule. */
class RedactorTests {

	@Test
	void namesAfterAPersonsLabelAreMaskedToTheSurname() {
		assertThat(Redactor.propose("当事人张三丰于2026年9月1日排放废水，法定代表人：欧阳明辉拒不改正。", Set.of()))
			.isEqualTo("当事人张某某于2026年9月1日排放废水，法定代表人：欧阳某某拒不改正。");
		assertThat(Redactor.propose("证人王为民称，王为民在现场。", Set.of())).isEqualTo("证人王某某称，王某某在现场。");
	}

	@Test
	void anOrganisationAfterTheLabelStays() {
		assertThat(Redactor.propose("当事人牡丹江某化工有限公司，统一社会信用代码91231000MA1B2C3D4E。", Set.of()))
			.isEqualTo("当事人牡丹江某化工有限公司，统一社会信用代码91231000MA1B2C3D4E。");
	}

	@Test
	void aPersonsCaseTitleIsMaskedAnEnterprisesIsNot() {
		assertThat(Redactor.proposeTitle("张三丰无证排污案", Set.of())).isEqualTo("张某某无证排污案");
		assertThat(Redactor.proposeTitle("某化工公司超标排放案", Set.of())).isEqualTo("某化工公司超标排放案");
	}

	@Test
	void numbersAddressesDatesPlatesAndSecretsAreRemoved() {
		String proposal = Redactor.propose("身份证号110101199003074514，手机 139 1234 5678，座机0453-6123456，"
				+ "银行账号6222 0212 3456 7890 128，住址：牡丹江市东安区幸福路8号，出生日期：1990年3月7日，"
				+ "车牌号黑C12345，【商业秘密】配方甲【/商业秘密】，罚款50000元。", Set.of());
		assertThat(proposal)
			.doesNotContain("110101199003074514", "5678", "6123456", "7890", "幸福路", "1990年3月7日", "黑C12345", "配方甲")
			.contains("罚款50000元", "〔身份证号已删除〕", "〔涉及商业秘密的内容已删除〕");
		assertThat(Redactor.residue(proposal, Set.of())).isEmpty();
	}

	@Test
	void residueNamesWhatIsLeft() {
		assertThat(Redactor.residue("电话13912345678，张三", Set.of("张三"))).containsExactly("电话号码", "自然人姓名");
	}

}
