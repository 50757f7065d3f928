package org.sanxiang.platform;

import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.DateRange;

import org.springframework.boot.autoconfigure.web.format.DateTimeFormatters;
import org.springframework.boot.autoconfigure.web.format.WebConversionService;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Text to a {@code java.time} value for request parameters, path variables and form
 * fields: parsed exactly as Spring MVC would (ISO, {@code @DateTimeFormat}), then held to
 * {@link DateRange}. Registered last, so it is asked first.
 */
final class DateRangeConverter implements ConditionalGenericConverter {

	private final ConversionService parser = new WebConversionService(new DateTimeFormatters());

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return DateRange.CHECKED_TYPES.stream()
			.map((type) -> new ConvertiblePair(String.class, type))
			.collect(Collectors.toSet());
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return true;
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		return DateRange.check("date", this.parser.convert(source, sourceType, targetType));
	}

}
