package org.sanxiang.review;

import java.math.BigDecimal;

import org.sanxiang.core.Money;
import org.sanxiang.legalbasis.PartyType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 较大数额 for the right to a hearing (行政处罚法 第六十三条第一款第一项、第二项), per party type
 * ({@code sanxiang.review.hearing.*}). The law leaves the amounts to the ministries'
 * rules and to local rules, which override them; the defaults read 生态环境行政处罚办法 as the demo
 * catalogue does — a unit over 200,000 yuan, a person over 20,000 yuan, the amount itself
 * not included — and an agency sets its own.
 *
 * @param unit the amount for a unit (法人或者其他组织)
 * @param individual the amount for a person
 * @param inclusive whether the amount itself reaches it (以上，含本数)
 */
@ConfigurationProperties("sanxiang.review.hearing")
public record HearingThresholds(@DefaultValue("200000") BigDecimal unit, @DefaultValue("20000") BigDecimal individual,
		@DefaultValue("false") boolean inclusive) {

	/** The threshold for a party type. */
	public AmountThreshold of(PartyType type) {
		return new AmountThreshold(new Money((type == PartyType.UNIT) ? this.unit : this.individual), this.inclusive);
	}

}
