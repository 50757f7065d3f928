package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;

/** The worked example of docs/inspection-draw.md §8, as printed there. */
final class WorkedExample {

	static final DrawInput INPUT = new DrawInput(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
			List.of(new DrawInput.PoolParty(106, "GENERAL"), new DrawInput.PoolParty(101, "KEY_POLLUTER"),
					new DrawInput.PoolParty(102, "KEY_POLLUTER"), new DrawInput.PoolParty(103, "KEY_POLLUTER"),
					new DrawInput.PoolParty(104, "SPECIAL"), new DrawInput.PoolParty(105, "SPECIAL")),
			List.of(new DrawInput.PoolInspector(15, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
					new DrawInput.PoolInspector(11, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)),
					new DrawInput.PoolInspector(12, LocalDate.of(2024, 6, 1), LocalDate.of(2026, 4, 15)),
					new DrawInput.PoolInspector(13, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)),
					new DrawInput.PoolInspector(14, LocalDate.of(2025, 5, 1), LocalDate.of(2028, 5, 1))),
			List.of(new DrawInput.ClassQuota("SPECIAL", 1), new DrawInput.ClassQuota("KEY_POLLUTER", 2),
					new DrawInput.ClassQuota("GENERAL", 0)),
			2, List.of(new DrawInput.Recusal(13, 101), new DrawInput.Recusal(11, 104)));

	static final String SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

	static final String CANONICAL = """
			sanxiang-draw/1
			window 2026-04-01 2026-04-30
			per-task 2
			quota GENERAL 0
			quota KEY_POLLUTER 2
			quota SPECIAL 1
			party 101 KEY_POLLUTER
			party 102 KEY_POLLUTER
			party 103 KEY_POLLUTER
			party 104 SPECIAL
			party 105 SPECIAL
			party 106 GENERAL
			inspector 11 2025-01-01 2027-12-31
			inspector 12 2024-06-01 2026-04-15
			inspector 13 2026-01-01 2030-12-31
			inspector 14 2025-05-01 2028-05-01
			inspector 15 2026-04-01 2026-04-30
			recusal 11 104
			recusal 13 101
			""";

	static final String DIGEST = "549bde0e9883fb9878f9cc2ae9b28d14fc39d0d5324f692f09efaaeda8e32b21";

	static final String COMMITMENT = "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd";

	static final List<DrawOutcome.Pick> PICKS = List.of(new DrawOutcome.Pick(102, "KEY_POLLUTER", List.of(14L, 13L)),
			new DrawOutcome.Pick(101, "KEY_POLLUTER", List.of(11L, 15L)),
			new DrawOutcome.Pick(105, "SPECIAL", List.of(15L, 14L)));

	private WorkedExample() {
	}

}
