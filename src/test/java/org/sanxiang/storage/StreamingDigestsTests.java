package org.sanxiang.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.ContentDigests;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingDigestsTests {

	@Test
	void oneReadGivesBothDigestsTheCopyAndTheMd5OfEachPart() throws Exception {
		byte[] content = new byte[12];
		new Random(3).nextBytes(content);
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		StreamingDigests streamed = StreamingDigests.copy(new ByteArrayInputStream(content), copy, 5);
		assertThat(streamed.digests()).isEqualTo(ContentDigests.of(content));
		assertThat(streamed.size()).isEqualTo(12);
		assertThat(copy.toByteArray()).isEqualTo(content);
		assertThat(streamed.partMd5s()).containsExactly(md5(content, 0, 5), md5(content, 5, 10), md5(content, 10, 12));
	}

	@Test
	void partsEndingWithTheStreamAndAnEmptyStreamHaveTheirMd5s() throws Exception {
		byte[] content = new byte[10];
		new Random(4).nextBytes(content);
		assertThat(StreamingDigests.copy(new ByteArrayInputStream(content), null, 5).partMd5s())
			.containsExactly(md5(content, 0, 5), md5(content, 5, 10));
		assertThat(StreamingDigests.copy(new ByteArrayInputStream(new byte[0]), null, 5).partMd5s())
			.isEqualTo(List.of(md5(new byte[0], 0, 0)));
	}

	private static String md5(byte[] content, int from, int to) throws Exception {
		return Base64.getEncoder()
			.encodeToString(MessageDigest.getInstance("MD5").digest(Arrays.copyOfRange(content, from, to)));
	}

}
