/**
 * Where the platform keeps its files: the content-addressed, write-once blob store
 * ({@link org.sanxiang.storage.BlobStore}: the file system by default, an S3-compatible
 * object store with {@code sanxiang.storage.kind=s3}), and the owner-only data
 * directories and files of the installation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "core")
package org.sanxiang.storage;
