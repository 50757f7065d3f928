package org.sanxiang.inspection;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnSiteRecordTests {

	@Test
	void aPartialDraftIsADraftAndOnlyWhatIsNotARecordIsRefused() {
		// a draft synced early (or by an older page) lacks fields: absent is "not filled
		// yet"
		assertThat(OnSiteRecord.parse("{}").partyRefused()).isFalse();
		assertThat(OnSiteRecord.parse("{\"place\":\"二号车间\"}").place()).isEqualTo("二号车间");
		assertThatThrownBy(() -> OnSiteRecord.parse("[1,2]")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> OnSiteRecord.parse("{\"place\":")).isInstanceOf(RuleViolation.class);
	}

}
