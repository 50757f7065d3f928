package org.sanxiang.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Stores and re-hashes a generated blob in a JVM whose heap is far smaller than the blob
 * ({@value #HEAP}): a store that held the whole content in memory would die here. Run by
 * {@link BlobStoreContract} as a child process; arguments: size, then {@code fs
 *
<dir>
 * } or {@code s3 <endpoint> <bucket> <spool dir> <part size>}.
 */
final class BoundedHeapPut {

	static final String HEAP = "40m";

	private BoundedHeapPut() {
	}

	private static S3BlobStore s3(String[] args) {
		StorageProperties.S3 settings = new StorageProperties.S3(URI.create(args[2]), "us-east-1", args[3],
				S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY, true, 0);
		return new S3BlobStore(BlobStoreConfiguration.client(settings), args[3], Path.of(args[4]), Clock.systemUTC(),
				Duration.ZERO, Long.parseLong(args[5]));
	}

	public static void main(String[] args) throws Exception {
		long size = Long.parseLong(args[0]);
		BlobStore store = "fs".equals(args[1]) ? new FileSystemBlobStore(Path.of(args[2])) : s3(args);
		BlobStore.StoredBlob blob = store.put(new BlobStoreContract.GeneratedContent(size, 42));
		System.out.println("stored " + blob.sha256() + " " + blob.digests().sm3() + " " + blob.size());
		System.out.println("verified " + store.verify(blob.digests()));
		if (store instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
