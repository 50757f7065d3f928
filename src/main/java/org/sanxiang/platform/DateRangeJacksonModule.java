package org.sanxiang.platform;

import org.sanxiang.core.DateRange;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Holds every {@code java.time} value read from a JSON body to {@link DateRange},
 * whatever deserializer or format reads it; the refusal carries the JSON path of the
 * field. Registered with the application's JSON mapper as a bean.
 */
final class DateRangeJacksonModule extends SimpleModule {

	DateRangeJacksonModule() {
		super("sanxiang-date-range");
		setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return DateRange.CHECKED_TYPES.contains(description.getBeanClass()) ? new Checked(deserializer)
						: deserializer;
			}

		});
	}

	private static final class Checked extends DelegatingDeserializer {

		Checked(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			return DateRange.check(parser.currentName(), super.deserialize(parser, context));
		}

	}

}
