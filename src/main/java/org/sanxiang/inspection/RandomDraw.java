package org.sanxiang.inspection;

/**
 * The draw as a deterministic function of a seed and the frozen lists, so that anyone can
 * replay it from the published seed and lists (docs/inspection-draw.md).
 */
final class RandomDraw {

	private RandomDraw() {
	}

	/** The SHA-256 digest of the lists' canonical bytes, published before the seed. */
	static byte[] digest(DrawInput input) {
		throw new UnsupportedOperationException("specified in docs/inspection-draw.md; being built");
	}

	/**
	 * The parties and inspectors drawn. A pool too small to staff every task is refused
	 * (RuleViolation {@code DRAW_POOL_TOO_SMALL}) with the reason; nothing is half-drawn.
	 */
	static DrawOutcome draw(byte[] seed, DrawInput input) {
		throw new UnsupportedOperationException("specified in docs/inspection-draw.md; being built");
	}

}
