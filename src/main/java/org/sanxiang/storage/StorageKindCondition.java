package org.sanxiang.storage;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether {@code sanxiang.storage.kind} names a store, read as {@link StorageProperties}
 * binds it (so {@code S3}, {@code s3} and {@code file-system} mean what they say, and an
 * unknown kind fails the binding with the property named).
 */
abstract class StorageKindCondition implements Condition {

	private final StorageProperties.Kind kind;

	StorageKindCondition(StorageProperties.Kind kind) {
		this.kind = kind;
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return Binder.get(context.getEnvironment())
			.bind("sanxiang.storage.kind", StorageProperties.Kind.class)
			.orElse(StorageProperties.Kind.FILESYSTEM) == this.kind;
	}

	static final class FileSystem extends StorageKindCondition {

		FileSystem() {
			super(StorageProperties.Kind.FILESYSTEM);
		}

	}

	static final class S3 extends StorageKindCondition {

		S3() {
			super(StorageProperties.Kind.S3);
		}

	}

}
