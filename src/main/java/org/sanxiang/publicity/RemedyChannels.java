package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 救济途径 as each agency configures them ({@code sanxiang.publicity.remedies}): the body
 * that hears an application for 行政复议 (行政复议法 第二十四条: the people's government at the
 * agency's level, or as the province arranges) and the court that hears a 行政诉讼 (行政诉讼法
 * 第十八条). The periods come from the statutory time-limit table, not from here.
 * {@code updatedOn} is when the configured channels last changed.
 *
 * @param reviewBody the 复议机关 of an agency not listed in {@code agencies}
 * @param court the court of an agency not listed
 * @param agencies channels by agency code
 * @param updatedOn the day the configured channels were last changed
 */
@ConfigurationProperties("sanxiang.publicity.remedies")
public record RemedyChannels(@DefaultValue("作出行政处罚决定的生态环境部门的本级人民政府") String reviewBody,
		@DefaultValue("作出行政处罚决定的生态环境部门所在地有管辖权的人民法院") String court, Map<String, Channel> agencies,
		@DefaultValue("2024-01-01") LocalDate updatedOn) {

	public RemedyChannels {
		agencies = (agencies != null) ? Map.copyOf(agencies) : Map.of();
	}

	/** The channels of the agency with this code. */
	public Channel of(String agencyCode) {
		Channel configured = this.agencies.get(agencyCode);
		return new Channel(
				(configured != null && configured.reviewBody() != null) ? configured.reviewBody() : this.reviewBody,
				(configured != null && configured.court() != null) ? configured.court() : this.court);
	}

	/** Where one agency's decisions are reviewed and litigated. */
	public record Channel(String reviewBody, String court) {
	}

}
