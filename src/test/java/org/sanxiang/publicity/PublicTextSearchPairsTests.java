package org.sanxiang.publicity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which pairs of a query the bigram index is asked for: the pairs are those
 * {@code publicity_bigrams} makes (one character one code point, each pair once); the
 * common ones are left out while the query has rarer ones, and never all of them.
 */
class PublicTextSearchPairsTests {

	@Test
	void thePairsAreThoseOfAdjacentCharactersEachOnceAndACharacterBeyondTheBmpIsOne() {
		assertThat(PublicTextSearch.bigrams("鸿运印染")).containsExactly("鸿运", "运印", "印染");
		assertThat(PublicTextSearch.bigrams("哈哈哈哈")).containsExactly("哈哈");
		assertThat(PublicTextSearch.bigrams("𠀀字号")).containsExactly("𠀀字", "字号");
		assertThat(PublicTextSearch.bigrams("字")).isEmpty();
	}

	@Test
	void commonPairsAreLeftOutWhileTwoRarerOnesRemain() {
		Map<String, Double> frequency = Map.of("有限", 1.0, "限公", 1.0, "公司", 0.99, "印染", 0.06, "染有", 0.06, "牡丹", 0.05,
				"丹江", 0.05, "江鸿", 0.005);
		assertThat(PublicTextSearch.selective(PublicTextSearch.bigrams("牡丹江鸿运印染有限公司"), frequency)).containsExactly("江鸿",
				"鸿运", "运印");
		// only one rare pair: the rarest common one is asked for too
		assertThat(PublicTextSearch.selective(PublicTextSearch.bigrams("丹江鸿"), frequency)).containsExactly("江鸿", "丹江");
		// none: the two rarest
		assertThat(PublicTextSearch.selective(PublicTextSearch.bigrams("印染有限公司"), frequency))
			.containsExactlyInAnyOrder("印染", "染有");
		// no statistics (before the first ANALYZE): every pair
		assertThat(PublicTextSearch.selective(PublicTextSearch.bigrams("印染有限公司"), Map.of())).containsExactly("印染", "染有",
				"有限", "限公", "公司");
		assertThat(PublicTextSearch.selective(List.of(), frequency)).isEmpty();
	}

	@Test
	void theIndexConditionNamesOneParameterPerPairAndNoneWithoutAPair() {
		java.util.HashMap<String, Object> params = new java.util.HashMap<>();
		assertThat(PublicTextSearch.indexCondition(List.of("鸿运", "运印"), params))
			.isEqualTo(" and publicity_bigrams(search_text) @> cast(array[:qPair0, :qPair1] as text[])");
		assertThat(params).containsEntry("qPair0", "鸿运").containsEntry("qPair1", "运印");
		assertThat(PublicTextSearch.indexCondition(List.of(), new java.util.HashMap<>())).isEmpty();
	}

}
