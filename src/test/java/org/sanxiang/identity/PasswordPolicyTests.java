package org.sanxiang.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	final Instant now = Instant.parse("2026-11-29T01:00:00Z");

	final PasswordPolicy policy = new PasswordPolicy(
			new SecurityProperties(Duration.ofMinutes(30), Duration.ofHours(8),
					new SecurityProperties.Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
					new SecurityProperties.Password(10, 3, Duration.ofDays(90))),
			Clock.fixed(this.now, ZoneOffset.UTC));

	@Test
	void acceptsALongPasswordOfThreeCharacterClasses() {
		assertThatCode(() -> this.policy.check("zhangwei", "Huanjing2026")).doesNotThrowAnyException();
	}

	@Test
	void refusesShortPasswordsWithAChineseReason() {
		assertThatThrownBy(() -> this.policy.check("zhangwei", "Ab1!")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("至少为10位");
	}

	@Test
	void refusesPasswordsOfTooFewCharacterClasses() {
		assertThatThrownBy(() -> this.policy.check("zhangwei", "huanjingbaohu")).hasMessageContaining("至少3类");
	}

	@Test
	void refusesPasswordsContainingTheUsername() {
		assertThatThrownBy(() -> this.policy.check("zhangwei", "ZhangWei#2026")).hasMessageContaining("用户名");
	}

	@Test
	void refusesControlCharacters() {
		assertThatThrownBy(() -> this.policy.check("zhangwei", "Huanjing\n2026")).hasMessageContaining("控制字符");
	}

	@Test
	void aPasswordExpiresAfterItsMaximumAge() {
		assertThat(this.policy.isExpired(this.now.minus(Duration.ofDays(89)))).isFalse();
		assertThat(this.policy.isExpired(this.now.minus(Duration.ofDays(91)))).isTrue();
	}

}
