package org.sanxiang.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where blobs are kept ({@code sanxiang.blobs.*}).
 *
 * @param dir the root of the file-system store, {@code ./data/blobs} by default
 */
@ConfigurationProperties("sanxiang.blobs")
public record BlobStoreProperties(@DefaultValue("./data/blobs") Path dir) {

}
