package org.sanxiang.platform;

import org.sanxiang.core.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * An amount in the API is what a person writes: {@code "200000.00"} (a JSON number is
 * read too), never {@code {"amount": …}}. A malformed or negative amount is the
 * {@link Money} refusal, which the problem handler answers as a 400 in Chinese.
 */
final class MoneyJacksonModule extends SimpleModule {

	MoneyJacksonModule() {
		super("sanxiang-money");
		addSerializer(Money.class, new ValueSerializer<>() {

			@Override
			public void serialize(Money value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(value.amount().toPlainString());
			}

		});
		addDeserializer(Money.class, new ValueDeserializer<>() {

			@Override
			public Money deserialize(JsonParser parser, DeserializationContext context) {
				JsonToken token = parser.currentToken();
				if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
						|| token == JsonToken.VALUE_NUMBER_FLOAT) {
					return Money.of(parser.getString());
				}
				return (Money) context.handleUnexpectedToken(Money.class, parser);
			}

		});
	}

}
