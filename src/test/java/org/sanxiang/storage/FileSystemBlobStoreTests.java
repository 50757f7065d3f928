package org.sanxiang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.core.ContentDigests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileSystemBlobStoreTests {

	@TempDir
	Path root;

	@Test
	void aBlobIsStoredUnderItsSha256WithBothDigestsAndReadBack() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.root);
		byte[] content = "行政处罚决定书".getBytes(StandardCharsets.UTF_8);
		BlobStore.StoredBlob blob = store.put(content);
		assertThat(blob.digests()).isEqualTo(ContentDigests.of(content));
		assertThat(blob.size()).isEqualTo(content.length);
		Path path = store.pathOf(blob.sha256());
		assertThat(this.root.relativize(path).toString()).isEqualTo(
				"sha256/" + blob.sha256().substring(0, 2) + "/" + blob.sha256().substring(2, 4) + "/" + blob.sha256());
		assertThat(store.read(blob.sha256())).contains(content);
		assertThat(Files.getPosixFilePermissions(path)).as("written once, then read-only")
			.doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
		try (InputStream in = store.open(blob.sha256()).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(store.digestsOf(blob.sha256())).contains(blob.digests());
	}

	@Test
	void storingTheSameBytesTwiceKeepsOneBlobAndLeavesNoTemporaryFile() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.root);
		byte[] content = new byte[200_000];
		new java.util.Random(7).nextBytes(content);
		String first = store.put(content).sha256();
		String second = store.put(new java.io.ByteArrayInputStream(content)).sha256();
		assertThat(second).isEqualTo(first);
		try (var files = Files.list(this.root.resolve("tmp"))) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void aMissingOrChangedBlobIsSeenAsSuch() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.root);
		String missing = ContentDigests.of(new byte[] { 1 }).sha256();
		assertThat(store.exists(missing)).isFalse();
		assertThat(store.open(missing)).isEmpty();
		assertThat(store.digestsOf(missing)).isEmpty();
		BlobStore.StoredBlob blob = store.put(new byte[] { 1, 2, 3 });
		Path path = store.pathOf(blob.sha256());
		path.toFile().setWritable(true);
		Files.write(path, new byte[] { 1, 2, 4 });
		assertThat(store.digestsOf(blob.sha256()).orElseThrow().sha256()).isNotEqualTo(blob.sha256());
	}

	@Test
	void verifyingASealedBlobTellsIntactChangedAndMissingApart() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.root);
		byte[] content = "送达回证".getBytes(StandardCharsets.UTF_8);
		ContentDigests sealed = store.put(content).digests();
		assertThat(store.verify(sealed)).isEqualTo(BlobStore.Integrity.INTACT);
		assertThat(store.verify(new ContentDigests(sealed.sha256(), ContentDigests.of(new byte[0]).sm3())))
			.as("the SM3 sealed with it no longer matches")
			.isEqualTo(BlobStore.Integrity.CHANGED);
		Path path = store.pathOf(sealed.sha256());
		path.toFile().setWritable(true);
		Files.write(path, "送达回证（改）".getBytes(StandardCharsets.UTF_8));
		assertThat(store.verify(sealed)).isEqualTo(BlobStore.Integrity.CHANGED);
		Files.delete(path);
		assertThat(store.verify(sealed)).isEqualTo(BlobStore.Integrity.MISSING);
		assertThat(store.exists(sealed.sha256())).isFalse();
	}

	@Test
	void anAddressThatIsNotASha256CannotReachOutsideTheStore() {
		FileSystemBlobStore store = new FileSystemBlobStore(this.root);
		assertThatIllegalArgumentException().isThrownBy(() -> store.pathOf("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open("ab/../../x"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.pathOf("A".repeat(64)));
	}

}
