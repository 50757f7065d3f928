package org.sanxiang.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.ContentDigests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What every {@link BlobStore} promises, run against each implementation: content
 * addressed by SHA-256 with its SM3, written once, read back, streamed in constant
 * memory, and a change or loss behind the store's back seen by {@code verify}.
 */
abstract class BlobStoreContract {

	abstract BlobStore store();

	/**
	 * Replaces the stored bytes of a blob, as someone with access to the storage would.
	 */
	abstract void tamper(String sha256, byte[] content) throws IOException;

	/** Removes a blob behind the store's back. */
	abstract void remove(String sha256) throws IOException;

	@Test
	void aBlobIsStoredUnderItsSha256WithBothDigestsAndReadBack() throws IOException {
		byte[] content = "行政处罚决定书".getBytes(StandardCharsets.UTF_8);
		BlobStore.StoredBlob blob = store().put(content);
		assertThat(blob.digests()).isEqualTo(ContentDigests.of(content));
		assertThat(blob.size()).isEqualTo(content.length);
		assertThat(store().exists(blob.sha256())).isTrue();
		assertThat(store().read(blob.sha256())).contains(content);
		try (InputStream in = store().open(blob.sha256()).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(store().digestsOf(blob.sha256())).contains(blob.digests());
		assertThat(store().verify(blob.digests())).isEqualTo(BlobStore.Integrity.INTACT);
	}

	@Test
	void storingTheSameBytesTwiceIsANoOpWithTheSameDigests() {
		byte[] content = new byte[200_000];
		new Random(7).nextBytes(content);
		BlobStore.StoredBlob first = store().put(content);
		BlobStore.StoredBlob second = store().put(new ByteArrayInputStream(content));
		assertThat(second).isEqualTo(first);
		assertThat(store().read(first.sha256())).contains(content);
	}

	@Test
	void anEmptyBlobIsABlobToo() {
		BlobStore.StoredBlob blob = store().put(new byte[0]);
		assertThat(blob.digests()).isEqualTo(ContentDigests.of(new byte[0]));
		assertThat(blob.size()).isZero();
		assertThat(store().exists(blob.sha256())).isTrue();
		assertThat(store().read(blob.sha256())).contains(new byte[0]);
		assertThat(store().verify(blob.digests())).isEqualTo(BlobStore.Integrity.INTACT);
	}

	@Test
	void aMissingBlobIsNowhere() {
		String missing = ContentDigests.of(new byte[] { 1 }).sha256();
		assertThat(store().exists(missing)).isFalse();
		assertThat(store().open(missing)).isEmpty();
		assertThat(store().read(missing)).isEmpty();
		assertThat(store().digestsOf(missing)).isEmpty();
	}

	@Test
	void verifyingASealedBlobTellsIntactChangedAndMissingApart() throws IOException {
		byte[] content = "送达回证".getBytes(StandardCharsets.UTF_8);
		ContentDigests sealed = store().put(content).digests();
		assertThat(store().verify(sealed)).isEqualTo(BlobStore.Integrity.INTACT);
		assertThat(store().verify(new ContentDigests(sealed.sha256(), ContentDigests.of(new byte[0]).sm3())))
			.as("the SM3 sealed with it no longer matches")
			.isEqualTo(BlobStore.Integrity.CHANGED);
		tamper(sealed.sha256(), "送达回证（改）".getBytes(StandardCharsets.UTF_8));
		assertThat(store().verify(sealed)).isEqualTo(BlobStore.Integrity.CHANGED);
		remove(sealed.sha256());
		assertThat(store().verify(sealed)).isEqualTo(BlobStore.Integrity.MISSING);
		assertThat(store().exists(sealed.sha256())).isFalse();
	}

	/** How {@link BoundedHeapPut} in a child JVM builds the same store. */
	abstract List<String> storeArguments();

	@Test
	void aLargeBlobIsStreamedInBoundedMemory() throws Exception {
		long size = 50L * 1024 * 1024;
		ContentDigests expected = digestsOf(new GeneratedContent(size, 42));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Xmx" + BoundedHeapPut.HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp",
						System.getProperty("java.class.path"), BoundedHeapPut.class.getName(), Long.toString(size)));
		command.addAll(storeArguments());
		Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
		assertThat(child.exitValue()).as("a 50 MiB put and re-hash in a %s heap:%n%s", BoundedHeapPut.HEAP, output)
			.isZero();
		assertThat(output).contains("stored " + expected.sha256() + " " + expected.sm3() + " " + size)
			.contains("verified INTACT");
		assertThat(store().verify(expected)).isEqualTo(BlobStore.Integrity.INTACT);
		try (InputStream in = store().open(expected.sha256()).orElseThrow()) {
			assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(size);
		}
	}

	@Test
	void anAddressThatIsNotASha256IsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> store().open("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> store().exists("ab/../../x"));
		assertThatIllegalArgumentException().isThrownBy(() -> store().digestsOf("A".repeat(64)));
	}

	static ContentDigests digestsOf(InputStream in) throws IOException {
		try (in) {
			return StreamingDigests.copy(in, null).digests();
		}
	}

	/**
	 * Pseudo-random bytes of a given length, generated as they are read: no array of that
	 * size.
	 */
	static final class GeneratedContent extends InputStream {

		private long remaining;

		private long state;

		GeneratedContent(long size, long seed) {
			this.remaining = size;
			this.state = seed | 1;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int off, int len) {
			if (this.remaining <= 0) {
				return -1;
			}
			int n = (int) Math.min(len, this.remaining);
			for (int i = 0; i < n; i++) {
				this.state ^= this.state << 13;
				this.state ^= this.state >>> 7;
				this.state ^= this.state << 17;
				buffer[off + i] = (byte) this.state;
			}
			this.remaining -= n;
			return n;
		}

	}

}
