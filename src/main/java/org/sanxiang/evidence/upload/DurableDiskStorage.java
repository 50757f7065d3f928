package org.sanxiang.evidence.upload;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.StreamCorruptedException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.exception.UploadNotFoundException;
import me.desair.tus.server.upload.UploadId;
import me.desair.tus.server.upload.UploadInfo;
import me.desair.tus.server.upload.disk.DiskStorageService;

/**
 * The library's disk storage made safe against a crash (UploadCrashTests kills the
 * process at random points). The library rewrites an upload's description in place, so a
 * crash while it writes leaves an empty or cut description and the upload, its
 * acknowledged bytes with it, can no longer be read: here the description is written to a
 * temporary file, forced to disk and moved over the old one. And a crash while a
 * {@code PATCH} writes leaves bytes beyond the acknowledged offset, after which the
 * library refuses every further {@code PATCH} (409) because the file is longer than the
 * offset: here those unacknowledged bytes are cut off before the next one is appended.
 * Both run under the upload's lock, as every change of an upload does.
 */
class DurableDiskStorage extends DiskStorageService {

	private static final String INFO = "info";

	private static final String DATA = "data";

	DurableDiskStorage(String dir) {
		super(dir);
	}

	@Override
	public void update(UploadInfo info) throws IOException, UploadNotFoundException {
		Path dir = getPathInStorageDirectory(info.getId());
		if (dir == null || !Files.isDirectory(dir)) {
			throw new UploadNotFoundException("The upload for id " + info.getId() + " was not found.");
		}
		Path tmp = dir.resolve(INFO + ".tmp");
		try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ObjectOutputStream out = new ObjectOutputStream(Channels.newOutputStream(channel));
			out.writeObject(info);
			out.flush();
			channel.force(true);
		}
		Files.move(tmp, dir.resolve(INFO), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public UploadInfo append(UploadInfo info, InputStream content) throws IOException, TusException {
		if (info != null) {
			Path data = getPathInStorageDirectory(info.getId()).resolve(DATA);
			try (FileChannel channel = FileChannel.open(data, StandardOpenOption.WRITE)) {
				if (channel.size() > info.getOffset()) {
					channel.truncate(info.getOffset());
					channel.force(true);
				}
			}
		}
		return super.append(info, content);
	}

	/**
	 * Whether the upload has no readable description: its creation was cut short before
	 * it was answered (or the library's own writing was, before this class).
	 */
	boolean undescribed(UploadId id) {
		Path dir = getPathInStorageDirectory(id);
		if (dir == null || !Files.isDirectory(dir)) {
			return false;
		}
		if (!Files.exists(dir.resolve(INFO))) {
			return true;
		}
		try {
			getUploadInfo(id);
			return false;
		}
		catch (EOFException | StreamCorruptedException ex) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
