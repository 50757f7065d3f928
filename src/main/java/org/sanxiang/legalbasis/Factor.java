package org.sanxiang.legalbasis;

import java.util.List;
import java.util.Optional;

/**
 * A named circumstance of a discretion benchmark (裁量因素, e.g. 超标倍数, 是否初次) and its answer
 * options. Each option names the band it triggers; a mitigating option (行政处罚法 第三十二条
 * 主动消除或者减轻违法行为危害后果) lowers the result by one band instead.
 */
public record Factor(String code, String name, List<Option> options) {

	public Factor {
		options = List.copyOf(options);
	}

	public Optional<Option> option(String optionCode) {
		return this.options.stream().filter((o) -> o.code().equals(optionCode)).findFirst();
	}

	public record Option(String code, String label, Band band, boolean mitigating) {
	}

}
