package org.sanxiang.legalbasis;

/** A citation resolved to the article version in force on the date asked. */
public record ResolvedProvision(Citation citation, LegalText law, ArticleVersion version) {

	/** 《大气污染防治法》第九十九条第（二）项. */
	public String label() {
		return "《" + this.law.shortTitle() + "》" + this.citation.label();
	}

	/** The cited item where the citation names one, otherwise the whole article. */
	public String excerpt() {
		return this.version.excerpt(this.citation.item());
	}

}
