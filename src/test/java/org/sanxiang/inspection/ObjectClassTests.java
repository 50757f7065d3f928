package org.sanxiang.inspection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectClassTests {

	@Test
	void aRefusalOfTheDrawFunctionNamesTheClassesInChinese() {
		assertThat(ObjectClass.named("检查对象类别「KEY_POLLUTER」的名录库只有 3 家，少于抽取数量 4 家"))
			.isEqualTo("检查对象类别「重点排污单位」的名录库只有 3 家，少于抽取数量 4 家");
		assertThat(ObjectClass.named("检查对象类别「SPECIAL」的抽取数量重复设置")).contains("特殊监管对象").doesNotContain("SPECIAL");
	}

}
