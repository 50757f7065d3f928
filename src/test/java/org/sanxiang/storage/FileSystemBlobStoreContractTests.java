package org.sanxiang.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The blob store contract on the file system. */
class FileSystemBlobStoreContractTests extends BlobStoreContract {

	@TempDir
	Path root;

	FileSystemBlobStore store;

	@BeforeEach
	void createStore() {
		this.store = new FileSystemBlobStore(this.root);
	}

	@Override
	BlobStore store() {
		return this.store;
	}

	@Override
	List<String> storeArguments() {
		return List.of("fs", this.root.toString());
	}

	@Override
	void tamper(String sha256, byte[] content) throws IOException {
		Path path = this.store.pathOf(sha256);
		path.toFile().setWritable(true);
		Files.write(path, content);
	}

	@Override
	void remove(String sha256) throws IOException {
		Files.delete(this.store.pathOf(sha256));
	}

}
