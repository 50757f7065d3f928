package org.sanxiang.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server inside the test JVM (s3proxy over jclouds' file-system backend
 * in a temporary directory), on a free port, with SigV4 authentication.
 */
final class S3ProxyServer implements AutoCloseable {

	static final String ACCESS_KEY = "sanxiang-test";

	static final String SECRET_KEY = "sanxiang-test-secret";

	private final BlobStoreContext context;

	private final S3Proxy proxy;

	S3ProxyServer(Path dir) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", dir.toString());
		this.context = ContextBuilder.newBuilder("filesystem")
			.credentials("identity", "credential")
			.overrides(properties)
			.build(BlobStoreContext.class);
		this.proxy = S3Proxy.builder()
			.blobStore(this.context.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		this.proxy.start();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!"STARTED".equals(this.proxy.getState())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("s3proxy did not start: " + this.proxy.getState());
			}
			Thread.sleep(20);
		}
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.proxy.getPort());
	}

	StorageProperties.S3 settings(String bucket, int retentionDays) {
		return new StorageProperties.S3(endpoint(), "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true, retentionDays);
	}

	/** A client of its own, to create buckets and to act behind the store's back. */
	S3Client client() {
		return BlobStoreConfiguration.client(settings("unused", 0));
	}

	@Override
	public void close() throws Exception {
		this.proxy.stop();
		this.context.close();
	}

}
