package org.sanxiang.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our validators against an independent implementation (hutool) on 100,000 seeded random
 * inputs each, about half valid and half corrupted in the ways people mistype.
 */
class IdentifierOracleTests {

	static final int SAMPLES = 100_000;

	static final String DIGITS = "0123456789";

	static final String ASCII = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz-";

	@Test
	void creditCodeAgreesWithTheOracleOnEveryInput() {
		Random random = new Random(20261129L);
		List<String> disagreements = new ArrayList<>();
		int valid = 0;
		for (int i = 0; i < SAMPLES; i++) {
			StringBuilder first17 = new StringBuilder();
			for (int p = 0; p < 17; p++) {
				String set = (p >= 2 && p < 8) ? DIGITS : CreditCode.CODE_SET;
				first17.append(set.charAt(random.nextInt(set.length())));
			}
			String code = corrupt(CreditCode.withCheckCharacter(first17.toString()).value(), random,
					CreditCode.CODE_SET);
			boolean ours = CreditCode.check(code).isEmpty();
			valid += ours ? 1 : 0;
			if (ours != CreditCodeUtil.isCreditCode(code)) {
				disagreements.add(code);
			}
		}
		assertThat(disagreements).isEmpty();
		assertThat(valid).as("a mix of valid and invalid inputs").isBetween(SAMPLES / 3, SAMPLES * 2 / 3);
	}

	@Test
	void idNumberAgreesWithTheOracleOnEveryInputBornFrom1900UntilToday() {
		Random random = new Random(11643L);
		LocalDate today = LocalDate.now();
		List<String> provinces = new ArrayList<>(IdNumber.PROVINCES);
		List<String> disagreements = new ArrayList<>();
		int valid = 0;
		int outsideOracle = 0;
		for (int i = 0; i < SAMPLES; i++) {
			LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(today.getDayOfYear() + 45_000));
			String prefix = (random.nextInt(20) == 0 ? "9" + provinces.get(random.nextInt(provinces.size()))
					: provinces.get(random.nextInt(provinces.size())) + random.nextInt(10))
					+ String.format("%03d", random.nextInt(1000));
			String first17 = prefix.substring(0, 6) + String.format("%tY%<tm%<td", birth)
					+ String.format("%03d", random.nextInt(1000));
			String id = corrupt(IdNumber.withCheckDigit(first17), random, DIGITS + "Xx");
			boolean ours = IdNumber.check(id, today).isEmpty();
			valid += ours ? 1 : 0;
			LocalDate born = birthDate(id);
			if (born != null && (born.getYear() < 1900 || born.isAfter(today))) {
				// the oracle refuses every birth year before 1900 and accepts the rest of
				// this year;
				// we refuse a birth date after today and before 1850, and accept
				// 1850–1899
				outsideOracle++;
				if (born.isAfter(today) || born.getYear() < 1850) {
					assertThat(ours).as("%s", id).isFalse();
				}
				continue;
			}
			if (ours != IdcardUtil.isValidCard18(id)) {
				disagreements.add(id);
			}
		}
		assertThat(disagreements).isEmpty();
		assertThat(valid).as("a mix of valid and invalid inputs").isBetween(SAMPLES / 3, SAMPLES * 2 / 3);
		assertThat(outsideOracle).as("only few inputs fall outside the oracle's domain").isLessThan(SAMPLES / 20);
	}

	/**
	 * Half the inputs unchanged; the others with one character replaced, two swapped, one
	 * dropped or added, or lowercased.
	 */
	static String corrupt(String value, Random random, String alphabet) {
		StringBuilder s = new StringBuilder(value);
		switch (random.nextInt(10)) {
			case 0, 1 -> s.setCharAt(random.nextInt(s.length()), alphabet.charAt(random.nextInt(alphabet.length())));
			case 2 -> s.setCharAt(random.nextInt(s.length()), ASCII.charAt(random.nextInt(ASCII.length())));
			case 3 -> {
				int p = random.nextInt(s.length() - 1);
				char c = s.charAt(p);
				s.setCharAt(p, s.charAt(p + 1));
				s.setCharAt(p + 1, c);
			}
			case 4 -> {
				if (random.nextBoolean()) {
					s.deleteCharAt(random.nextInt(s.length()));
				}
				else {
					s.insert(random.nextInt(s.length()), alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			default -> {
				return random.nextInt(10) == 0 ? value.toLowerCase() : value;
			}
		}
		return s.toString();
	}

	static LocalDate birthDate(String id) {
		if (id.length() != 18 || !id.substring(0, 17).matches("[0-9]{17}")) {
			return null;
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
					Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
			return birth;
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

}
