package org.sanxiang.casefile;

import java.time.LocalDate;

/**
 * A hearing (听证) as held: when the party was notified of its time and place, who presided
 * (not an investigator, 行政处罚法 第六十四条第四项), and the record (听证笔录) and report (听证报告)
 * documents.
 *
 * @param noticeServedOn the date the hearing notice was served on the party
 * @param presider the presiding person's name
 * @param recordDocumentId the 听证笔录
 * @param reportDocumentId the 听证报告
 */
public record Hearing(LocalDate noticeServedOn, String presider, Long recordDocumentId, Long reportDocumentId) {
}
