package org.sanxiang.core;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveDatedTests {

	record Version(String text, LocalDate effectiveFrom, LocalDate effectiveTo) implements EffectiveDated {
	}

	final Version first = new Version("2015", LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31));

	final Version second = new Version("2019", LocalDate.of(2019, 1, 1), null);

	@Test
	void theVersionInForceIsFoundOnBothEndsOfItsPeriod() {
		List<Version> versions = List.of(this.first, this.second);
		assertThat(EffectiveDated.inForceOn(versions, LocalDate.of(2015, 1, 1))).contains(this.first);
		assertThat(EffectiveDated.inForceOn(versions, LocalDate.of(2018, 12, 31))).contains(this.first);
		assertThat(EffectiveDated.inForceOn(versions, LocalDate.of(2019, 1, 1))).contains(this.second);
		assertThat(EffectiveDated.inForceOn(versions, LocalDate.of(2099, 1, 1))).contains(this.second);
		assertThat(EffectiveDated.inForceOn(versions, LocalDate.of(2014, 12, 31))).isEmpty();
	}

	@Test
	void aSuccessorMustStartAfterTheVersionItSucceeds() {
		assertThat(this.second.maySucceedFrom(LocalDate.of(2019, 1, 1))).isFalse();
		assertThat(this.second.maySucceedFrom(LocalDate.of(2019, 1, 2))).isTrue();
	}

}
