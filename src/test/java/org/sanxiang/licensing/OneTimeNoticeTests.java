package org.sanxiang.licensing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 一次性告知 (行政许可法 第三十二条第一款第（四）项): one 补正材料通知书 lists every missing material; a later notice
 * may not ask again for one already listed; the corrected application is then accepted.
 */
@SpringBootTest(properties = "sanxiang.test.context=licensing")
@Import({ DemoAccounts.class, LicensingTestSupport.Clock.class })
class OneTimeNoticeTests extends LicensingTestSupport {

	@Autowired
	Documents documents;

	@Test
	void theNoticeListsEveryMissingItemARepeatIsRefusedAndTheCorrectedApplicationIsAccepted() {
		this.clock.set("2026-03-02");
		List<String> required = this.licensing.type("DISCHARGE_KEY").requiredItems();
		LicenceApplication received = receive("DISCHARGE_KEY", List.of(required.get(0)));
		List<String> missing = required.subList(1, required.size());

		LicenceApplication noticed = this.licensing.notifyMissing(received.id(), received.version(), missing, clerk());
		assertThat(noticed.status()).isEqualTo(ApplicationStatus.CORRECTING);
		ApplicationAct act = noticed.acts().get(noticed.acts().size() - 1);
		assertThat(act.act()).isEqualTo("NOTIFY_MISSING");
		Document notice = this.documents.get(act.documentId(), clerk().dataScope().agencyIds());
		assertThat(notice.number()).contains("许补");
		String listed = String.valueOf(notice.values().get("missingItems"));
		assertThat(missing).hasSize(4).allSatisfy((item) -> assertThat(listed).contains(item));

		this.clock.set("2026-03-04");
		LicenceApplication resubmitted = this.licensing.resubmit(noticed.id(), noticed.version(),
				List.of(missing.get(0), missing.get(1), missing.get(2)), clerk());
		assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.RECEIVED);

		// the 守法承诺书 was listed before: asking for it again is refused; nothing is issued
		assertThatThrownBy(() -> this.licensing.notifyMissing(resubmitted.id(), resubmitted.version(),
				List.of("排污许可证副本样式确认单", missing.get(1)), clerk()))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("LICENSING_NOTICE_REPEATED");
				assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.getMessage()).contains(missing.get(1)).contains("一次性告知");
			});
		LicenceApplication unchanged = this.licensing.application(resubmitted.id(), clerk());
		assertThat(unchanged.status()).isEqualTo(ApplicationStatus.RECEIVED);
		assertThat(unchanged.acts()).filteredOn((a) -> a.act().equals("NOTIFY_MISSING")).hasSize(1);

		LicenceApplication accepted = this.licensing.accept(unchanged.id(), unchanged.version(), clerk());
		assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(accepted.acceptedOn()).hasToString("2026-03-04");
		// the acceptance clock ran again from the corrected submission (4 Mar + 5 WD)
		assertThat(this.licensing.clock(accepted).acceptanceDue()).hasToString("2026-03-11");
	}

	@Test
	void aNoticeMustListSomething() {
		this.clock.set("2026-03-02");
		LicenceApplication received = receive("DISCHARGE_KEY", List.of());
		assertThatThrownBy(() -> this.licensing.notifyMissing(received.id(), received.version(), List.of(" "), clerk()))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("LICENSING_NOTICE_ITEMS"));
	}

}
